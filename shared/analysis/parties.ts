import { EMPLOYER, type OrgId } from "../model/meeting";
import { findOrgMentions } from "../unions/resolve";
import { UNIONS_JOINTLY } from "./types";
import {
  EMPLOYER_ABBREVIATIONS,
  EMPLOYER_ROLES,
  JOINT_DETERMINERS,
  JOINT_FACKLIGA_NOUNS,
  JOINT_WORDS,
} from "./words/parties";

/**
 * Who is named in a text of the minutes. A party is a union (through the unions catalogue), the unions
 * jointly ("Fackliga", "de fackliga representanterna") or the employer side (arbetsgivaren, or a manager's
 * role: "HR-chef", "FC", "VC BUF"). The chair is not a party: in some groups the chair is the employer, in
 * others it alternates.
 */
export interface PartyMention {
  org: OrgId;
  start: number;
  end: number;
}

const L = "\\p{L}\\p{N}";
/**
 * The scan runs on the lower-cased text without the Unicode flag, which makes it several times faster; a
 * letter is a Latin letter or digit (Swedish minutes), and case is checked on the original text afterwards.
 */
export const LATIN_LETTER = "a-z0-9\\u00df-\\u024f";
const W = LATIN_LETTER;
const JOINT = `(?:(?:${JOINT_DETERMINERS.join("|")})\\s+)?(?:fackliga(?:\\s+(?:${JOINT_FACKLIGA_NOUNS.join("|")}))?|${JOINT_WORDS.join("|")})`;

/**
 * Unions come from the one organisation scanner, `findOrgMentions` (the catalogue's names, genitive allowed,
 * not the first half of a suspended compound "Fastighets- och …"); one more case-insensitive pass finds
 * the unions jointly and employer roles, with the word-start check once before its alternation.
 */
const SCAN = new RegExp(
  `(?<![${W}-])(?:(${JOINT})(?![${W}])|(${EMPLOYER_ROLES.join("|")})(?![${W}-])|(${EMPLOYER_ABBREVIATIONS.join("|")})(?![${W}-]))`,
  "g",
);
// For text whose lower case changes its length (rare letters), the same scan with Unicode case folding.
const SCAN_UNICODE = new RegExp(SCAN.source.replaceAll(W, L), "giu");

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A person of the roster or the justering, so "Jonas Sund redogjorde …" is the employer speaking. */
export interface KnownPerson {
  name: string;
  org: OrgId;
}

/** A party finder that also knows the people of this meeting. */
export function partyFinder(people: readonly KnownPerson[]): (text: string) => PartyMention[] {
  const names = [...new Set(people.map((p) => p.name))].sort((a, b) => b.length - a.length);
  if (names.length === 0) return findParties;
  const orgOf = new Map(people.map((p) => [p.name, p.org]));
  const pattern = new RegExp(`(?<![${L}])(?:${names.map(escapeRegExp).join("|")})(?![${L}])`, "gu");
  return (text) => {
    const extra: PartyMention[] = [];
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      extra.push({ org: orgOf.get(match[0])!, start, end: start + match[0].length });
    }
    return findParties(text, extra);
  };
}

/** Every party named in a text, in order, without overlaps (the longer name wins). */
export function findParties(text: string, extra: readonly PartyMention[] = []): PartyMention[] {
  const found: PartyMention[] = findOrgMentions(text).map(({ org, text: written, index }) => ({
    org: org.side === "employer" ? EMPLOYER : org.id,
    start: index,
    end: index + written.length,
  }));
  const lower = text.toLowerCase();
  const sameLength = lower.length === text.length;
  for (const match of (sameLength ? lower : text).matchAll(sameLength ? SCAN : SCAN_UNICODE)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const written = text.slice(start, end);
    if (match[1] !== undefined) found.push({ org: UNIONS_JOINTLY, start, end });
    else if (match[2] !== undefined) found.push({ org: EMPLOYER, start, end });
    // Abbreviations count only in capitals, so the word "ec" or "sc" in running text never does.
    else if (written === written.toUpperCase()) found.push({ org: EMPLOYER, start, end });
  }
  found.push(...extra);
  // Where two start together the longer name wins ("arbetsgivarens representanter" over "arbetsgivaren").
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const result: PartyMention[] = [];
  for (const mention of found) {
    const last = result[result.length - 1];
    if (last && mention.start < last.end) continue;
    result.push(mention);
  }
  return result;
}
