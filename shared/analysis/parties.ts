import { EMPLOYER, type OrgId } from "../model/meeting";
import type { Federation } from "../unions/catalogue";
import {
  findOrgMentions,
  findUnknownOrgMentions,
  isGenitive,
  LOWER_ORG_SCAN,
  normaliseOrgName,
  type OrgMention,
  orgById,
  orgMentionAt,
  scansLowerCase,
} from "../unions/resolve";
import { describedUnions } from "./described-union";
import { matchesOf } from "./matches";
import { NAMED_ORG, UNIONS_JOINTLY } from "./types";
import { FEDERATION_MEMBER_STEMS } from "./words/federations";
import {
  COUNCILS,
  EMPLOYER_ABBREVIATIONS,
  EMPLOYER_ROLES,
  FIRST_PERSON,
  FIRST_PERSON_GENITIVE,
  JOINT_DETERMINERS,
  JOINT_FACKLIGA_NOUNS,
  JOINT_WORDS,
  OWN_UNIT,
  PERSON_REFERENCES,
  PLURAL_REFERENCES,
  ROLE_COMPOUND_ENDINGS,
  ROLE_COMPOUND_STEMS,
  UNION_GENITIVE_REFERENCES,
  UNION_REFERENCES,
  UNIONS_BY_NAME,
  UNIONS_REFERENCES,
} from "./words/parties";

/**
 * Who is named in a text of the minutes. A party is a union (through the unions catalogue, or by its name
 * when the catalogue lacks it: "namn:Elektrikerförbundet"), the unions jointly ("Fackliga", "de fackliga
 * representanterna") or the employer side (arbetsgivaren, or a manager's role: "HR-chef", "FC", "VC BUF").
 * The chair is not a party: in some groups the chair is the employer, in others it alternates.
 */
export interface PartyMention {
  org: OrgId;
  start: number;
  end: number;
  /** Written in the genitive ("Kommunals", "arbetsgivarens"): an owner, not a subject. */
  genitive?: true;
  /** A person of the roster or the justering, not the organisation's name. */
  person?: true;
  /** A federation collective ("Saco-förbunden"): the member unions it stands for. */
  members?: OrgId[];
  /** A word referring back ("förbundet", "de", "hon"): its party comes from the item (`statements.ts`). */
  reference?: Reference;
  /** "förbundet", "förbundets": the word a union's own report calls its union by, where no other is named. */
  ownName?: true;
}

export type Reference = "union" | "plural" | "person";

/** What the whole text says about its parties, for reading each sentence. */
export interface PartyContext {
  /** The people of the roster and the justering, so "Jonas Sund redogjorde …" is the employer speaking. */
  people: readonly KnownPerson[];
  /** What the shared short forms mean in this text ("Akademikerförbundet"). */
  shortForms: ReadonlyMap<string, OrgId>;
  /** The unions attending, in roster order: the members of a federation collective. */
  attending: readonly OrgId[];
  /** The unions the roster lists under a federation ("Saco: Naturvetarna – …"), by the federation's id. */
  federationMembers: ReadonlyMap<OrgId, readonly OrgId[]>;
  /** The unions the text names above its first item, in order: a collective's members where no roster lists any. */
  namedUnions: () => readonly OrgId[];
  /** The employer is a kommunalförbund, so "förbundet" is the employer. */
  employerIsForbund: boolean;
  /** The union whose own report this is: "vi" is that union. */
  author: OrgId | null;
  /**
   * Names this text gives organisations outside the catalogue's names, as written, with the party each stands
   * for: the roster's unions the catalogue lacks ("Hamnlotsföreningen") and the short forms the text defines
   * ("Sveriges Ingenjörer (SI)": "SI").
   */
  namedOrgs: ReadonlyMap<string, OrgId>;
  /** Whether the text names a union anywhere, so one it describes by whom it organises is that union. */
  unionNamed: (org: OrgId) => boolean;
}

export interface KnownPerson {
  name: string;
  org: OrgId;
}

const L = "\\p{L}\\p{N}";
/**
 * The scan runs on the lower-cased text without the Unicode flag, which makes it several times faster; a
 * letter is a Latin letter or digit (Swedish minutes), and case is checked on the original text afterwards.
 */
