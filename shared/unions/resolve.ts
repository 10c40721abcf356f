import { matchesOf } from "../analysis/matches";
import { EMPLOYER, type OrgId } from "../model/meeting";
import { boundedMemo } from "../text/bounded-memo";
import {
  NOT_UNION_AFTER_SVERIGES,
  NOT_UNION_STEMS,
  ORGANISATIONS,
  type Organisation,
  SHARED_SHORT_FORMS,
  UNION_NAME_ENDINGS,
  UNION_NAME_PREFIXES,
} from "./catalogue";

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

/** "Sveriges Lärare" written "Sv. Lärare" or "Sv Lärare": the word cut short before the name's next word. */
const SVERIGES = /^Sveriges\s+/;
const withShortenedForms = (names: readonly string[]) =>
  names.flatMap((name) =>
    SVERIGES.test(name) ? [name, name.replace(SVERIGES, "Sv. "), name.replace(SVERIGES, "Sv ")] : [name],
  );

const byName = new Map<string, Organisation>();
const byId = new Map<OrgId, Organisation>();
for (const org of ORGANISATIONS) {
  byId.set(org.id, org);
  for (const name of withShortenedForms([
    org.id,
    org.displayName,
    org.shortName,
    ...org.aliases,
    ...(org.labelOnly ?? []),
    ...(org.collectives ?? []),
  ])) {
    byName.set(normaliseOrgName(name), org);
  }
}
// A short form several organisations go by resolves to its first candidate unless the text says otherwise
// (`shortFormsOfText`).
const sharedShortForms = new Map<string, readonly OrgId[]>();
for (const { name, candidates } of SHARED_SHORT_FORMS) {
  sharedShortForms.set(normaliseOrgName(name), candidates);
  byName.set(normaliseOrgName(name), byId.get(candidates[0]!)!);
}

/**
 * The one resolver: an organisation's name as written anywhere to its catalogue entry. Unknown names give
 * `null` so callers report them instead of guessing.
 */
// Kept per name: rosters, justering lines and the scanners ask for the same few names again and again.
export const resolveOrg: (name: string) => Organisation | null = boundedMemo(resolveUncached);

function resolveUncached(name: string): Organisation | null {
  const normalised = normaliseOrgName(name);
  const exact = byName.get(normalised);
  if (exact) return exact;
  // Genitive as running text writes it: "Sveriges Lärares ombud", "SSR:s förslag", "Kommunals fråga".
  const base = genitiveBase(normalised);
  return base === null ? null : (byName.get(base) ?? null);
}

/** Whether a name is written in the genitive ("Kommunals", "SSR:s"), not as the catalogue has it. Kept per name. */
export const isGenitive: (name: string) => boolean = boundedMemo((name) => {
  const normalised = normaliseOrgName(name);
  return !byName.has(normalised) && genitiveBase(normalised) !== null && resolveOrg(name) !== null;
});

/** The prefix of the id of an organisation the catalogue does not hold: "namn:Elektrikerförbundet". */
export const NAMED_ORG = "namn:";

/**
 * The party a name stands for, also outside the catalogue: a union's id, `EMPLOYER`, or "namn:<name>" for
 * a name shaped like a union's ("Elektrikerförbundet", "Sveriges Arkitekter").
 */
export function resolvePartyOrName(name: string): OrgId | null {
  const known = resolvePartyId(name);
  if (known) return known;
  const unknown = findUnknownOrgMentions(name);
  return unknown.length === 1 && unknown[0]!.length === name.length
    ? `${NAMED_ORG}${unknown[0]!.name}`
    : null;
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
    const names = [org.displayName, org.shortName, ...org.aliases, ...(org.collectives ?? [])];
    for (const name of withShortenedForms(names)) entries.push({ name, org });
  }
  for (const { name, candidates } of SHARED_SHORT_FORMS)
    entries.push({ name, org: byId.get(candidates[0]!)! });
  return entries.sort((a, b) => b.name.length - a.name.length);
}

