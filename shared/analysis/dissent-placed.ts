import { MONTHS } from "../dates/calendar";
import {
  BEFORE_LEVEL_ADVERB,
  CENTRAL_ADVERB,
  DEMONSTRATIVES,
  DISSENT_NOUNS,
  DOCUMENT_DATE_WORDS,
  EARLIER_MINUTES_WORDS,
  FORUM_PREPOSITION_REACH,
  INVERTED_SUBJECT_REACH,
  LOCAL_WORDS,
  MINUTES_POINTERS,
  MINUTES_WORD,
  MONTH_PREPOSITIONS,
  NEGOTIATION,
  NEGOTIATION_PREFIXES,
  NEGOTIATION_REACH,
  OTHER_LEVEL_WORDS,
  PAST_SEASONS,
  PLACE_PREPOSITIONS,
  PLUPERFECT_ADVERBS,
  POINTED_MEETINGS,
  POLITICAL_ACTOR_ENDINGS,
  POLITICAL_FORUM_ENDINGS,
  SAMVERKAN_FORUM_STARTS,
  SEASONS,
  SINCE_WORDS,
} from "./words/dissent";

/**
 * Whether the clause of a dissent places its act at another time or place than this meeting, as background
 * ("I maj anmälde Seko oenighet", "Unionen hade reserverat sig", "Där reserverade sig Vision", "oenighet i
 * nämnden"). Blinds 20 and 21 showed the family: Swedish places an act by an adverbial of time or place, fronted
 * or after the verb, by the pluperfect, or by an actor who is no party of a samverkan meeting (before the act, or
 * after it in an inverted clause); blind 22 added samverkan at another level ("i den centrala samverkansgruppen"). `before` is the
 * act's clause up to the dissent, `marker` the dissent's words, `after` its own words after it (in lower case).
 */
export function isPlacedElsewhere(
  before: readonly string[],
  marker: string,
  after: readonly string[],
): boolean {
  // "Där anmälde …": a clause opening with "där" points at a place told before it (as ", där" does).
  if (before[0] === "där") return true;
  // "som då reserverade sig": "då" inside the clause is "then"; opening it, it may be "as" (`dissent.ts`).
  if (before.slice(1).includes("då")) return true;
  if (isPluperfect([...before, ...(marker.toLowerCase().match(/[\p{L}]+/gu) ?? []).slice(0, 1)])) return true;
  // "Vid sammanträdet reserverade sig oppositionen": an inverted clause has its subject right after the act.
  if ([...before, ...after.slice(0, INVERTED_SUBJECT_REACH)].some(endsIn(POLITICAL_ACTOR_ENDINGS)))
    return true;
  if ([before, after].some((words) => words.some(isPoliticalForum))) return true;
  if (
    [before, after].some((words) =>
      words.some((word, i) => PAST_SEASONS.includes(word) && !isSince(words, i)),
    )
  )
    return true;
  // "Våren 2023 avslutades förhandlingen i oenighet": a season of a named year is another time than a meeting's day.
  if (before.some((_, i) => isSeasonOfYear(before, i) && !isSince(before, i))) return true;
  // "Den lokala förhandlingen avslutades i oenighet", "Vid den lokala förhandlingen reserverade sig Seko": a
  // negotiation named local is the earlier one that this meeting (a central negotiation, a report on it) follows
  // up, its outcome background (the lead's convention of 2026-12-02). The negotiation named bare ("Förhandlingen
  // avslutades den 4 mars i oenighet") is the text's own, whenever it ended; a party acting "vid förhandlingen"
  // is placed by the rules below.
  if (namesLocalNegotiation(before)) return true;
  if (isNegotiationOutcome(before)) return false;
  // Samverkan at another level ("i den centrala samverkansgruppen", "har centralt anmält") is another forum.
  if ([before, after].some((words) => words.some(isOtherLevelForum)) || before.some(isLevelAdverb))
    return true;
  // "Den centrala oenigheten om ramavtalet …": the dissent noun itself named the other level's.
  if (OTHER_LEVEL_WORDS.includes(before.at(-1) ?? "") && DISSENT_NOUN.test(marker)) return true;
  // "Vid det mötet anmälde Vårdförbundet oenighet": a meeting pointed back at is one the text told before.
  if (before.some(isMeetingPointedBack)) return true;
  // After the dissent a month may date its object ("mot start i september", "avslutad i oenighet den 4 mars",
  // this meeting's day): only "redan" places the act there.
  return namesMonth(before, true) || namesMonth(after, false);
}