export const LATIN_LETTER = "a-z0-9\\u00df-\\u024f";
const W = LATIN_LETTER;
const JOINT = `(?:(?:${JOINT_DETERMINERS.join("|")})\\s+)?(?:fackliga(?:\\s+(?:${JOINT_FACKLIGA_NOUNS.join("|")}))?|${JOINT_WORDS.join("|")})`;
const REFERENCES = [
  ...UNION_GENITIVE_REFERENCES,
  ...UNION_REFERENCES,
  ...UNIONS_REFERENCES,
  ...PLURAL_REFERENCES,
  ...PERSON_REFERENCES,
  ...FIRST_PERSON,
  ...FIRST_PERSON_GENITIVE,
  ...OWN_UNIT,
];

/**
 * Unions come from the one organisation scanner, `findOrgMentions`; one more case-insensitive pass finds the
 * unions jointly, employer roles, abbreviations and words referring back, with the word-start check once
 * before its alternation.
 */
const SCAN = new RegExp(
  `(?<![${W}-])(?:(${JOINT})(?![${W}])|(${EMPLOYER_ROLES.join("|")})(?![${W}-])|(${EMPLOYER_ABBREVIATIONS.join("|")})(?![${W}-])|(${REFERENCES.join("|")})(?![${W}-]))`,
  "g",
);
// A name of the catalogue starting where a role or a word referring back does, to let the longer win
// ("Fackförbundet ST" over "fackförbundet").
const ORG_AT = new RegExp(LOWER_ORG_SCAN.source, "y");
// For text whose lower case changes its length (rare letters), the same scan with Unicode case folding.
const SCAN_UNICODE = new RegExp(SCAN.source.replaceAll(W, L), "giu");
// The common case in one pass: the same alternatives and, last, the organisations' names. A role written at
// the same place as a name ("arbetsgivarens företrädare") is tried first, so the longer one wins.
const SCAN_ALL = new RegExp(
  `(?<![${LOWER_ORG_SCAN.letters}])(?:${SCAN.source.replace(`(?<![${W}-])(?:`, "").replace(/\)$/, "")}|(${LOWER_ORG_SCAN.source}))`,
  "g",
);
// Managers by compound ("enhetscheferna"): found from each "chef"/"direktör"/"samordnare" in the text, out to the
// word's edges, so no scan tries every word as the start of one.
const ROLE_COMPOUND = new RegExp(`^[${W}]+(?:${ROLE_COMPOUND_ENDINGS.join("|")})$`);
/** A character of `LATIN_LETTER` (a-z, 0-9, \u00df-\u024f) at `at`, by its code: no string made for it. */
const isLatinWordAt = (text: string, at: number) => {
  const code = text.charCodeAt(at);
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0xdf && code <= 0x24f);
};

const MANAGER_AFTER_HYPHEN = /^(?:chef|direktör)(?:en|erna)?$/;
/** Where "it" in "it-chef" starts: two to four letters before a hyphen at `at`, a word of their own; else -1. */
function abbreviationBefore(lower: string, at: number): number {
  if (lower.charAt(at - 1) !== "-") return -1;
  let from = at - 1;
  while (from > 0 && at - 1 - from < 5 && isLatinWordAt(lower, from - 1)) from--;
  const length = at - 1 - from;
  return length >= 2 && length <= 4 && !isLatinWordAt(lower, from - 1) && lower.charAt(from - 1) !== "-"
    ? from
    : -1;
}

/** The managers named by compound, added to `found` (no array of their own to copy). */
function roleCompounds(lower: string, found: PartyMention[]): void {
  for (const stem of ROLE_COMPOUND_STEMS) {
    for (let at = lower.indexOf(stem); at >= 0; at = lower.indexOf(stem, at + stem.length)) {
      let start = at;
      while (start > 0 && isLatinWordAt(lower, start - 1)) start--;
      let end = at + stem.length;
      while (end < lower.length && isLatinWordAt(lower, end)) end++;
      const hyphenated = lower.charAt(start - 1) === "-" || lower.charAt(end) === "-";
      if (!hyphenated && start < at && ROLE_COMPOUND.test(lower.slice(start, end))) {
        found.push({ org: EMPLOYER, start, end });
      } else if (start === at && lower.charAt(end) !== "-") {
        // "IT-chef", "VA-chefen": a manager after an abbreviation and a hyphen ("ST-handläggaren" is staff).
        const from = abbreviationBefore(lower, start);
        if (from >= 0 && MANAGER_AFTER_HYPHEN.test(lower.slice(start, end)))
          found.push({ org: EMPLOYER, start: from, end });
      }
      at = end - stem.length;
    }
  }
}
/**
 * Unions outside the catalogue by a name of no union's shape, as whole words ("Byggnads", not "Byggnadsnämnden"
 * or "Handels- och …"), in Latin letters without the Unicode flag (faster over a long text).
 */