export interface OrgMention {
  org: Organisation;
  /** The text as written. */
  text: string;
  index: number;
  /** Written as a collective of a federation ("Saco-förbunden"): the member unions are meant. */
  collective?: true;
  /** Written as a short form several organisations go by ("Akademikerförbundet"): the text decides. */
  sharedShortForm?: readonly OrgId[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** "Saco-S-föreningen", "Vision-klubben": the union's local unit joined by a hyphen is the union, no compound. */
const LOCAL_UNIT_AFTER_HYPHEN = "(?:föreningen|klubben|sektionen|avdelningen)";

// Word boundaries are Unicode-aware so "Kommunalt" is not "Kommunal"; a genitive ("Sveriges Lärares",
// "SSR:s") still counts. A name before "- och"/"- eller" is the first half of a compound ("Fastighets- och
// säkerhetsansvarig"), not the union; nor is one joined to a word by a hyphen ("ST-läkare"). The word-start check stands once before the alternation, not in each
// of its ~90 branches, so most positions of a long text are passed over at once.
const mentionSource = (names: readonly string[], letter: string) =>
  `(?<![${letter}])(?:${names.map(escapeRegExp).join("|")})(?::s|s)?(?![${letter}])(?!-\\s*(?:och|eller|samt|,))(?!-(?!${LOCAL_UNIT_AFTER_HYPHEN}(?![${letter}]))[${letter}])`;
const ALL_NAMES = orgNamesLongestFirst().map(({ name }) => name);
const mentionPattern = new RegExp(mentionSource(ALL_NAMES, "\\p{L}\\p{N}"), "giu");

// The fast path: on lower-cased text a plain (non-Unicode, case-sensitive) scan is several times faster.
// It gives the same matches as `mentionPattern` where every letter or digit of the text is in Latin-1,
// whose case folding is plain lower-casing; other text (rare in Swedish minutes) takes the Unicode scan.
const hex = (code: number) => `\\u${code.toString(16).padStart(4, "0")}`;
// The characters of Latin-1 a Unicode class matches, as ranges ("a-z", "\u00c0-\u00d6"): a class of ranges is
// checked far faster than one of single characters, and the class is tested at every word boundary of the text.
function latin1Class(pattern: RegExp): string {
  const codes = Array.from({ length: 256 }, (_, code) => code).filter((code) =>
    pattern.test(String.fromCharCode(code)),
  );
  const ranges: string[] = [];
  for (let i = 0; i < codes.length; i++) {
    let j = i;
    while (j + 1 < codes.length && codes[j + 1] === codes[j]! + 1) j++;
    ranges.push(j > i ? `${hex(codes[i]!)}-${hex(codes[j]!)}` : hex(codes[i]!));
    i = j;
  }
  return ranges.join("");
}
/** The letters and digits of Latin-1. */
const LATIN1_WORD = latin1Class(/[\p{L}\p{N}]/u);
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

const collectiveNames = new Set(
  ORGANISATIONS.flatMap((org) => (org.collectives ?? []).map((name) => normaliseOrgName(name))),
);
// One-word names of organisations whose name is also an ordinary word ("Kommunal", "Ledarna").
const commonWordNames = new Set(
  ORGANISATIONS.filter((org) => org.commonWord)
    .flatMap((org) => [org.displayName, org.shortName, ...org.aliases])
    .filter((name) => !/\s/.test(name))
    .map((name) => normaliseOrgName(name)),
);
/** "Vision 2035" is a plan, "Naturvetarna på miljöenheten" the scientists at a unit. */
const ORDINARY_WORD_AFTER = /^\s+(?:\d|(?:på|vid|inom)\s)/;

function isOrdinaryWord(text: string, written: string, end: number): boolean {
  const first = written.charAt(0);
  return first === first.toLocaleLowerCase("sv") || ORDINARY_WORD_AFTER.test(text.slice(end, end + 8));
}

/**
 * The organisation scan for lower-cased Latin-1 text, as a pattern source another scanner may join with its
 * own alternatives (one pass over the text instead of two), with `orgMentionAt` for its matches.
 */
export const LOWER_ORG_SCAN = {
  letters: LATIN1_WORD,
  source: mentionSource(LOWER_NAMES, LATIN1_WORD).replace(`(?<![${LATIN1_WORD}])`, ""),
};

/** Whether `lower`, the lower case of `text`, can be scanned with `LOWER_ORG_SCAN`. */
export function scansLowerCase(text: string, lower: string): boolean {
  return lower.length === text.length && latin1Words(lower);
}

/** The mention a match of `LOWER_ORG_SCAN` at `start` stands for, or null. */
export function orgMentionAt(text: string, start: number, length: number): OrgMention | null {
  const written = text.slice(start, start + length);
  const known = writtenName(written);
  if (!known || (known.common && isOrdinaryWord(text, written, start + length))) return null;
  return mentionOf(known, written, start);
}

/** The mention of a resolved name, its fields set one by one (a spread of the cached object is slower). */
function mentionOf(known: WrittenName, text: string, index: number): OrgMention {
  const { org, collective, sharedShortForm } = known.mention;
  const mention: OrgMention = { org, text, index };
  if (collective) mention.collective = collective;
  if (sharedShortForm) mention.sharedShortForm = sharedShortForm;
  return mention;
}

/** Every organisation named in a text, in order, resolved through the catalogue. */
export function findOrgMentions(text: string): OrgMention[] {
  const mentions: OrgMention[] = [];
  const lower = text.toLowerCase();
  const fast = lower.length === text.length && latin1Words(lower);
  for (const match of fast ? matchesOf(lowerMentionPattern, lower) : matchesOf(mentionPattern, text)) {
    const start = match.index;
    const written = text.slice(start, start + match[0].length);
    const known = writtenName(written);
    if (!known || (known.common && isOrdinaryWord(text, written, start + written.length))) continue;
    mentions.push(mentionOf(known, written, start));
  }
  return mentions;
}

interface WrittenName {
  mention: Omit<OrgMention, "text" | "index">;
  /** A name that is also an ordinary word: its case and what follows decide. */
  common: boolean;
}

// What each distinct spelling resolves to, worked out once: minutes repeat the same few names.
const writtenName = boundedMemo(readWrittenName);

function readWrittenName(text: string): WrittenName | null {
  const bare = text.replace(/:?s$/, "");
  const org = bare.length <= SHORT && !exactShortNames.has(bare) ? null : resolveOrg(text);
  let result: WrittenName | null = null;
  if (org) {
    const name = normaliseOrgName(bare);
    const full = normaliseOrgName(text);
    const shared = sharedShortForms.get(name) ?? sharedShortForms.get(full);
    result = {
      mention: {
        org,
        ...(collectiveNames.has(name) || collectiveNames.has(full) ? { collective: true as const } : {}),
        ...(shared ? { sharedShortForm: shared } : {}),
      },
      common: commonWordNames.has(name),
    };
  }
  return result;
}

/**
 * Each organisation's names other than the short forms it shares, and one pattern finding them as whole words.
 * The pattern is case-sensitive, so a text holding none of the names as written is passed over by a plain
 * search first (a Unicode pattern run over every paragraph cost more than the rest of the short forms).
 */
const otherNames = new Map<OrgId, { names: string[]; pattern: RegExp }>();
export function namedOtherwise(id: OrgId, text: string): boolean {
  let other = otherNames.get(id);
  if (!other) {
    const org = byId.get(id)!;
    const shared = new Set(SHARED_SHORT_FORMS.map((form) => normaliseOrgName(form.name)));
    const names = [org.displayName, org.shortName, ...org.aliases].filter(
      (name) => !shared.has(normaliseOrgName(name)),
    );
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${names.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`,
      "u",
    );
    other = { names, pattern };
    otherNames.set(id, other);
  }
  const mayName = other.names.length === 0 || other.names.some((name) => text.includes(name));
  return mayName && other.pattern.test(text);
}

/**
 * What the shared short forms mean in one text: for each, the first candidate the text names by another of
 * its names, else the catalogue's first ("Akademikerförbundet" is SSR unless Kyrkans Akademikerförbund is
 * named and SSR is not). The text is searched only for a short form that occurs in it.
 */
export function shortFormsOfText(texts: readonly string[]): Map<string, OrgId> {
  const meaning = new Map<string, OrgId>();
  for (const { name, candidates } of SHARED_SHORT_FORMS) {
    const form = new RegExp(escapeRegExp(name), "i");
    const occurs = texts.some((text) => form.test(text));
    const chosen = occurs
      ? candidates.find((id) => texts.some((text) => namedOtherwise(id, text)))
      : undefined;
    meaning.set(normaliseOrgName(name), chosen ?? candidates[0]!);
  }
  return meaning;
}

/** An organisation named in a text that the catalogue does not hold, by its name as written. */
export interface UnknownOrgMention {
  /** The name without a genitive ending, e.g. "Elektrikerförbundet". */
  name: string;
  index: number;
  /** Length as written (with any genitive). */
  length: number;
}

/**
 * A cheap test first, by plain search: most text holds no word a union's name could be made of ("förbund" or a
 * name's first word, "Sveriges").
 */
function mayNameUnknown(text: string): boolean {
  if (text.includes("förb")) return true;
  for (const prefix of UNION_NAME_PREFIXES) if (text.includes(prefix)) return true;
  return false;
}
const CAPITALISED_WORD = /(?<![\p{L}\p{N}-])\p{Lu}\p{Ll}+(?![\p{L}\p{N}])/gu;
// The same words in a text whose letters and digits are all Latin-1, without the Unicode flag (faster): the
// classes are Latin-1's capitals, small letters, and letters and digits.
const CAPITALISED_WORD_LATIN1 = new RegExp(
  `(?<![${LATIN1_WORD}-])[${latin1Class(/\p{Lu}/u)}][${latin1Class(/\p{Ll}/u)}]+(?![${LATIN1_WORD}])`,
  "g",
);
const PROFESSION_PLURAL = /(?:er|are|rer)$/;
const withoutGenitive = (word: string) => (/(?:förbunds|ers|ares)$/.test(word) ? word.slice(0, -1) : word);

/** The capitalised word of the k-th match, where a name's neighbour is looked at. */
function wordAt(matches: readonly RegExpExecArray[], k: number): { word: string; index: number } | undefined {
  const match = matches[k];
  return match ? { word: match[0], index: match.index } : undefined;
}

function isUnionShapedWord(word: string): boolean {
  // toLowerCase: Swedish has no casing of its own, and the locale's is several times slower on this hot path.
  const lower = word.toLowerCase();
  const ending = UNION_NAME_ENDINGS.find((end) => lower.endsWith(end));
  if (!ending || lower.length <= ending.length) return false;
  return !NOT_UNION_STEMS.some((stem) => lower.startsWith(stem));
}

/** "Kyrkomusikernas" right before "Riksförbund": members in the genitive plural, not pensioners or parents. */
function isMembersGenitive(text: string, members: { word: string; index: number } | undefined, at: number) {
  if (!members || !/^\s+$/.test(text.slice(members.index + members.word.length, at))) return false;
  const lower = members.word.toLocaleLowerCase("sv");
  return (
    /(?:nas|rnas)$/.test(lower) && !NOT_UNION_STEMS.some((stem) => lower.startsWith(stem.replace(/s$/, "")))
  );
}

/**
 * Names shaped like a union's that the catalogue does not resolve: a capitalised word ending in "förbundet"
 * or "förbund", "Sveriges" + a profession in the plural, "Fackförbundet"/"Facket" + a name. One pass over
 * the capitalised words.
 */
export function findUnknownOrgMentions(text: string): UnknownOrgMention[] {
  if (!mayNameUnknown(text)) return [];
  // The matches themselves, not an object made of each: most capitalised words are passed over at once.
  const matches = matchesOf(latin1Words(text) ? CAPITALISED_WORD_LATIN1 : CAPITALISED_WORD, text);
  const found: UnknownOrgMention[] = [];
  for (let i = 0; i < matches.length; i++) {
    const word = matches[i]![0];
    const index = matches[i]!.index;
    const prefix = UNION_NAME_PREFIXES.includes(word);
    // "Elektrikerförb.": the name cut short as notes write it, read in full (the stop is part of it).
    if (word.endsWith("förb") && text.charAt(index + word.length) === ".") {
      const full = `${word}undet`;
      if (isUnionShapedWord(full) && !resolveOrg(full))
        found.push({ name: full, index, length: word.length + 1 });
      continue;
    }
    // Most capitalised words are neither a prefix nor end in "förbund": passed over before anything else.
    if (!prefix && !word.includes("förbund")) continue;
    const next = wordAt(matches, i + 1);
    const adjacent = next && /^\s+$/.test(text.slice(index + word.length, next.index));
    let name: string | null = null;
    let length = word.length;
    if (prefix && adjacent) {
      const second = withoutGenitive(next.word);
      const profession = word !== "Sveriges" || PROFESSION_PLURAL.test(second) || isUnionShapedWord(second);
      if (profession && !NOT_UNION_AFTER_SVERIGES.includes(second)) name = `${word} ${second}`;
      length = next.index + next.word.length - index;
      i++;
    } else if (isUnionShapedWord(withoutGenitive(word))) {
      name = withoutGenitive(word);
    } else if (
      /^Riksförbund(?:et|s)?$/.test(word) &&
      isMembersGenitive(text, wordAt(matches, i - 1), index)
    ) {
      // "Kyrkomusikernas Riksförbund": the members' name in the genitive before it.
      const members = wordAt(matches, i - 1)!;
      name = `${members.word} Riksförbund`;
      length = index + word.length - members.index;
      if (!resolveOrg(name)) found.push({ name, index: members.index, length });
      continue;
    }
    if (name && !resolveOrg(name)) found.push({ name, index, length });
  }
  return found;
}