const DISSENT_NOUN = new RegExp(`^(?:${DISSENT_NOUNS})`, "iu");

/**
 * "vid det mötet", "på det sammanträdet", "under den förhandlingen": a demonstrative before a meeting's definite
 * noun points back at a meeting told before (this meeting is "mötet", "dagens möte", "detta möte").
 */
function isMeetingPointedBack(word: string, at: number, words: readonly string[]): boolean {
  return (
    POINTED_MEETINGS.includes(word) &&
    DEMONSTRATIVES.includes(words[at - 1] ?? "") &&
    PLACE_PREPOSITIONS.includes(words[at - 2] ?? "")
  );
}

/** "våren 2023", "hösten 2024": the word at `i` a season and the next a year. */
const isSeasonOfYear = (words: readonly string[], i: number): boolean =>
  SEASONS.includes(words[i] ?? "") && /^\d{4}$/.test(words[i + 1] ?? "");

/**
 * "Våren 2023 …", "I våras …", "I maj …": a clause opening with a time other than a meeting's day, which a clause
 * joined to it by "och" shares (`dissent-record.ts`).
 */
export function opensWithOtherTime(words: readonly string[]): boolean {
  const [first = "", second = ""] = words;
  if (SEASONS.includes(first)) return isSeasonOfYear(words, 0);
  return (
    MONTH_PREPOSITIONS.includes(first) && (PAST_SEASONS.includes(second) || MONTH_NAMES.includes(second))
  );
}

/**
 * How an item's heading makes its dissent background: "item" where all of it is, an item headed by the local
 * negotiation in its definite form ("Den lokala förhandlingen", "Lokala förhandlingen 3 mars"), the earlier one a
 * central negotiation or a report on it tells (the lead's convention of 2026-12-02), as a sentence naming it is;
 * "minutes" where the item reads the previous meeting's minutes ("Föregående protokoll", "Protokoll från förra
 * mötet"), whose dissent that meeting recorded: background in a sentence that points there
 * (`pointsAtEarlierMinutes`), as a sentence of another item may still stand under the heading where the text's
 * next heading was not read; else null.
 */
export function backgroundOfItem(title: string): "item" | "minutes" | null {
  const words = title.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  if (namesLocalNegotiation(words, true)) return "item";
  const earlier = words.some((word) => EARLIER_MINUTES_WORDS.includes(word));
  return earlier && words.some((word) => word.startsWith(MINUTES_WORD)) ? "minutes" : null;
}

/** "Den oenighet som Vision antecknade där …", "Under § 6 i det protokollet noterades …": the minutes read. */
export function pointsAtEarlierMinutes(sentence: string): boolean {
  const words = sentence.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  return words.some((word) => MINUTES_POINTERS.includes(word) || EARLIER_MINUTES_WORDS.includes(word));
}

/**
 * "ARBETSDOMSTOLEN   DOM   Mål nr A 41/23": a labour court's judgment, by its head (the court's name and "DOM" or
 * a case number in its first lines). Every negotiation it tells was held before it, its outcome background.
 */
export function isCourtJudgment(paragraphs: readonly { text: string }[]): boolean {
  const head = paragraphs.slice(0, COURT_HEAD_LINES);
  return (
    head.some((p) => COURT.test(p.text)) &&
    head.some((p) => JUDGMENT.test(p.text) || CASE_NUMBER.test(p.text))
  );
}
const COURT_HEAD_LINES = 4;
const COURT = /arbetsdomstolen/i;
const JUDGMENT = /(?:^|\s)DOM(?:\s|$)/;
const CASE_NUMBER = /(?:^|\s)(?:Mål|Dom)\s+nr\s/i;

// The calendar's month names, as words of a text are compared (any string).
const MONTH_NAMES: readonly string[] = MONTHS;

const endsIn = (endings: readonly string[]) => (word: string) =>
  endings.some((ending) => word.endsWith(ending));

/** "sedan i våras", "sedan maj": the time the dissent has lasted from, to now. */
function isSince(words: readonly string[], at: number): boolean {
  return SINCE_WORDS.includes(words[at - 1] ?? "") || SINCE_WORDS.includes(words[at - 2] ?? "");
}