const NAMES_OF_UNIONS = new Set(UNIONS_BY_NAME);
/** "Byggnads", "IF Metall" written alone (a roster's label, after a justerare's name): `namn:` and the name. */
export const unionByName = (text: string): OrgId | null =>
  NAMES_OF_UNIONS.has(text.trim()) ? `${NAMED_ORG}${text.trim()}` : null;
const BY_NAME = new RegExp(`(?<![A-Za-zÀ-ÿ0-9-])(?:${UNIONS_BY_NAME.join("|")})(?![A-Za-zÀ-ÿ0-9-])`, "g");

/** "de" is a word referring back only where a clause starts with it: "De menar", "…, och de vill". */
const CLAUSE_START = /(?:^|[.!?:;,]\s*|\boch\s+|\bmen\s+)$/;

const noContext: PartyContext = {
  people: [],
  shortForms: new Map(),
  attending: [],
  federationMembers: new Map(),
  namedUnions: () => [],
  employerIsForbund: false,
  author: null,
  namedOrgs: new Map(),
  unionNamed: () => false,
};

/**
 * Capitalised words, where a person's name may start, in the Latin letters Swedish names are written in
 * (matched without the Unicode flag, which is several times faster over a long text).
 */
const CAPITALISED = /[A-ZÀ-ÖØ-Þ\u0100-\u024f][a-zß-öø-ÿ\u0100-\u024f'’]*/g;
const MAX_NAME_WORDS = 4;
/** Whether a character has case: by its code for ASCII, else by its lower and upper case. */
function isLetter(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return char !== "" && char.toLowerCase() !== char.toUpperCase();
}

/** A word's first character and length as one number, with no string cut for it. */
const wordKey = (text: string, start: number, end: number) =>
  text.charCodeAt(start) * 0x10000 + (end - start);

interface KnownNames {
  orgOf: ReadonlyMap<string, OrgId>;
  /** The first word of each name: most capitalised words are not one, and are passed over at once. */
  firstWords: ReadonlySet<string>;
  /** Each first word's first character and length as one number (`wordKey`): most words are passed over by it. */
  firstWordKeys: ReadonlySet<number>;
}

/**
 * The people of the meeting named in a text: at each capitalised word that begins a known name, the longest
 * run of up to four words (joined as written) that is one. One pass; a map, not a pattern of all names, so
 * many people cost no more than few.
 */
function peopleIn(text: string, known: KnownNames): PartyMention[] {
  const found: PartyMention[] = [];
  // Where each capitalised word starts and ends (numbers, not objects: most texts have many such words).
  const starts: number[] = [];
  const ends: number[] = [];
  CAPITALISED.lastIndex = 0;
  for (let match = CAPITALISED.exec(text); match !== null; match = CAPITALISED.exec(text)) {
    starts.push(match.index);
    ends.push(CAPITALISED.lastIndex);
  }
  let covered = 0;
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i]!;
    if (start < covered || isLetter(text.charAt(start - 1))) continue;
    if (!known.firstWordKeys.has(wordKey(text, start, ends[i]!))) continue;
    if (!known.firstWords.has(text.slice(start, ends[i]))) continue;
    for (let last = Math.min(starts.length - 1, i + MAX_NAME_WORDS - 1); last >= i; last--) {
      const end = ends[last]!;
      const org = known.orgOf.get(text.slice(start, end));
      if (org === undefined || isLetter(text.charAt(end))) continue;
      // "ombud Anna Lund": one known word as the last of an unknown name is another person ("Kim Lund").
      if (last === i && i > 0 && insideUnknownName(text, starts[i - 1]!, ends[i - 1]!, start)) break;
      // "Ylva S. presenterar": the initial's full stop is part of the name.
      const initial = last > i && end - starts[last]! === 1 && text.charAt(end) === ".";
      found.push({ org, start, end: initial ? end + 1 : end, person: true });
      covered = end;
      break;
    }
  }
  return found;
}

