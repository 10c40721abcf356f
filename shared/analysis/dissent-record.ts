import { isPlacedElsewhere, namesLocalNegotiation, opensWithOtherTime } from "./dissent-placed";
import {
  ARTICLES,
  ASKING_VERBS,
  CONDITION_OPENERS,
  CONDITION_VERBS_FIRST,
  CONTENT_OPENERS,
  DISSENT_NOUNS,
  EARLIER_REACH,
  EARLIER_WORDS,
  HELD_AFTER,
  HELD_REACH,
  MENTIONING_BEFORE_DEFINITE,
  MENTIONING_PREPOSITIONS,
  NEGATION_REACH,
  NEGATIONS,
  NOT_NOUNS,
  NOT_YET_WORDS,
  NOUN_DETERMINERS,
  OPENER_LENGTH,
  PHRASE_PREPOSITIONS,
  POSSIBILITY_MODALS,
  RECORDING_PREPOSITIONS,
  RULE_MODAL_REACH,
  RULE_MODALS,
  TIME_PREPOSITIONS,
} from "./words/dissent";

/**
 * "record": the sentence records the dissent; "agent": only where the sentence names the union acting on it (a
 * definite noun referring back); "mention": spoken of, not recorded.
 */
export type DissentRecord = "record" | "agent" | "mention";

/**
 * The record rule, one stage with one question: is the dissent a marker names the sentence's own record, or is
 * it only spoken of? Blinds 6–16 showed the false oenighet share one assumption, that a dissent word anywhere
 * in a sentence is what the sentence asserts. It is so only where the sentence's own clause asserts it:
 *
 * - a dissent noun in a phrase that names a known thing is a mention: after a preposition of reference ("trots
 *   Visions reservation", "efter oenigheten"), or after "med"/"i"/"under" that hang on a noun ("protokollet med
 *   Visions protokollsanteckning", a phrase of the clause's subject), not on a verb ("avslutades i oenighet",
 *   "avslutade punkten med oenighet");
 * - a dissent noun in the definite form outside such a phrase refers back ("Kommittén noterar reservationen"):
 *   a union of the sentence must act on it ("Kommunal ansluter sig till protokollsanteckningen"), unless the
 *   sentence holds it on ("Oenigheten kvarstår");
 * - a modal of necessity or permission right before it makes it a rule ("behöver inte vara överens");
 * - a clause opening with a condition ("om", "för det fall att", also after "att"), or holding a word of what has
 *   not happened, should not, or is asked ("innan", "tills", "undvika att", "huruvida", "frågade om"), states no
 *   record; nor does a dissent noun with a modal after it ("oenighet kan uppstå");
 * - a dissent noun whose governing verb is denied ("att parterna inte hamnar i oenighet") records none;
 * - the clause after it naming an earlier meeting dates it there ("reserverade sig vid förra mötet"), and its
 *   clause placing the act at another time or place tells background (`dissent-placed.ts`);
 * - a refusal whose clause after it names what would lift it ("inte kan godta förslaget utan ett åtagande",
 *   "… om inte …", "… förutsatt att …") records this meeting's dissent (the lead's convention of 2026-12-02,
 *   second session; round 15 had read it as a condition).
 *
 * Concession ("även om"), denial ("ingen oenighet") and signers' notes stay with `dissent.ts`.
 */
export function recordOf(sentence: string, index: number, length: number): DissentRecord {
  const clause = clauseBefore(sentence, index);
  const words = clause.toLowerCase().match(WORD) ?? [];
  if (opensUnasserted(words)) return "mention";
  if (CONDITION_VERBS_FIRST.includes(words[0] ?? "") && clause.length === index) return "mention";
  const marker = sentence.slice(index, index + length);
  if (isUnderRuleModal(words, marker)) return "mention";
  const after = ownWords(clauseAfter(sentence.slice(index + length)));
  if (namesEarlierMeeting(after)) return "mention";
  if (isPlacedElsewhere(actWords(words), marker, after) || isToldOfLocalNegotiation(words)) return "mention";
  if (isJoinedToPlacedClause(sentence, index)) return "mention";
  return DISSENT_NOUN.test(marker) ? nounRecord(marker, clause, after) : "record";
}

/**
 * Whether the dissent at `index` is an act its own main clause places at another time or place: background the
 * writer tells ("I maj anmälde Seko oenighet", "Där reserverade sig Vision"), no party speaking at this meeting.
 * Not where a party says it ("Vision påminner om att förbundet i maj reserverade sig").
 */
export function isBackgroundAct(sentence: string, index: number, length: number): boolean {
  const words: readonly string[] = clauseBefore(sentence, index).toLowerCase().match(WORD) ?? [];
  if (words.includes("att")) return false;
  const after = ownWords(clauseAfter(sentence.slice(index + length)));
  return namesEarlierMeeting(after) || isPlacedElsewhere(words, sentence.slice(index, index + length), after);
}