/** "i nämnden", "vid socialnämndens sammanträde": a forum of politics after a preposition of place. */
function isPoliticalForum(word: string, at: number, words: readonly string[]): boolean {
  return endsIn(POLITICAL_FORUM_ENDINGS)(word) && PLACE_PREPOSITIONS.includes(words[at - 1] ?? "");
}

/**
 * "i den centrala samverkansgruppen", "vid central samverkan": samverkan at another level than the meeting's,
 * placed by a preposition. Blind 22 showed it: dissent of the central group told in an FSG's or a union's text.
 */
function isOtherLevelForum(word: string, at: number, words: readonly string[]): boolean {
  if (!OTHER_LEVEL_WORDS.includes(word)) return false;
  const forum = words[at + 1] ?? "";
  if (!SAMVERKAN_FORUM_STARTS.some((start) => forum.startsWith(start))) return false;
  return words
    .slice(Math.max(0, at - FORUM_PREPOSITION_REACH), at)
    .some((w) => PLACE_PREPOSITIONS.includes(w));
}

/** "Kommunal och Vision har centralt anmält oenighet": the level as an adverb after the finite verb. */
function isLevelAdverb(word: string, at: number, words: readonly string[]): boolean {
  return word === CENTRAL_ADVERB && BEFORE_LEVEL_ADVERB.includes(words[at - 1] ?? "");
}

/**
 * "den lokala förhandlingen", "lokal förhandling", "vid den lokala MBL-förhandlingen": a negotiation the words
 * name local, the level below the one a text that names it so is at. Blinds 7–19 and 27 told its outcome as the
 * background of a central negotiation or of a report on one. `definite`: only "lokala" (a heading "Lokal
 * förhandling enligt MBL § 11" may be the meeting's own).
 */
export function namesLocalNegotiation(words: readonly string[], definite = false): boolean {
  const levels = definite ? DEFINITE_LOCAL : LOCAL_WORDS;
  return words.some(
    (word, i) =>
      word.startsWith(NEGOTIATION) &&
      (levels.includes(words[i - 1] ?? "") ||
        (NEGOTIATION_PREFIXES.includes(words[i - 1] ?? "") && levels.includes(words[i - 2] ?? ""))),
  );
}
const DEFINITE_LOCAL = LOCAL_WORDS.slice(-1);

/** "Förhandlingen (enligt MBL) … avslutades": a negotiation, not after a preposition, is the clause's subject. */
function isNegotiationOutcome(words: readonly string[]): boolean {
  return words.some(
    (word, i) =>
      word.startsWith(NEGOTIATION) &&
      !words.slice(Math.max(0, i - NEGOTIATION_REACH), i).some((w) => PLACE_PREPOSITIONS.includes(w)),
  );
}

/**
 * "i oktober", "redan i maj", and where `dated` "den 12 februari": a month placing the act. Before the dissent
 * any of them does; after it only "redan" does.
 */
function namesMonth(words: readonly string[], dated: boolean): boolean {
  return words.some((word, i) => {
    if (!MONTH_NAMES.includes(word) || isSince(words, i)) return false;
    const previous = words[i - 1] ?? "";
    if (!dated)
      return previous === "redan" || (words[i - 2] === "redan" && MONTH_PREPOSITIONS.includes(previous));
    if (MONTH_PREPOSITIONS.includes(previous)) return true;
    // "hänvisar till sitt yttrande av den 19 september och vidhåller …": a day "av den" dates a document, not the act.
    return (
      /^\d{1,2}$/.test(previous) &&
      !(words[i - 2] === "den" && DOCUMENT_DATE_WORDS.includes(words[i - 3] ?? ""))
    );
  });
}

/** "hade (redan) reserverat sig", "hade anmält oenighet": "hade" before a supine. */
function isPluperfect(words: readonly string[]): boolean {
  const had = words.lastIndexOf("hade");
  if (had < 0) return false;
  let i = had + 1;
  while (i < words.length && PLUPERFECT_ADVERBS.includes(words[i]!)) i++;
  // The dissent's own first word is the last of `words` ("hade reserverat"); "hade en avvikande mening" is no supine.
  return i < words.length && /(?:at|it|tt|t)$/.test(words[i]!);
}
