import type { OrgId } from "../model/meeting";
import { isAgreement, mayDissent } from "./dissent";
import { matchesOf } from "./matches";
import { findParties, type PartyMention } from "./parties";
import { personName } from "./roster-entries";
import { CAUSE_OPENERS, CONDITION_OPENERS } from "./words/dissent";
import { FIRST_PERSON_GENITIVE } from "./words/parties";
import {
  AGREEMENT_WORDS,
  BEHALF_NOUNS,
  DECLARING_VERBS,
  FINITE_VERBS,
  GIVING_VERBS,
  INTENTION_VERBS,
  LIGHT_ADVERBS,
  NEGATIONS,
  NOUN_DETERMINERS,
  OBJECT_PREPOSITIONS,
  PARTICLE_VERBS,
  PASSIVE_SAYING,
  PROCEDURAL_OBJECTS,
  QUOTE_ATTRIBUTING,
  REPORTED_REQUEST_LEADS,
  REPRESENTATIVE_ENDINGS,
  REPRESENTATIVE_NOUNS,
  SAID_INTENTIONS,
  SAID_NOUNS,
  SAYING_VERBS,
  STANCE_WORDS,
  TAKING_VERBS,
  VIEW_NOUNS,
} from "./words/saying";

/** The speaker grammar: which of the parties named in a sentence speak, and where their statement starts. */
const set = (words: readonly string[]) => new Set(words);
const VERB_FORMS = set(SAYING_VERBS);
const STANCE = set(STANCE_WORDS);
const AGREEMENT = set(AGREEMENT_WORDS);
const NEGATION = set(NEGATIONS);
const GIVE = set(GIVING_VERBS);
const SAID = set(SAID_NOUNS);
const TAKING = set(TAKING_VERBS);
const VIEW = set(VIEW_NOUNS);
const PASSIVE = set(PASSIVE_SAYING);
const OBJECT = set(OBJECT_PREPOSITIONS);
const INTENTION = set(INTENTION_VERBS);
const BEHALF = set(BEHALF_NOUNS);
const DECLARING = set(DECLARING_VERBS);
const PROCEDURAL = set(PROCEDURAL_OBJECTS);
const FINITE = set(FINITE_VERBS);
const SAID_INTENTION = set(SAID_INTENTIONS);
const ADVERB = set(LIGHT_ADVERBS);
const NOUN_AFTER = set(NOUN_DETERMINERS);
/** The fragment's lead stands in the same clause, a little before the party. */
const REPORTED_REQUEST = new RegExp(`(?:${REPORTED_REQUEST_LEADS.join("|")})\\s[^,.;:]{0,40}$`, "iu");
const REQUEST_REACH = 70;
const REPRESENTATIVE = new RegExp(
  `^(?:${REPRESENTATIVE_NOUNS.join("|")})(?:${REPRESENTATIVE_ENDINGS.join("|")})?$`,
);

export interface Token {
  word: string;
  start: number;
  /** Written with a capital: a name ("Eva Lund"), or a sentence's first word. */
  capital: boolean;
}

/** A character of a word: `LATIN_LETTER` (a-z, 0-9, \u00df-\u024f) by its code. */
const isWordCode = (code: number) =>
  (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0xdf && code <= 0x24f);
const HYPHEN = 0x2d;
const PUNCTUATION_CODES = new Set([...".,;:!?–"].map((char) => char.charCodeAt(0)));
const TOKEN_UNICODE = /[\p{L}\p{N}][\p{L}\p{N}-]*|[.,;:!?–]/gu;
const PUNCTUATION = /^[.,;:!?–]$/;

/** Whether the character at `index` is a capital: Latin capitals by code, others by their lower case. */
function isCapital(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  if (code < 0x100) return code >= 0xc0 && code <= 0xde && code !== 0xd7;
  const char = text.charAt(index);
  return char !== char.toLowerCase();
}