/** Whether the capitalised word before a name, right before it, is a name's first word, not a sentence's. */
function insideUnknownName(text: string, previousStart: number, previousEnd: number, start: number): boolean {
  if (previousEnd !== start - 1 || text.charAt(previousEnd) !== " ") return false;
  return (
    previousStart > 0 && !/[.!?:;–-]\s*$/.test(text.slice(Math.max(0, previousStart - 3), previousStart))
  );
}

/** A party finder that knows this meeting: its people, its short forms, who attends, who wrote it. */
export function partyFinder(context: Partial<PartyContext> = {}): (text: string) => PartyMention[] {
  const full: PartyContext = { ...noContext, ...context };
  const orgOf = new Map<string, OrgId>();
  for (const person of full.people) if (!orgOf.has(person.name)) orgOf.set(person.name, person.org);
  const firstWords = new Set([...orgOf.keys()].map((name) => name.split(/[ -]/)[0]!));
  const firstWordKeys = new Set([...firstWords].map((word) => wordKey(word, 0, word.length)));
  const known = { orgOf, firstWords, firstWordKeys };
  return (text) => {
    const people = orgOf.size > 0 ? peopleIn(text, known) : [];
    if (full.namedOrgs.size > 0) for (const org of namedOrgsIn(text, full.namedOrgs)) people.push(org);
    return scanParties(text, full, people);
  };
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** "Hamnlotsföreningens", "SI:s": the genitive right after a name. */
const GENITIVE_AFTER = /^:?s/;

/** "Hamnlotsföreningen välkomnar …", "SI undrar …": where the text names an organisation by a name it gave it. */
function namedOrgsIn(text: string, names: ReadonlyMap<string, OrgId>): PartyMention[] {
  const found: PartyMention[] = [];
  for (const [name, org] of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const ending = GENITIVE_AFTER.exec(text.slice(at + name.length, at + name.length + 2))?.[0] ?? "";
      const end = at + name.length + ending.length;
      if (LETTER_OR_DIGIT.test(text.charAt(at - 1)) || LETTER_OR_DIGIT.test(text.charAt(end))) continue;
      const genitive = ending !== "";
      found.push({
        org,
        start: at,
        end,
        ...(genitive ? { genitive: true as const } : {}),
      });
    }
  }
  return found;
}

const SLASH = 0x2f;
const HYPHEN = 0x2d;
/** A character of `[-\u0100-\u024f]`, by its code. */
const isHyphenOrLatinExtended = (code: number) => code === HYPHEN || (code >= 0x100 && code <= 0x24f);
const byStartLongestFirst = (a: PartyMention, b: PartyMention) => a.start - b.start || b.end - a.end;

/** Every party named in a text, in order, without overlaps (the longer name wins). */
export function findParties(text: string): PartyMention[] {
  return scanParties(text, noContext, []);
}

