import { EMPLOYER, type OrgId } from "../model/meeting";
import { ORGANISATIONS, type Organisation } from "./catalogue";

/** Folds case, diacritic-free punctuation and spacing so "Akademikerförbundet  SSR:" and "akademikerförbundet ssr" meet. */
export function normaliseOrgName(name: string): string {
  return name
    .normalize("NFC")
    .toLocaleLowerCase("sv")
    .replace(/[*_:;,.()"'’]/g, " ")
    .replace(/[-–—]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

const byName = new Map<string, Organisation>();
const byId = new Map<OrgId, Organisation>();
for (const org of ORGANISATIONS) {
  byId.set(org.id, org);
  for (const name of [org.id, org.displayName, org.shortName, ...org.aliases, ...(org.labelOnly ?? [])]) {
    byName.set(normaliseOrgName(name), org);
  }
}

/**
 * The one resolver: an organisation's name as written anywhere to its catalogue entry. Unknown names give
 * `null` so callers report them instead of guessing.
 */
export function resolveOrg(name: string): Organisation | null {
  const normalised = normaliseOrgName(name);
  const exact = byName.get(normalised);
  if (exact) return exact;
  // Genitive as running text writes it: "Sveriges Lärares ombud", "SSR:s förslag", "Kommunals fråga".
  const base = genitiveBase(normalised);
  return base === null ? null : (byName.get(base) ?? null);
}

/** The party a name stands for: a union's id, or `EMPLOYER` for any name of the employer side. */
export function resolvePartyId(name: string): OrgId | null {
  const org = resolveOrg(name);
  if (!org) return null;
  return org.side === "employer" ? EMPLOYER : org.id;
}

/** The name without a genitive ending (normalised "ssr s" from "SSR:s", or a trailing "s"), or null. */
function genitiveBase(normalised: string): string | null {
  if (normalised.endsWith(" s")) return normalised.slice(0, -2);
  if (normalised.length > 3 && normalised.endsWith("s")) return normalised.slice(0, -1);
  return null;
}

export function orgById(id: OrgId): Organisation | null {
  return byId.get(id) ?? null;
}

/** Display name for any id; an unknown id (e.g. from an old document) is shown as it is. */
export function orgDisplayName(id: OrgId): string {
  return byId.get(id)?.displayName ?? id;
}

/**
 * All names that count in running text, longest first, so a shorter name never shadows a longer one.
 * `labelOnly` spellings are left out (see the catalogue).
 */
export function orgNamesLongestFirst(): { name: string; org: Organisation }[] {
  const entries: { name: string; org: Organisation }[] = [];
  for (const org of ORGANISATIONS) {
    for (const name of [org.displayName, org.shortName, ...org.aliases]) entries.push({ name, org });
  }
  return entries.sort((a, b) => b.name.length - a.name.length);
}

export interface OrgMention {
  org: Organisation;
  /** The text as written. */
  text: string;
  index: number;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// Word boundaries are Unicode-aware so "Kommunalt" is not "Kommunal"; a genitive ("Sveriges Lärares",
// "SSR:s") still counts. A name before "- och"/"- eller" is the first half of a compound ("Fastighets- och
// säkerhetsansvarig"), not the union. The word-start check stands once before the alternation, not in each
// of its ~90 branches, so most positions of a long text are passed over at once.
const mentionSource = (names: readonly string[], letter: string) =>
  `(?<![${letter}])(?:${names.map(escapeRegExp).join("|")})(?::s|s)?(?![${letter}])(?!-\\s*(?:och|eller|samt|,))`;
const ALL_NAMES = orgNamesLongestFirst().map(({ name }) => name);
const mentionPattern = new RegExp(mentionSource(ALL_NAMES, "\\p{L}\\p{N}"), "giu");

// The fast path: on lower-cased text a plain (non-Unicode, case-sensitive) scan is several times faster.
// It gives the same matches as `mentionPattern` where every letter or digit of the text is in Latin-1,
// whose case folding is plain lower-casing; other text (rare in Swedish minutes) takes the Unicode scan.
const LATIN1_WORD = Array.from({ length: 256 }, (_, code) => String.fromCharCode(code))
  .filter((char) => /[\p{L}\p{N}]/u.test(char))
  .map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`)
  .join("");
const LOWER_NAMES = [...new Set(ALL_NAMES.map((name) => name.toLowerCase()))];
const lowerMentionPattern = new RegExp(mentionSource(LOWER_NAMES, LATIN1_WORD), "g");
const BEYOND_LATIN1_WORD = /(?![\u0000-\u00ff])[\p{L}\p{N}]/u;
// Beyond Latin-1, minutes hold dashes, quotes, bullets, arrows and the like: blocks without a letter or
// digit, passed over by a quick non-Unicode check before the exact one above.
const BEYOND_PUNCTUATION = /[^\u0000-\u00ff\u2000-\u206f\u20a0-\u20cf\u2190-\u22ff\u2500-\u25ff\ufeff]/;
const latin1Words = (lower: string) => !BEYOND_PUNCTUATION.test(lower) || !BEYOND_LATIN1_WORD.test(lower);

// Short abbreviations ("LR", "AG", "DIK") count only when written exactly, so ordinary words never match.
const SHORT = 4;
const exactShortNames = new Set(
  orgNamesLongestFirst()
    .map(({ name }) => name)
    .filter((name) => name.length <= SHORT),
);

/** Every organisation named in a text, in order, resolved through the catalogue. */
export function findOrgMentions(text: string): OrgMention[] {
  const mentions: OrgMention[] = [];
  const lower = text.toLowerCase();
  const fast = lower.length === text.length && latin1Words(lower);
  for (const match of fast ? lower.matchAll(lowerMentionPattern) : text.matchAll(mentionPattern)) {
    const start = match.index ?? 0;
    const written = text.slice(start, start + match[0].length);
    const bare = written.replace(/:?s$/, "");
    if (bare.length <= SHORT && !exactShortNames.has(bare)) continue;
    const org = resolveOrg(written);
    if (org) mentions.push({ org, text: written, index: start });
  }
  return mentions;
}
