/**
 * Every match of a global pattern, in order, as `text.matchAll(pattern)` gives them. `matchAll` constructs a
 * copy of the pattern on each call (ECMA-262, RegExp.prototype[@@matchAll], step 5: "Construct(C, « R, flags
 * »)"), which for the long name patterns, run once per paragraph or sentence, cost as much as the matching.
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError("matchesOf needs a global pattern, as matchAll does");
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    matches.push(match);
    // An empty match would be found again at the same place: step past it, as matchAll does.
    if (match[0] === "") pattern.lastIndex++;
  }
  return matches;
}