/** Lower-case words and punctuation with their offsets (see `LATIN_LETTER` for why it is lower-cased first). */
export function tokens(text: string): Token[] {
  const lower = text.toLowerCase();
  const result: Token[] = [];
  if (lower.length !== text.length) {
    for (const match of matchesOf(TOKEN_UNICODE, text)) {
      result.push({
        word: match[0].toLowerCase(),
        start: match.index,
        capital: isCapital(text, match.index),
      });
    }
    return result;
  }
  // The words and marks `[a-z0-9\u00df-\u024f][…-]*|[.,;:!?–]` would match, read by code: no match array is made.
  for (let i = 0; i < lower.length; ) {
    const code = lower.charCodeAt(i);
    if (!isWordCode(code)) {
      if (PUNCTUATION_CODES.has(code))
        result.push({ word: lower.charAt(i), start: i, capital: isCapital(text, i) });
      i++;
      continue;
    }
    let end = i + 1;
    while (end < lower.length && (isWordCode(lower.charCodeAt(end)) || lower.charCodeAt(end) === HYPHEN))
      end++;
    result.push({ word: lower.slice(i, end), start: i, capital: isCapital(text, i) });
    i = end;
  }
  return result;
}

/** "åter-kommer": a verb the margin of a PDF hyphenated, its parts in small letters, read as the one word. */
const HYPHENATED = /^(\p{Ll}{3,})-(\p{Ll}{2,})$/u;
const withoutHyphenation = (word: string | undefined) =>
  word?.includes("-") ? word.replace(HYPHENATED, "$1$2") : word;

/** Whether the word at `index` (with what follows) is a verb of saying or a stand taken. */
/** "inte överens", "inte heller överens", "inte längre ense": a negation right before, or before a light adverb. */
const AFTER_NEGATION = new Set(["heller", "längre", "alls"]);
function isNegatedAt(words: readonly Token[], index: number): boolean {
  const before = words[index - 1]?.word ?? "";
  if (NEGATION.has(before)) return true;
  return AFTER_NEGATION.has(before) && NEGATION.has(words[index - 2]?.word ?? "");
}

/** "ställde oss bakom", "ansluter mig till": the reflexive particle agrees with its subject, "sig" in the lists. */
const REFLEXIVES = new Set(["oss", "mig", "dig", "er"]);
const reflexive = (word: string | undefined) => (word && REFLEXIVES.has(word) ? "sig" : (word ?? ""));

/**
 * The particle verbs by their word, in a map: looked up as an object's key, each word of a sentence was made a key
 * string first, and "constructor" found Object's own and threw.
 */
const PARTICLES = new Map(Object.entries(PARTICLE_VERBS));

export function isSayingAt(words: readonly Token[], index: number): boolean {
  const word = withoutHyphenation(words[index]?.word);
  if (!word) return false;
  const denied = isNegatedAt(words, index);
  if (STANCE.has(word)) return !(denied && word.startsWith("oen"));
  if (AGREEMENT.has(word)) return denied;
  // "förklarade förhandlingen avslutad" is the chair's formality; "… avslutad i oenighet" a union's stand.
  if (DECLARING.has(word) && PROCEDURAL.has(words[index + 1]?.word ?? ""))
    return declaresDissent(words, index);
  // "anmält förhinder" is attendance.
  if (word.startsWith("anmä") && words[index + 1]?.word === "förhinder") return false;
  if (VERB_FORMS.has(word)) return true;
  if (SAID_INTENTION.has(word)) return words[index + 1]?.word === "att";
  const particles = PARTICLES.get(word);
  if (particles) {
    // "tog båda upp", "lyfte också fram": a light adverb may stand before the particle.
    const next = reflexive(words[index + 1]?.word);
    if (
      particles.includes(next) ||
      (ADVERB.has(next) && particles.includes(reflexive(words[index + 2]?.word)))
    )
      return true;
  }
  if (TAKING.has(word) && words[index + 1]?.word === "till" && words[index + 2]?.word === "sig")
    return SAID.has(words[index + 3]?.word ?? "");
  // "ställer sig bakom" above, "ställde frågan om …" here: a verb may say with its particle or its object.
  if (GIVE.has(word)) {
    for (let k = index + 1; k <= index + 4 && k < words.length; k++) {
      if (SAID.has(words[k]!.word)) return true;
    }
  }
  return false;
}

/** How far after "förklarar förhandlingen" the dissent it is closed in may stand ("avslutad i oenighet"). */
const DECLARED_REACH = 5;
const declaresDissent = (words: readonly Token[], index: number) =>
  words.slice(index + 2, index + 2 + DECLARED_REACH).some((token) => token.word.startsWith("oenig"));

/** A finite verb, by the list or by its ending ("tar", "menade", "lyfte"): a union's name before one is a subject. */
export function isFiniteVerb(word: string | undefined): boolean {
  if (!word) return false;
  return FINITE.has(word) || VERB_FORMS.has(word) || (word.length > 3 && /(?:ar|er|ade|de|te)$/.test(word));
}

