import type { FoundDnr } from "./dnr";
import { type NumberKey, numberKey } from "./numbers";
import { isProcedural } from "./procedural";

/**
 * Items run together on one line, as PDF-to-text and flattened tables give them: "1 Val av justerare
 * 2 Godkännande av dagordningen 3 Budget 2025 SN 2024/71 4 Delårsrapport …". The line is cut before each
 * number that is the next one in the agenda's order (5 after 4, 6 A after 5, 6 B after 6 A) and is followed
 * by a capitalised title, so "Budget 2025" or "4 miljoner" stay whole.
 */

// A number token as items print it: "5", "5.", "5)", "6 A", "4 ½", "§ 12", "Punkt 3", "12 a)".
// A lone "a)" is a sub-item of the item before ("11 Delegationsbeslut a) Bidrag b) Öppettider"); a number
// after a slash or dash ends a dnr ("003 – 004 / 25 a) …"), it starts nothing.
const TOKEN =
  /(?<=^|\s)(?<![/–-]\s)(?:(?:[Pp]unkt|[Ää]rende|§)\s*)?(\d{1,3})(?:\s?([A-Za-z])(?![\p{L}\d-])|\s?(½|1\/2)(?![\d/]))?\s*[.)]?(?=\s+[\p{Lu}"”«(])|(?<=\s)([a-h])\)(?=\s+\p{Lu})/gu;

/**
 * The keys that may follow `key` in an agenda: the next number, or a later suffix of the same one. A letter
 * may skip one ("8", "8 B": the parent counts as "8 A" where an agenda letters its additions from B).
 */
function follows(next: NumberKey, key: NumberKey): boolean {
  if (next.base === key.base + 1) return next.sub === 0 || next.sub === 1 || next.sub === 0.5;
  if (next.base !== key.base) return false;
  if (next.sub === 0.5) return key.sub === 0;
  return next.sub > key.sub && next.sub - Math.ceil(key.sub) <= 2 && Number.isInteger(next.sub);
}

/**
 * Where `text` holds the starts of further items after the item numbered `after`: the offsets of each
 * next number token, in order. `excluded` are spans (a dnr), in order, inside which no item starts.
 */
export function runTogetherStarts(
  text: string,
  after: NumberKey,
  excluded: readonly [number, number][] = [],
): number[] {
  const starts: number[] = [];
  let key = after;
  // Both the spans and the matches run left to right: one pointer keeps this linear.
  let span = 0;
  for (const match of text.matchAll(TOKEN)) {
    if (match.index === 0) continue;
    while (span < excluded.length && (excluded[span]?.[1] ?? 0) <= match.index) span++;
    if ((excluded[span]?.[0] ?? Number.POSITIVE_INFINITY) <= match.index) continue;
    const suffix = match[2] ?? match[3];
    const letter = match[4];
    const next = letter
      ? { base: key.base, sub: letter.charCodeAt(0) - 96 }
      : numberKey(suffix ? `${match[1]} ${suffix}` : (match[1] ?? ""));
    if (!next || !follows(next, key)) continue;
    starts.push(match.index);
    key = next;
  }
  return starts;
}

/** `text` cut at `starts`, each piece trimmed. */
export function cutAt(text: string, starts: readonly number[]): string[] {
  const pieces: string[] = [];
  let at = 0;
  for (const start of starts) {
    pieces.push(text.slice(at, start).trim());
    at = start;
  }
  pieces.push(text.slice(at).trim());
  return pieces.filter(Boolean);
}

/**
 * Items run together on one line whose dnr all went to the last of them, one for each item and the earlier
 * ones none ("4 Taxor 2025 5 Renhållningstaxa 2025 TN 0121 TN 0122", or the second dnr on the line below): rows
 * of a table whose dnr column the conversion joined after the last title. Each item gets its own, in order.
 * A formal item (which has no case) among them leaves the dnr where they are.
 */
export function spreadJoinedRowDnr(items: readonly { title: string; dnr: FoundDnr[] }[]): void {
  const last = items.at(-1);
  const own = last?.dnr.filter((dnr) => !dnr.foreign) ?? [];
  const earlier = items.slice(0, -1);
  if (!last || earlier.length === 0 || own.length !== items.length) return;
  if (earlier.some((item) => item.dnr.length > 0 || isProcedural(item.title))) return;
  for (const [index, item] of earlier.entries()) item.dnr.push(own[index]!);
  last.dnr = last.dnr.filter((dnr) => dnr.foreign || dnr === own.at(-1));
}