/** The words of the act's own clause before dissent: after the last "att" ("påpekar att Vision vid …"). */
function actWords(words: readonly string[]): readonly string[] {
  const that = words.lastIndexOf("att");
  return that >= 0 ? words.slice(that + 1) : words;
}

/**
 * "Vid den lokala förhandlingen framförde Vision att förbundet inte kan godta …", "Vid inspektionen i mars
 * noterade inspektören att skyddsombuden och arbetsgivaren var oense …": a main clause placed at the local
 * negotiation or at another time or place (`dissent-placed.ts`) tells what was said there, its "att" clause that
 * occasion's dissent.
 */
function isToldOfLocalNegotiation(words: readonly string[]): boolean {
  const that = words.indexOf("att");
  if (that <= 0) return false;
  const main = words.slice(0, that);
  return namesLocalNegotiation(main) || isPlacedElsewhere(main, "", []);
}

/** The words after dissent up to a clause of its content ("… en protokollsanteckning om att X ska …"). */
function ownWords(after: string): string[] {
  const words = after.toLowerCase().match(WORD) ?? [];
  const content = words.findIndex((word) => CONTENT_OPENERS.includes(word));
  return content >= 0 ? words.slice(0, content) : words;
}

/** "reserverade sig vid förra mötet", "… tidigare": the clause after dissent dates it to another meeting. */
function namesEarlierMeeting(after: readonly string[]): boolean {
  if (after[0] === "tidigare") return true;
  // "… och hänvisar till sin reservation vid förra mötet": a verb joined by "och" opens another clause.
  const joined = after.indexOf("och");
  const own = after.slice(0, Math.min(joined >= 0 ? joined : after.length, EARLIER_REACH));
  return own.some((word, i) => EARLIER_WORDS.includes(word) && TIME_PREPOSITIONS.includes(own[i - 1] ?? ""));
}

/**
 * "Våren 2023 avslutades förhandlingen i oenighet, och Vision lämnade en protokollsanteckning": a clause joined by
 * "och" after a comma shares the time the sentence's first clause opens with.
 */
function isJoinedToPlacedClause(sentence: string, index: number): boolean {
  const comma = sentence.indexOf(",");
  if (comma < 0 || comma >= index || !JOINED.test(sentence.slice(comma, index))) return false;
  const first = sentence.slice(0, comma).toLowerCase().match(WORD) ?? [];
  return opensWithOtherTime(first);
}
const JOINED = /^,\s*och\s/;

const WORD = /[\p{L}\p{N}]+/gu;
/** A word as written, with a genitive's colon ("SSR:s"). */
const WRITTEN_WORD = /[\p{L}\p{N}:]+/gu;
const DISSENT_NOUN = new RegExp(`^(?:${DISSENT_NOUNS})`, "iu");
const DEFINITE = /(?:en|na)$/iu;
const NEGATION = /^(?:inte|ej|icke)\s/i;
/** A capitalised genitive ("Visions", "SSR:s", "Kommunals"): the dissent's owner inside its phrase. */
const GENITIVE = /^\p{Lu}[\p{L}\p{N}]*(?::s|s)$/u;
/** How a definite noun ends: "protokollet", "underlaget", "frågan", "nivån", "handlingarna". */
const NOUN_ENDING = /(?:et|en|na|an|ån)$/;
const CLAUSE_END = /[,;:()]|\s[–-]\s|\s(?:men|medan)\s/gi;

/** The text of the marker's clause before it: from the last comma, semicolon, colon, parenthesis, dash or "men". */
function clauseBefore(sentence: string, index: number): string {
  const before = sentence.slice(0, index);
  // "… förhandlingen om arbetstiden (delade turer) inom hemtjänsten avslutades …": a closed parenthesis inside
  // the clause is an insertion, no clause's end (blanked, its length kept, so that the clause is read around it).
  const read = before.includes(")")
    ? before.replace(INSERTION, (insertion) => " ".repeat(insertion.length))
    : before;
  let start = 0;
  CLAUSE_END.lastIndex = 0;
  for (let match = CLAUSE_END.exec(read); match; match = CLAUSE_END.exec(read))
    start = match.index + match[0].length;
  return before.slice(start);
}
const INSERTION = /\([^()]*\)/g;

/** The text of the clause after a marker: to the next comma, semicolon, colon, parenthesis, dash or "men". */
function clauseAfter(after: string): string {
  CLAUSE_END.lastIndex = 0;
  const end = CLAUSE_END.exec(after);
  return end ? after.slice(0, end.index) : after;
}

/**
 * A clause of a condition ("om", "för det fall att", at its start or after "att"), of what has not happened or
 * should not ("innan", "tills", "undvika att"), or of a question ("huruvida", "frågade om"): no record.
 */