const KEPT_STOP = /[.!?]\s+(?=\p{Lu})/gu;

/**
 * Where the statement of a sentence's first speaker starts: at the sentence, or after a full stop the
 * splitter kept for an abbreviation when a capital follows it ("… bemötande m.fl. Fackliga pålyser …").
 */
function leadStart(sentence: string, partyStart: number): number {
  let start = quotedRecordStart(sentence, partyStart);
  for (const match of matchesOf(KEPT_STOP, sentence)) {
    const end = match.index + match[0].length;
    if (end > partyStart) break;
    // "Jonas Wik (Sveriges Lärare, f.d. LR) påpekade": a stop inside parentheses ends nothing.
    if (!insideParentheses(sentence, match.index)) start = end;
  }
  return start;
}

const QUOTED_RECORD = /:\s*["”“]/g;

/**
 * Where a record quoted after a colon opens, when `at` lies inside it ("Av protokollet framgår följande: ”Seko
 * reserverade sig …”"): the frame before it is the writer's, the quote the party's own words; else 0.
 */
export function quotedRecordStart(sentence: string, at: number): number {
  if (!sentence.includes(":")) return 0;
  let start = 0;
  for (const match of matchesOf(QUOTED_RECORD, sentence)) {
    const opening = match.index + match[0].length;
    if (opening > at) break;
    // A quote closed before `at` ("… följande: ”A.” Seko …") leaves `at` outside it.
    start = QUOTE_MARK.test(sentence.slice(opening, at)) ? 0 : opening;
  }
  return start;
}
const QUOTE_MARK = /["”“]/;

function insideParentheses(text: string, index: number): boolean {
  const before = text.slice(0, index);
  return before.lastIndexOf("(") > before.lastIndexOf(")");
}
/** How many words may stand between a party and its verb: "Kommunal har tidigare tagit upp", "VC BUF stämmer in". */
const AFTER_WINDOW = 5;

export interface Speaker {
  orgs: OrgId[];
  /** Where the statement begins: at the party, or at the sentence start when the party follows its verb. */
  start: number;
  /** The party is named after its verb or late in the sentence: the statement is the whole sentence. */
  inverted: boolean;
}

type Role = "speaks" | "inverted" | "behalf" | null;

const CLAUSE_OPENING = new RegExp(`^\\W*(?:${[...CONDITION_OPENERS, ...CAUSE_OPENERS].join("|")})\\s`, "i");
/** "kan Vision begära", "får Seko ta": the modals of a right, not "kommer Kommunal att" (an intention). */
const RIGHT_MODALS = new Set(["kan", "kunde", "får", "fick"]);

/** One sentence with its words and parties, and where each party stands among the words. */
interface Reading {
  sentence: string;
  words: Token[];
  parties: readonly PartyMention[];
  /** Index of the word before each party, and of the first word after it. */
  before: number[];
  after: number[];
}

function read(sentence: string, parties: readonly PartyMention[]): Reading {
  const words = tokens(sentence);
  return {
    sentence,
    words,
    parties,
    before: parties.map((party) => firstWordAt(words, party.start) - 1),
    after: parties.map((party) => firstWordAt(words, party.end)),
  };
}

// A module function, not a closure made per sentence (a named closure costs its naming on every call under tsx).
/** Index of the first word starting at or after `offset`. */
function firstWordAt(words: readonly Token[], offset: number): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (words[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

const isRepresentative = (word: string | undefined) => REPRESENTATIVE.test(word ?? "");

/** "säger Eva Lund, Kommunals ordförande", "sa Lars Ek från Vision": a party named after the speaker's name. */
function attributedAfterVerb(reading: Reading, p: number): boolean {
  const { words } = reading;
  let i = reading.before[p]!;
  if (["från", "i", "för"].includes(words[i]?.word ?? "")) i--;
  // "sa Leila Hosseini, sektionsordförande för Kommunal": a role between the name and the party.
  if (/(?:ordförande|ombud|representant|företrädare|ledamot)$/.test(words[i]?.word ?? "")) i--;
  if (words[i]?.word === ",") i--;
  let names = 0;
  while (names < 3 && words[i]?.capital && !PUNCTUATION.test(words[i]!.word)) {
    i--;
    names++;
  }
  return names > 0 && isSayingAt(words, i);
}

/**
 * Where the words after a party go on with its verb: past an inserted clause between commas ("SSR, som
 * organiserar kuratorerna, påpekar", "Psykologförbundet, genom Omar Farouk, påpekade").
 */
function pastInsertion(reading: Reading, from: number): number {
  const { words } = reading;
  if (words[from]?.word !== ",") return from;
  // "Lars Pihl, huvudskyddsombud, påpekar": a role in apposition, in small letters.
  const role = !["som", "vars", "genom", "via"].includes(words[from + 1]?.word ?? "");
  if (role && (words[from + 1]?.capital ?? true)) return from;
  for (let k = from + 2; k < from + (role ? 2 + ROLE_WORDS : 12) && k < words.length; k++) {
    if (words[k]!.word === ",") return k + 1;
    if (PUNCTUATION.test(words[k]!.word)) return from;
  }
  return from;
}

/** How many words a role in apposition may have: "huvudskyddsombud", "ordförande i sektionen". */
const ROLE_WORDS = 4;

/** A saying verb within a few words after `from`, before the next party (past an inserted clause). */
function verbFollows(reading: Reading, p: number, start: number, window = AFTER_WINDOW): boolean {
  const from = pastInsertion(reading, start);
  const next =
    from > start
      ? reading.parties.find((party) => party.start >= reading.words[from]!.start)
      : ownPhraseSkipped(reading, p);
  for (let k = from; k < from + window && k < reading.words.length; k++) {
    const token = reading.words[k]!;
    if (PUNCTUATION.test(token.word) || (next && token.start >= next.start)) return false;
    if (isSayingAt(reading.words, k) && !NOUN_AFTER.has(reading.words[k - 1]?.word ?? "")) return true;
  }
  return window === AFTER_WINDOW && secondPredicate(reading, from, next);
}

/**
 * The party after `p` that may end its verb's search: not its own organisation in a phrase of it ("HR-chef för
 * Socialförvaltningen efterfrågade …", "rektor vid skolan"), which is the speaker's own.
 */
function ownPhraseSkipped(reading: Reading, p: number): PartyMention | undefined {
  const party = reading.parties[p]!;
  const next = reading.parties[p + 1];
  if (!next || next.org !== party.org) return next;
  const preposition = reading.words[reading.before[p + 1]!]?.word;
  return reading.before[p + 1] === reading.after[p] && preposition && OBJECT.has(preposition)
    ? reading.parties[p + 2]
    : next;
}

const COORDINATING = new Set(["men", "och"]);
/** The prepositions of a fronted agent or source: "Från Vision …", "Enligt SSR …", "Av Fastighets …". */
const FRONTED_AGENT = new Set(["från", "enligt", "av"]);
/** A present passive, "berörs", "påverkas", "omfattas": the subject's first predicate before the saying one. */
const PASSIVE_ENDING = /(?:as|rs|ls|ns)$/;
/** How far a first predicate may run before the "men" or "och" of the second. */
const PREDICATE_REACH = 14;

/**
 * "Seko har inte varit med i arbetsgruppen men anser att …": the saying verb of the subject's second
 * predicate, right after "men" or "och" (no new subject between).
 */
function secondPredicate(reading: Reading, from: number, next: PartyMention | undefined): boolean {
  const { words } = reading;
  const first = words[from]?.word;
  // "Seko berörs inte av flytten men välkomnar …": a passive first verb too.
  if (!isFiniteVerb(first) && !(first && first.length > 4 && PASSIVE_ENDING.test(first))) return false;
  for (let k = from + 1; k < from + PREDICATE_REACH && k < words.length; k++) {
    const token = words[k]!;
    if (PUNCTUATION.test(token.word) || (next && token.start >= next.start)) return false;
    if (!COORDINATING.has(token.word)) continue;
    let verb = k + 1;
    while (ADVERB.has(words[verb]?.word ?? "")) verb++;
    return isSayingAt(words, verb);
  }
  return false;
}

/** "De menar", "Hon vill dock", "De har tidigare tagit upp": a pronoun speaks when a verb follows at once. */
function pronounSpeaks(reading: Reading, p: number): boolean {
  let k = reading.after[p]!;
  while (ADVERB.has(reading.words[k]?.word ?? "")) k++;
  const word = reading.words[k]?.word;
  return isSayingAt(reading.words, k) || (isFiniteVerb(word) && verbFollows(reading, p, k + 1, 3));
}

/** A party in the genitive: its representative speaks, or its question or view opens the sentence. */
function genitiveRole(reading: Reading, p: number): Role {
  const { words } = reading;
  const previous = words[reading.before[p]!]?.word;
  const next = words[reading.after[p]!]?.word;
  if ((previous === "för" || previous === "å") && BEHALF.has(next ?? "")) return "behalf";
  if (isRepresentative(next)) return verbFollows(reading, p, reading.after[p]!) ? "speaks" : null;
  const opens = p === 0 && (reading.before[p]! < 0 || OBJECT.has(previous ?? "") || previous === "enligt");
  // "Våra synpunkter tar vi med oss": the report's own "våra" speaks only through its people.
  const party = reading.parties[p]!;
  const own = FIRST_PERSON_GENITIVE.includes(reading.sentence.slice(party.start, party.end).toLowerCase());
  return opens && !own && VIEW.has(next ?? "") ? "inverted" : null;
}

/** A party opening the sentence, in no genitive, before party `p`: the sentence's subject. */
function subjectBefore(reading: Reading, p: number): boolean {
  const first = reading.parties[0]!;
  return p > 0 && !first.genitive && reading.before[0]! < 0;
}

/** "såväl Kommunal som Vision", "Kommunal och Vision", "Vision, SSR och Kommunal". */
const BOTH_AND = /(?:såväl|både)\s+\S[^,]*\s+som\s*$/i;
const BOTH_AND_REACH = 60;
/** A party right after a relative "som" ("… som Seko föreslog"), not in "såväl X som Y". */
function inRelativeClause(reading: Reading, p: number): boolean {
  if (reading.words[reading.before[p]!]?.word !== "som") return false;
  const start = reading.parties[p]!.start;
  // Looked for a short way back only: the pattern anchored at the end tries every start of its input.
  return !BOTH_AND.test(reading.sentence.slice(Math.max(0, start - BOTH_AND_REACH), start));
}

function coordinatedWithNext(reading: Reading, p: number): boolean {
  const party = reading.parties[p]!;
  const next = reading.parties[p + 1];
  if (!next) return false;
  const between = reading.sentence.slice(party.end, next.start);
  if (/^\s*(?:,|och|samt|,\s*och|tillsammans\s+med|,?\s*liksom|,?\s*likaså)\s*$/.test(between)) return true;
  return /^\s*som\s*$/.test(between) && /(?:såväl|både)\s*$/i.test(reading.sentence.slice(0, party.start));
}

/** The first word after party `p` and the parties coordinated after it ("Från Vision och Kommunal framförs"). */
function afterCoordinated(reading: Reading, p: number): number {
  let last = p;
  while (last < reading.parties.length - 1 && coordinatedWithNext(reading, last)) last++;
  return reading.after[last]!;
}

/** ", säger", "” sa": the verb of a quote's attribution after the quote's comma or closing mark. */
const ATTRIBUTING = new Set(QUOTE_ATTRIBUTING);
function isQuoteAttribution(words: readonly Token[], index: number): boolean {
  const mark = words[index - 1]?.word ?? "";
  return ATTRIBUTING.has(words[index]?.word ?? "") && (mark === "," || /^["”’]$/.test(mark));
}

/** The role of one party, given whether the party after it speaks (for coordination). */
function roleOf(reading: Reading, p: number, nextSpeaks: Role): Role {
  const party = reading.parties[p]!;
  const { words } = reading;
  const before = reading.before[p]!;
  const after = reading.after[p]!;
  const previous = words[before]?.word;
  if (
    party.reference === "person" &&
    /^(?:hans|hennes)$/i.test(reading.sentence.slice(party.start, party.end))
  ) {
    const opens = before < 0 || previous === "enligt";
    return opens && VIEW.has(words[after]?.word ?? "") ? "inverted" : null;
  }
  if (attributedAfterVerb(reading, p)) return "inverted";
  // "… de tillägg som ST och Seko föreslagit": the whole coordinated subject of a relative clause is in it.
  if (p > 0 && coordinatedWithNext(reading, p - 1) && inRelativeClause(reading, p - 1)) return null;
  // "… i enlighet med vad Vision begärde": a fragment reporting the union's request or claim.
  const lead = reading.sentence.slice(Math.max(0, party.start - REQUEST_REACH), party.start);
  if ((lead.includes("enli") || lead.includes("omfattning")) && REPORTED_REQUEST.test(lead)) return null;
  // "– …, säger Kommunals sektionsordförande Marie Lönn": the union's role right after the verb of a quote's
  // attribution, whoever the person is.
  if (
    party.genitive &&
    isQuoteAttribution(words, before) &&
    words[after] !== undefined &&
    !words[after]!.capital
  )
    return "inverted";
  if (party.genitive) return genitiveRole(reading, p);
  // "SSR delar enligt Kommunal samma oro": after the subject's verb, the one "enligt" names is a source.
  if (previous === "enligt") return subjectBefore(reading, p) ? null : "inverted";
  // "Frågan lyftes av Kommunal", "Det påpekades av Vision att …": the passive's agent; fronted, "Av Fastighets
  // framfördes att …", the passive after the agent (and the agents coordinated with it).
  if (previous === "av" && [words[before - 1], words[before - 2]].some((t) => t && PASSIVE.has(t.word))) {
    return "inverted";
  }
  if (previous === "av" && before === 0 && PASSIVE.has(words[afterCoordinated(reading, p)]?.word ?? ""))
    return "inverted";
  // "Ingen av de andra fackförbunden reserverade sig": no party speaks.
  for (let k = before; k > before - 4 && k > 0; k--) {
    if (words[k]!.word === "av" && ["ingen", "inget", "inga"].includes(words[k - 1]!.word)) return null;
  }
  if (previous === "från") {
    // "Från Vision och Kommunal framförs att …": the passive after the whole coordinated agent.
    const end = afterCoordinated(reading, p);
    const passive = [words[before - 1], words[end], words[end + 1]].some((t) => t && PASSIVE.has(t.word));
    if (passive) return "inverted";
    // "Lena Borg från Vision tog upp …": a person from the party.
    if (!isRepresentative(words[before - 1]?.word) && !words[before - 1]?.capital) return null;
  } else if (previous === "som") {
    if (!/(?:såväl|både)\s+\S[^,]*\s+som\s*$/i.test(reading.sentence.slice(0, party.start))) return null;
  } else if (previous && OBJECT.has(previous)) {
    // "Representanten för Kommunal", "Stefan Lundgren för Ledarna": someone who speaks for the party.
    const named = words[before - 1]?.capital === true && words[before - 2]?.capital === true;
    const representative = previous === "för" && (isRepresentative(words[before - 1]?.word) || named);
    const together = previous === "med" && words[before - 1]?.word === "tillsammans";
    if (!representative && !together) return null;
  }
  if (before >= 0 && isSayingAt(words, before)) return "inverted";
  // "Därefter tog Vision upp att …": the inverted subject between a particle verb and its particle.
  // A named party only: "Våra synpunkter tar vi med oss" fronts the object, the pronoun no speaker of its own.
  if (
    isCapital(reading.sentence, party.start) &&
    PARTICLES.get(previous ?? "")?.includes(words[after]?.word ?? "")
  )
    return "inverted";
  if (INTENTION.has(previous ?? "") && words[after]?.word === "att") return "inverted";
  if (nextSpeaks && coordinatedWithNext(reading, p)) return "speaks";
  if (party.reference === "plural" || party.reference === "person" || party.org === "") {
    return pronounSpeaks(reading, p) ? "speaks" : null;
  }
  // "Lena Ek, Kommunal, har synpunkter", "Per Ek, huvudskyddsombud Kommunal, påpekar": the union in
  // apposition to its representative.
  const opensApposition = [before, before - 1, before - 2].some((k) => words[k]?.word === ",");
  const apposition = opensApposition && words[after]?.word === ",";
  return verbFollows(reading, p, apposition ? after + 1 : after) ? "speaks" : null;
}

/** The orgs a speaking party stands for: a federation collective for its members. */
const orgsOf = (party: PartyMention) => party.members ?? [party.org];

/**
 * The speakers of one sentence, in order. A party speaks when a verb of saying follows it within a few words
 * ("SSR menar", "Kommunal har tidigare tagit upp"), when it directly follows such a verb ("…, menar SSR",
 * "Vidare menar arbetsgivaren"), when the sentence reports its view ("Enligt SSR", "Från Vision framfördes",
 * "På Kommunals fråga"), through a representative ("Kommunals skyddsombud Eva Lund anser"), on whose behalf
 * someone speaks ("för Akavias räkning"), or when it is coordinated with a speaker. A party in a clause
 * reported by another ("Arbetsgivaren konstaterar att Vision …") or in a relative clause does not speak.
 * The first speaker's statement starts at the sentence; a later one's at its party unless it came late.
 */
export function findSpeakers(
  sentence: string,
  parties = findParties(sentence),
  opensParagraph = false,
): Speaker[] {
  if (parties.length === 0) return [];
  const reading = read(sentence, parties);
  const roles: Role[] = parties.map(() => null);
  for (let p = parties.length - 1; p >= 0; p--) roles[p] = roleOf(reading, p, roles[p + 1] ?? null);
  // "Kommunal har en föranmäld fråga …": the union opening its paragraph as subject (`openingParty`).
  if (opensParagraph && !roles[0]) {
    roles[0] = "speaks";
    // "Seko och Unionen tog upp …": the whole coordinated subject opens the paragraph.
    for (let p = 1; p < parties.length && coordinatedWithNext(reading, p - 1); p++) roles[p] ??= "speaks";
  }
  // A party after "att" in a clause another speaker reports is reported, not speaking.
  for (let p = 1; p < parties.length; p++) {
    const reported = reading.words[reading.before[p]!]?.word === "att" && roles.slice(0, p).some(Boolean);
    if (!reported || roles[p] === "inverted") continue;
    // The whole coordinated subject is reported: "… att Fysioterapeuterna och Psykologförbundet är oeniga".
    for (let q = p; q < parties.length; q++) {
      roles[q] = null;
      if (!coordinatedWithNext(reading, q)) break;
    }
  }
  // "Om parterna inte enas kan Vision begära …": after a condition or a cause, a right the writer states.
  if (CLAUSE_OPENING.test(sentence)) {
    for (let p = 0; p < parties.length; p++) {
      const modal = reading.words[reading.before[p]!]?.word.toLocaleLowerCase("sv");
      if (modal !== undefined && RIGHT_MODALS.has(modal)) roles[p] = null;
    }
  }
  // "Från Vision och Kommunal framförs …", "Enligt SSR och Vision saknas …": the agents or sources coordinated with
  // an inverted first one share its role.
  for (let p = 1; p < parties.length; p++) {
    if (roles[p] || roles[p - 1] !== "inverted" || !coordinatedWithNext(reading, p - 1)) continue;
    let first = p - 1;
    while (first > 0 && coordinatedWithNext(reading, first - 1)) first--;
    if (FRONTED_AGENT.has(reading.words[reading.before[first]!]?.word ?? "")) roles[p] = "inverted";
  }
  const behalf = roles.includes("behalf");
  const speakers: Speaker[] = [];
  for (let p = 0; p < parties.length; p++) {
    const party = parties[p]!;
    if (!roles[p] || (behalf && party.person)) continue;
    // "Förvaltningschefen öppnar mötet och konstaterar …": the chair's formality, whatever verb follows.
    if (CHAIR_FORMALITY.test(sentence.slice(party.end))) continue;
    const previous = speakers[speakers.length - 1];
    if (previous && roles[p - 1] && coordinatedWithNext(reading, p - 1)) {
      for (const org of orgsOf(party)) if (!previous.orgs.includes(org)) previous.orgs.push(org);
      continue;
    }
    const inverted = roles[p] !== "speaks";
    // Every speaker of a sentence has the sentence ("Vision tog upp …, och HR svarade …": both).
    const start = leadStart(sentence, party.start);
    const same = speakers.find((speaker) => speaker.start === start);
    if (same) {
      for (const org of orgsOf(party)) if (!same.orgs.includes(org)) same.orgs.push(org);
    } else speakers.push({ orgs: [...orgsOf(party)], start, inverted });
  }
  return speakers.filter((speaker) => speaker.orgs.length > 0);
}

/** "Vision hade lämnat mötet", "Kommunal deltog": attendance, not a contribution. */
const ATTENDANCE =
  /^\s+(?:\p{L}+\s+){0,2}?(?:lämna(?:de|t|r)?\s+mötet|(?:anslöt|ansluter)(?!\s+sig)|deltog|deltar|närvarade|var\s+(?:inte\s+)?närvarande|kom\s+sent|gick\s+(?:från|hem))/iu;
/** "Kommunal har underrättats om …", "Vision hade inte kallats": a subject acted upon, in the perfect passive. */
const ACTED_UPON =
  /^\s+(?:har|hade)\s+(?:(?:inte|också|även|redan|dock)\s+)?\p{Ll}{3,}(?:ats|its|tts)(?![\p{L}])/u;
/** "Anna Ek öppnade mötet", "hälsade välkommen": the chair's formalities, whoever chairs. */
const CHAIR_FORMALITY =
  /^\s+(?:öppna(?:de|r)|avsluta(?:de|r)|förklara(?:de|r)|hälsa(?:de|r)|förklarade)\s+(?:mötet|förhandlingen|sammanträdet|välkommen|välkomna|alla)(?![^.!?]{0,40}oenig)/iu;
const COORDINATED = /^\s*(?:,|och|samt|,\s*och)\s*$/;
/** "Svar: HR …", "Förslag från AG: …": a label before the party that speaks. */
const LABEL_LEAD = /^(?:[–-]\s+)?(?:\p{L}+\s*:\s*|\p{L}+\s+från\s+)$/iu;
/**
 * "Kommunal (Ali H): …", "Sveriges Lärare/Petra S: …", "SSR: …", "IT-chef Eva Ek (adj.): …": a speaker label
 * after the party, the person's name after a role.
 */
const SPEAKER_LABEL =
  /^(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){0,3}\s*(?:\([^)]{0,40}\)|\/[^:]{1,40})?\s*:\s*\S/u;

/**
 * "… Vd: nej, det tillåter inte direktivet.", "– AG: ja.": a sentence inside a paragraph of terse notes that
 * opens with a party under a speaker label, as a paragraph does (`openingParty`).
 */
export function opensWithLabel(sentence: string, parties: readonly PartyMention[]): boolean {
  const first = parties[0];
  if (!first || first.reference || first.org === "" || first.genitive) return false;
  const rest = sentence.slice(first.end);
  if (!/^(?:[–-]\s+)?$/.test(sentence.slice(0, first.start)) || !SPEAKER_LABEL.test(rest)) return false;
  // "Arbetsgivaren: socialchef Eva Ek, HR-partner …": the side's people, a roster line, not what it said.
  const value = rest
    .slice(rest.indexOf(":") + 1)
    .split(/[,(]/, 1)[0]!
    .replace(/\.$/, "");
  return personName(value) === null;
}

// Kept out of the function: esbuild (tsx) compiles a `\p{…}` literal to `new RegExp`, built per call.
const NEXT_SMALL_WORD = /^\s+(\p{Ll}[\p{L}-]*)/u;
/**
 * Who a paragraph opens with as its speaker: any party under a speaker label ("SSR: …", "AG: …", "Kommunal
 * (Ali H): …", "Svar: HR …"), or a party as the subject of a verb ("Kommunal tar upp …", "SACO har årsmöte
 * …", "Arbetsgivaren tar fram en rutin …") unless the sentence records an agreement, attendance or the
 * chair's formalities.
 */
export function openingParty(
  paragraph: string,
  parties = findParties(paragraph),
  mayDissentHere = true,
): OrgId | null {
  const first = parties[0];
  if (!first || first.reference || first.org === "" || first.genitive) return null;
  const lead = paragraph.slice(0, first.start);
  // "Seko, Ledarna och Unionen har …": the verb follows the last of a coordinated subject.
  let last = first;
  for (let k = 1; k < parties.length && COORDINATED.test(paragraph.slice(last.end, parties[k]!.start)); k++) {
    last = parties[k]!;
  }
  const rest = paragraph.slice(last.end);
  const labelled = LABEL_LEAD.test(lead);
  if (!labelled && !/^(?:[–-]\s+)?(?:(?:de|både)\s+)?$/i.test(lead)) return null;
  if (SPEAKER_LABEL.test(rest)) return first.org;
  const next = NEXT_SMALL_WORD.exec(rest)?.[1];
  if (!isFiniteVerb(next?.toLowerCase()) || ATTENDANCE.test(rest)) return null;
  if (CHAIR_FORMALITY.test(rest) || ACTED_UPON.test(rest)) return null;
  const sentence = /^[^.!?]*/.exec(paragraph)?.[0] ?? paragraph;
  return mayDissentHere && mayDissent(sentence) && isAgreement(sentence) ? null : first.org;
}
