import type { OrgId } from "../model/meeting";
import { matchesOf } from "./matches";
import { UNION_OF_PROFESSION } from "./words/professions";

/** A union named by whom it organises, with its place in the text. */
export interface DescribedUnion {
  org: OrgId;
  start: number;
  end: number;
}

// Lower-cased Latin letters (matched without the Unicode flag, as the other scans over long texts).
const WORD = "[a-zß-öø-ÿ-]+";
/** "fackförbundet som organiserar de flesta av undersköterskorna": up to five words to the profession. */
const ORGANISES = new RegExp(
  `(?<![a-zß-öø-ÿ])(?:fackförbundet|förbundet|facket)\\s+som\\s+organiserar((?:\\s+${WORD}){1,5})`,
  "g",
);
/** "lärarnas fackförbund", "sjuksköterskornas förbund": the profession in the genitive before it. */
const OF_PROFESSION = new RegExp(
  `(?<![a-zß-öø-ÿ])(${WORD})s\\s+(?:fackförbund|fack|förbund)(?:et)?(?![a-zß-öø-ÿ])`,
  "g",
);
const MAY_DESCRIBE = /som organiserar|s (?:fack|förbund)/;
const WORDS = new RegExp(WORD, "g");

/** The union of the first profession among `words` (at `offset` in the text), and where that word ends. */
function unionOf(words: string, offset: number): { org: OrgId; end: number } | null {
  for (const word of matchesOf(WORDS, words)) {
    const found = UNION_OF_PROFESSION.find(([stem]) => word[0].includes(stem));
    if (found) return found[1] ? { org: found[1], end: offset + word.index + word[0].length } : null;
  }
  return null;
}

/**
 * Unions a text describes by whom they organise ("Fackförbundet som organiserar undersköterskorna",
 * "Lärarnas fackförbund"), where the text also names that union (`isNamed`): never guessed. The mention runs
 * to the profession, so the verb after it is the union's. `lower` is a text in lower case.
 */
export function describedUnions(lower: string, isNamed: (org: OrgId) => boolean): DescribedUnion[] {
  if (!MAY_DESCRIBE.test(lower)) return [];
  const found: DescribedUnion[] = [];
  for (const match of matchesOf(ORGANISES, lower)) {
    const union = unionOf(match[1]!, match.index + match[0].length - match[1]!.length);
    if (union && isNamed(union.org)) found.push({ org: union.org, start: match.index, end: union.end });
  }
  for (const match of matchesOf(OF_PROFESSION, lower)) {
    const union = unionOf(match[1]!, match.index);
    const end = match.index + match[0].length;
    if (union && isNamed(union.org)) found.push({ org: union.org, start: match.index, end });
  }
  return found;
}