function catalogueMention(text: string, mention: OrgMention, context: PartyContext): PartyMention | null {
  const start = mention.index;
  const end = start + mention.text.length;
  const shared = mention.sharedShortForm
    ? context.shortForms.get(normaliseOrgName(mention.text.replace(/:?s$/, "")))
    : undefined;
  const org = shared ?? (mention.org.side === "employer" ? EMPLOYER : mention.org.id);
  const genitive = isGenitive(mention.text);
  if (!mention.collective) {
    // "Kommunal sektion Räddningstjänst har …": the union with its local unit is one subject.
    const unit = genitive || org === EMPLOYER ? null : unitAfter(text, end, mention.text);
    // Built field by field, in the order a spread gave them: a spread of a small object is slower.
    const party: PartyMention = { org, start, end: unit ?? end };
    if (genitive) party.genitive = true;
    return party;
  }
  // "TCO-förbunden (Vision och Vårdförbundet)": the unions in the parentheses speak, not the collective.
  if (/^\s*\(/.test(text.slice(end, end + 4))) return null;
  const federation = mention.org.federation;
  const ofFederation = (id: OrgId) => federation !== undefined && belongsTo(id, federation);
  // "OFR: Vision – …; Vårdförbundet – …": the roster's own grouping first, then the catalogue's.
  const listed = context.federationMembers.get(mention.org.id);
  const attending = listed?.length ? [...listed] : context.attending.filter(ofFederation);
  // "Med på mötet var Naturvetarna och Sveriges Ingenjörer": where the roster lists none, those named above the items.
  const members = attending.length > 0 ? attending : context.namedUnions().filter(ofFederation);
  const party: PartyMention = { org, start, end };
  if (genitive) party.genitive = true;
  if (members.length > 0) party.members = members;
  return party;
}

const UNIT_AFTER = /\s(?:sektion|avdelning|lokalavdelning|klubb)(?:\s+(?:\p{Lu}[\p{L}-]*|\d+))?/uy;
const UNIT_NAME_AFTER = /\s+(?:\p{Lu}[\p{L}-]*|\d+)/uy;
const ENDS_IN_UNIT = /(?:sektion|avdelning|klubb)$/i;

/**
 * Where "sektion Räddningstjänst", "avdelning 7" after a union's name ends, if one follows at `end` (only the
 * unit's own name where the catalogue's name holds the unit word: "Kommunal sektion").
 */
function unitAfter(text: string, end: number, written: string): number | null {
  if (text.charCodeAt(end) !== 0x20) return null;
  const pattern = ENDS_IN_UNIT.test(written) ? UNIT_NAME_AFTER : UNIT_AFTER;
  pattern.lastIndex = end;
  return pattern.exec(text) ? pattern.lastIndex : null;
}

/** Whether an attending union belongs to a federation: by the catalogue, or by its name when it is not there. */
function belongsTo(id: OrgId, federation: Federation): boolean {
  if (!id.startsWith(NAMED_ORG)) return orgById(id)?.federations?.includes(federation) ?? false;
  const name = id.slice(NAMED_ORG.length).toLowerCase();
  return FEDERATION_MEMBER_STEMS[federation].some((stem) => name.includes(stem));
}

function scanParties(text: string, context: PartyContext, people: readonly PartyMention[]): PartyMention[] {
  const found: PartyMention[] = [];
  for (const unknown of findUnknownOrgMentions(text)) {
    // "Fackförbundet som organiserar …" refers to a union; it names none.
    if (UNION_REFERENCES.includes(unknown.name.toLocaleLowerCase("sv"))) continue;
    const end = unknown.index + unknown.length;
    found.push({ org: `${NAMED_ORG}${unknown.name}`, start: unknown.index, end });
  }
  const lower = text.toLowerCase();
  const sameLength = lower.length === text.length;
  const onePass = scansLowerCase(text, lower);
  if (!onePass) {
    for (const mention of findOrgMentions(text)) {
      const party = catalogueMention(text, mention, context);
      if (party) found.push(party);
    }
  }
  const scan = onePass ? SCAN_ALL : sameLength ? SCAN : SCAN_UNICODE;
  // Whether the scan is inside a quote: the text opens with a dash of speech, or an odd number of quotation
  // marks came before (counted once, as the scan moves on).
  const dashQuote = context.author !== null && DASH_QUOTE.test(text);
  let quoteMarks = 0;
  let counted = 0;
  let quotedFirstPerson: PartyMention[] | undefined;
  for (const match of matchesOf(scan, sameLength ? lower : text)) {
    const start = match.index;
    const end = start + match[0].length;
    ORG_AT.lastIndex = start;
    const name = onePass && match[5] === undefined ? ORG_AT.exec(lower) : null;
    if (match[5] !== undefined || (name && name[0].length > match[0].length)) {
      const mention = orgMentionAt(text, start, (name ?? match)[0].length);
      const party = mention ? catalogueMention(text, mention, context) : null;
      if (party) found.push(party);
      continue;
    }
    // The roles and words of the first scan never follow a hyphen ("HR-chef" is one role, not "chef").
    if (onePass && isHyphenOrLatinExtended(text.charCodeAt(start - 1))) continue;
    if (match[1] !== undefined) found.push({ org: UNIONS_JOINTLY, start, end });
    else if (match[2] !== undefined) found.push({ org: EMPLOYER, start, end });
    // Abbreviations count only in capitals, so the word "ec" or "sc" in running text never does.
    else if (match[3] !== undefined) {
      const written = text.slice(start, end);
      if (written === written.toUpperCase()) found.push({ org: EMPLOYER, start, end });
    } else {
      const word = match[4]!.toLowerCase();
      if (PLURAL_REFERENCES.includes(word) && !CLAUSE_START.test(text.slice(Math.max(0, start - 6), start)))
        continue;
      const firstPerson = FIRST_PERSON.includes(word) || FIRST_PERSON_GENITIVE.includes(word);
      if (context.author !== null && firstPerson) {
        for (; counted < start; counted++) if (QUOTE_MARKS.includes(text.charAt(counted))) quoteMarks++;
      }
      const reference = referenceParty(word, context);
      if (!reference) continue;
      const mention = { ...reference, start, end };
      found.push(mention);
      if (context.author !== null && firstPerson && (dashQuote || quoteMarks % 2 === 1)) {
        quotedFirstPerson ??= [];
        quotedFirstPerson.push(mention);
      }
    }
  }
  if (sameLength) {
    roleCompounds(lower, found);
    for (const union of describedUnions(lower, context.unionNamed)) found.push(union);
  }
  for (const match of matchesOf(BY_NAME, text)) {
    found.push({ org: `${NAMED_ORG}${match[0]}`, start: match.index, end: match.index + match[0].length });
  }
  for (const person of people) found.push(person);
  // Where two start together the longer name wins ("arbetsgivarens representanter" over "arbetsgivaren").
  found.sort(byStartLongestFirst);
  const result: PartyMention[] = [];
  for (const mention of found) {
    const last = result[result.length - 1];
    if (last && mention.start < last.end) continue;
    // "OFR/ST", "Saco/DIK": the union within its council speaks, named from the council on, not the council too.
    const council =
      last !== undefined &&
      mention.start === last.end + 1 &&
      text.charCodeAt(last.end) === SLASH &&
      (COUNCILS.includes(last.org) || orgById(last.org)?.federation !== undefined);
    if (council) result.pop();
    result.push(council ? { ...mention, start: last.start } : mention);
  }
  return quotedFirstPerson ? withoutQuotedAuthor(text, result, quotedFirstPerson) : result;
}

/**
 * "– Vi ser …, säger Eva Ås, personaldirektör": in a quote whose attribution names a party, "vi" is that
 * party's, not the report's union ("– Vi ger oss inte, säger vår ordförande" names none: the union's).
 */
function withoutQuotedAuthor(
  text: string,
  parties: PartyMention[],
  quoted: readonly PartyMention[],
): PartyMention[] {
  const attribution = Math.max(text.lastIndexOf(" säger "), text.lastIndexOf(" sa "));
  if (attribution < 0) return parties;
  const named = parties.some((party) => party.start > attribution && !quoted.includes(party));
  return named ? parties.filter((party) => !quoted.includes(party)) : parties;
}

const DASH_QUOTE = /^[–-]\s/;
const QUOTE_MARKS = '"”“';

const ownName = (word: string) => (word.startsWith("förbund") ? { ownName: true as const } : {});

/** What a word referring back stands for before the item is known: a party, or the kind to look up. */
function referenceParty(
  word: string,
  context: PartyContext,
): Pick<PartyMention, "org" | "reference" | "genitive" | "ownName"> | null {
  if (FIRST_PERSON.includes(word) || OWN_UNIT.includes(word))
    return context.author ? { org: context.author } : null;
  if (FIRST_PERSON_GENITIVE.includes(word))
    return context.author ? { org: context.author, genitive: true } : null;
  if (UNION_GENITIVE_REFERENCES.includes(word))
    return { org: "", reference: "union", genitive: true, ...ownName(word) };
  if (UNION_REFERENCES.includes(word)) {
    return { org: "", reference: "union", ...ownName(word) };
  }
  if (PLURAL_REFERENCES.includes(word) || UNIONS_REFERENCES.includes(word))
    return { org: "", reference: "plural" };
  return { org: "", reference: "person" };
}