function opensUnasserted(words: readonly string[]): boolean {
  const starts = [words[0] === "och" || words[0] === "men" ? 1 : 0];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (NOT_YET_WORDS.includes(word) && !(word === "tills" && words[i + 1] === "vidare")) return true;
    // "Förhandlingen i fråga om § 4 avslutas i oenighet": "i fråga om" is "concerning", no question asked.
    if (word === "om" && ASKING_VERBS.includes(words[i - 1] ?? "") && !isConcerning(words, i - 1))
      return true;
    if (word === "att") starts.push(i + 1);
  }
  return starts.some((start) => {
    const opening = words.slice(start, start + OPENER_LENGTH).join(" ");
    return CONDITION_OPENERS.some((opener) => opening === opener || opening.startsWith(`${opener} `));
  });
}

/** "i fråga om": the noun "fråga" after "i" at `at`, a preposition of topic. */
const isConcerning = (words: readonly string[], at: number) => words[at] === "fråga" && words[at - 1] === "i";

/**
 * "behöver inte vara överens", "får besluta utan att …": a modal governing the verb of the dissent, not one with
 * a noun for its object ("får sin avvikande mening antecknad"); "kan" only before another verb.
 */
function isUnderRuleModal(words: readonly string[], marker: string): boolean {
  const near = words.slice(-RULE_MODAL_REACH);
  const modal = near.findIndex((word) => RULE_MODALS.includes(word));
  if (modal >= 0) return !near.slice(modal + 1).some((word) => NOUN_DETERMINERS.includes(word));
  // "kan fattas utan att parterna är överens": a possibility of another verb; "kan (därför) inte godta" records.
  const [verb, last] = near;
  if (near.length < 2 || !POSSIBILITY_MODALS.includes(verb!) || NEGATION.test(marker)) return false;
  return !NOUN_DETERMINERS.includes(last!);
}

/** A determiner or an owner of the noun; a capitalised preposition opening the sentence ("Trots") is no genitive. */
function isInNounPhrase(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    NOUN_DETERMINERS.includes(lower) || (GENITIVE.test(word) && !MENTIONING_PREPOSITIONS.includes(lower))
  );
}

/**
 * How a dissent noun stands: recorded after a verb ("lämnar en protokollsanteckning", "avslutades i oenighet"),
 * mentioned inside another noun's phrase ("trots Visions reservation", "protokollet med Visions reservation"),
 * or, in the definite form, referring back: then only a union acting on it in the sentence records it ("Kommunal
 * ansluter sig till protokollsanteckningen"; not "Kommittén noterar reservationen"), unless it is held on.
 */
function nounRecord(marker: string, clause: string, after: readonly string[]): DissentRecord {
  const written = clause.match(WRITTEN_WORD) ?? [];
  let at = written.length - 1;
  while (at >= 0 && isInNounPhrase(written[at]!)) at--;
  const governing = (written[at] ?? "").toLowerCase();
  const definite = DEFINITE.test(marker);
  if (MENTIONING_PREPOSITIONS.includes(governing)) return "mention";
  if (definite && MENTIONING_BEFORE_DEFINITE.includes(governing)) return "mention";
  const recording = RECORDING_PREPOSITIONS.includes(governing);
  if (recording && opensClause(written, at - 1)) return "mention";
  // "att parterna inte hamnar i oenighet", "det inte längre råder oenighet": the verb governing it denied.
  const verb = recording ? at - 1 : at;
  const beforeVerb = written.slice(Math.max(0, verb - NEGATION_REACH), Math.max(0, verb));
  if (verb >= 0 && beforeVerb.some((word) => NEGATIONS.includes(word.toLowerCase()))) return "mention";
  // "en protokollsanteckning från Vision kan komma att lämnas", "oenighet kan uppstå": a case, not a record.
  if (
    after.slice(0, HELD_REACH).some((word) => RULE_MODALS.includes(word) || POSSIBILITY_MODALS.includes(word))
  )
    return "mention";
  if (!definite) return "record";
  // "Oenigheten (om schemat) kvarstår": held on within its clause.
  return after.slice(0, HELD_REACH).some((word) => HELD_AFTER.includes(word)) ? "record" : "agent";
}

/**
 * Whether the noun at `at` (and the chain of phrases it heads) opens its clause, before any verb: "Det lokala
 * protokollet med …", "Underlaget från enhetsnivån i …" (a subject's phrase), not "CSG avslutade punkten med …".
 */
function opensClause(written: readonly string[], at: number): boolean {
  let i = at;
  while (i >= 0) {
    const word = written[i]!.toLowerCase();
    if (!NOUN_ENDING.test(word) || NOT_NOUNS.includes(word)) return false;
    i--;
    // "det lokala", "den nya": an adjective after its article.
    if (i >= 1 && /[ae]$/.test(written[i]!) && ARTICLES.includes(written[i - 1]!.toLowerCase())) i -= 2;
    else if (i >= 0 && ARTICLES.includes(written[i]!.toLowerCase())) i--;
    if (i < 0) return true;
    if (!PHRASE_PREPOSITIONS.includes(written[i]!.toLowerCase())) return false;
    i--;
  }
  return false;
}
