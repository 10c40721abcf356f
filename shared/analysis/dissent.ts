import { isBackgroundAct, recordOf } from "./dissent-record";
import { isPersonName } from "./justering";
import { isAttachmentCaption } from "./labels";
import { matchesOf } from "./matches";
import {
  ACT_WORDS,
  AGREEMENT,
  AGREEMENT_OUTCOMES,
  BARE_ITEM_POINTER,
  CAUSE_OPENERS,
  CONCESSIVE,
  DASH_NOTE_TAIL,
  DENIAL_FRAME,
  DENIED_AGREEMENT,
  DISSENT_DENIED_AFTER,
  DISSENT_WORDS,
  EARLIER_WORDS,
  ELSEWHERE_CLAUSE,
  EMPTY_FIELD,
  FORUM_DETERMINERS,
  FORUM_NOUNS,
  GENERIC_DISSENTERS,
  HELD_VIEW_WORDS,
  HYPOTHETICAL_REACH,
  HYPOTHETICAL_WORDS,
  ITEM_POINTER,
  NEEDS_UNION,
  NEGATED_FRAME_WORDS,
  NEGATION_REACH,
  NEGATIONS,
  NONE_REACH,
  NONE_WORDS,
  NOT_REACH,
  NOT_WORDS,
  NOTE_LABEL,
  NOTE_WELCOME,
  POSSIBILITY_REACH,
  POSSIBILITY_WORDS,
  POSSIBLE_WORDS,
  RELATIVE_REACH,
  REPORT_SOURCE,
  REPORT_SOURCE_REACH,
  REPORTED_FROM_WORDS,
  REQUEST_REACH,
  REQUEST_VERBS,
  RESOLVED_AFTER,
  SHARES_VIEW,
  SIGNER_NOTE_TAIL,
  SIGNING_OPENER,
  STANCE_AFTER_DENIAL,
  TIME_PREPOSITIONS,
  VIEW_HELD,
  WEIGHED_REACH,
  WEIGHED_WORDS,
  WITHDRAWN_BEFORE,
} from "./words/dissent";

/** Where a sentence records dissent, and whether a union must be named for it to count. */
export interface DissentMarker {
  text: string;
  index: number;
  /** "reservation", "protokollsanteckning": a caveat unless a union makes it. */
  needsUnion: boolean;
  /** "vidhåller sin inställning": a held view, dissent only where the sentence records it in no other words. */
  restates: boolean;
  /** "delar inte": dissent only with the employer's view, not another union's. */
  sharesView: boolean;
  /** "noterar reservationen": a definite noun refers back; dissent only of a union the sentence names acting. */
  needsAgent: boolean;
}

const edge = (source: string) => `(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`;
const DISSENT = new RegExp(edge([...DISSENT_WORDS, ...HELD_VIEW_WORDS].join("|")), "giu");
const HOLDS_WITH = /h(?:åller|öll|ållit)\s+(?:(?:inte|ej)\s+)?med/i;
const HOLDS = new RegExp(`^(?:${HELD_VIEW_WORDS.join("|")})$`, "iu");
const HELD_CONTENT = /\satt$/i;
const SHARES = new RegExp(edge(SHARES_VIEW), "iu");
const DENIED = new RegExp(edge(DENIED_AGREEMENT.join("|")), "iu");
const AGREES = new RegExp(edge(AGREEMENT), "iu");
const NEEDS = new RegExp(NEEDS_UNION, "i");
const HELD = new RegExp(edge(VIEW_HELD), "iu");
const WELCOMES = new RegExp(edge(NOTE_WELCOME), "iu");
const STANCE = new RegExp(STANCE_AFTER_DENIAL, "iu");
const EMPTY = new RegExp(EMPTY_FIELD, "iu");
const RESOLVED = new RegExp(RESOLVED_AFTER, "iu");
const DENIED_AFTER = new RegExp(DISSENT_DENIED_AFTER, "iu");
const CAUSE = new RegExp(`^\\W*(?:${CAUSE_OPENERS.join("|")})\\s[^,;]*$`, "iu");
const ELSEWHERE = new RegExp(ELSEWHERE_CLAUSE, "i");
const POINTER = new RegExp(ITEM_POINTER, "gi");
const BARE_POINTER = new RegExp(BARE_ITEM_POINTER, "iu");
const SIGNED = new RegExp(SIGNING_OPENER, "iu");
const SIGNER_NOTE = new RegExp(SIGNER_NOTE_TAIL, "iu");
const DASH_NOTE = new RegExp(DASH_NOTE_TAIL, "iu");
const FRAMED = new RegExp(DENIAL_FRAME, "iu");
const NOTE_LABELLED = new RegExp(NOTE_LABEL, "iu");
// A cheap test before the patterns run: "oeni", "oense", "reserv", "protokollsanteckn", "kvarst", "motsä",
// "motsatt", "avstyrk", "enig", "ense", "överens", "enats", "enas", "enades", "delar", "delade", "delas", "accepter",
// "godt", "godk", "tillstyrk", "stöd", "bakom", "avvikande", "avslag", "avvisa", "nej", "emot", "vidhåll",
// "vidhöll", "vänder sig mot", "fast vid", "kvar vid", "protester", "avstånd", "annan upp", "ansl", "fullgjord", "genomförd",
// "fullständig", "avslås", "röstade emot", "vägra", "strand", "bröt samman", "håller inte med". Grouped by first letter (in the same order within a group): an alternation of thirty words is
// otherwise tried word by word at every character of a paragraph.
const MAY_DISSENT =
  /o(?:eni|ense)|reserv|p(?:rotokollsanteckn|rotester)|kvar(?:st|\s+vid)|mots(?:ä|att)|a(?:vstyrk|ccepter|vvikande|vsl(?:ag|ås)|vvisa|vstånd|nnan\s+(?:upp|bedöm)|nsl)|e(?:nig|nse|nats|nas|nades|mot)|överens|del(?:ar|ade|as|ades)|god[tk]|tillstyrk|stöd|bakom|nej|v(?:idh(?:åll|öll)|än(?:der|de|t)\s+(?:sig|oss|mig)\s+e?mot)|f(?:ast\s+vid|ullgjord|ullständig)|genomförd|röst(?:ar|ade|at)\s+(?:emot|nej)|vägra|strand|(?:bröt|brutit)\s+samman|h(?:åller|öll|ållit)\s+(?:inte|ej)\s+med|(?:inte|ej)\s+h(?:åller|öll)\s+med/i;

// toLowerCase: Swedish has no casing of its own, and the locale's is several times slower on this hot path.
const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Whether dissent at `index` stands in a condition or a rule: "vid oenighet", "Om parterna inte enas, …",
 * "Förbund som anmäler oenighet …".
 */
function isHypothetical(sentence: string, index: number, length: number, before: readonly string[]): boolean {
  if (isAlternative(before)) return true;
  const near = before.slice(-HYPOTHETICAL_REACH);
  // "även om vi inte är överens" concedes what it states: no condition, unless a rule's right or possibility
  // frames it ("Arbetsgivaren får besluta även om facket är emot"): then it is "even if", a case.
  for (let i = before.length - near.length; i < before.length; i++) {
    const word = before[i]!;
    if (!HYPOTHETICAL_WORDS.includes(word)) continue;
    if (!(word === "om" && before[i - 1] === CONCESSIVE)) return true;
    if (isFramedByPossibility(before.slice(0, i - 1), sentence.slice(index + length))) return true;
  }
  const som = near.lastIndexOf("som");
  if (som >= 0 && GENERIC_DISSENTERS.includes(before[before.length - near.length + som - 1] ?? ""))
    return true;
  return FRAMED.test(sentence.slice(0, index));
}

/**
 * "kan avslutas i enighet eller i oenighet", "oavsett enighet eller oenighet": dissent as the other of two
 * outcomes, a rule or a case, not a record (blind 27's fact box).
 */
function isAlternative(before: readonly string[]): boolean {
  const or =
    before.at(-1) === "eller" ? before.length - 1 : before.at(-2) === "eller" ? before.length - 2 : -1;
  if (or < 0 || (or === before.length - 2 && before.at(-1) !== "i")) return false;
  return AGREEMENT_OUTCOMES.includes(before[or - 1] ?? "");
}

/** Whether the main clause around an "även om" clause states a right or a possibility ("får", "har rätt att"). */
function isFramedByPossibility(beforeConcession: readonly string[], afterDissent: string): boolean {
  const after = wordsOf(afterDissent).slice(0, POSSIBILITY_REACH);
  return [...beforeConcession, ...after].some((word) => POSSIBILITY_WORDS.includes(word));
}

/** Where contrasted clauses part: "Vision tillstyrker men Kommunal avstyrker", "… medan …", ";". */
// One space on each side (a run of spaces before "men" would otherwise be tried from each of its spaces).
const CONTRAST = /;|,?\s(?:men|medan)\s/gi;

/**
 * The clause of a sentence that holds its text from `start` to `end` (a dissent marker), between the
 * contrasts around it ("Vision tillstyrker förslaget men Kommunal avstyrker" → "Kommunal avstyrker.").
 */
export function contrastClause(sentence: string, start: number, end: number): { start: number; end: number } {
  const clause = { start: 0, end: sentence.length };
  if (!sentence.includes(";") && !/\s(?:men|medan)\s/i.test(sentence)) return clause;
  for (const contrast of matchesOf(CONTRAST, sentence)) {
    const after = contrast.index + contrast[0].length;
    if (after <= start) clause.start = after;
    else if (contrast.index >= end) {
      clause.end = contrast.index;
      break;
    }
  }
  return clause;
}

/** Dissent resolved after it or withdrawn before it (an earlier meeting named after it: `dissent-record.ts`). */
function isResolved(rest: string, before: readonly string[]): boolean {
  if (before.slice(-WEIGHED_REACH).some((word) => WITHDRAWN_BEFORE.includes(word))) return true;
  return RESOLVED.test(rest);
}

/** "kan reservera sig", "kan lämna en protokollsanteckning": a possibility right before the dissent's act. */
function isPossible(before: readonly string[]): boolean {
  const [third, second, last] = before.slice(-3);
  if (POSSIBLE_WORDS.includes(last ?? "")) return true;
  if (POSSIBLE_WORDS.includes(second ?? "") && ACT_WORDS.includes(last ?? "")) return true;
  return POSSIBLE_WORDS.includes(third ?? "") && ACT_WORDS.includes(second ?? "");
}

/** Whether dissent at `index` is denied: "ingen" a little before it, "inte" just before or just after it. */
function isDenied(sentence: string, index: number, length: number): boolean {
  const before = wordsOf(sentence.slice(0, index));
  if (
    isHypothetical(sentence, index, length, before) ||
    isMentionedElsewhere(sentence, index, length, before)
  )
    return true;
  if (before.slice(-WEIGHED_REACH).some((word) => WEIGHED_WORDS.includes(word)) || isPossible(before))
    return true;
  if (EMPTY.test(sentence.slice(index + length))) return true;
  if (isResolved(sentence.slice(index + length), before)) return true;
  // "vidhåller att beslutet inte bör fattas": a negation in the content of a held view is the view's own.
  const after = HELD_CONTENT.test(sentence.slice(index, index + length))
    ? []
    : wordsOf(sentence.slice(index + length)).slice(0, NOT_REACH);
  // "Vision har inget att invända, men Kommunal reserverar sig": a denial reaches no further than its clause.
  const clauseStart = contrastClause(sentence, index, index + length).start;
  const inClause = clauseStart === 0 ? before : wordsOf(sentence.slice(clauseStart, index));
  if (inClause.slice(-NONE_REACH).some((word) => NONE_WORDS.includes(word))) return true;
  return (
    withoutNegatedFrame(before)
      .slice(-NOT_REACH)
      .some((word) => NOT_WORDS.includes(word)) || after.some((w) => NOT_WORDS.includes(w))
  );
}

/** "inte är föremål för oenighet": the words before the dissent without the copula's frame after the negation. */
function withoutNegatedFrame(before: readonly string[]): readonly string[] {
  let end = before.length;
  while (end > 0 && NEGATED_FRAME_WORDS.includes(before[end - 1]!)) end--;
  return end === before.length ? before : before.slice(0, end);
}

/**
 * "Protokollsanteckning från Vision: Vision välkomnar …", "Vision ställer sig bakom flytten och lämnar en
 * protokollsanteckning": a note in a sentence that welcomes is no dissent.
 */
const isWelcomingNote = (sentence: string, marker: string) => NEEDS.test(marker) && WELCOMES.test(sentence);

/** "Protokollsanteckning: Seko begär att …": a labelled note whose content asks for something is no dissent. */
function isRequestingNote(sentence: string, marker: string): boolean {
  const label = NEEDS.test(marker) ? NOTE_LABELLED.exec(sentence) : null;
  if (!label) return false;
  const content = wordsOf(sentence.slice(label[0].length)).slice(0, REQUEST_REACH);
  return content.some((word) => REQUEST_VERBS.includes(word));
}

/**
 * Whether dissent at `index` is mentioned, not recorded by this meeting: in a note pointing at its item
 * ("Maria Lund, Kommunal (oenighet under § 1)") or on how a signer signed ("Justerat …, med oenighet"), of an earlier meeting or another forum ("tidigare", ", där
 * Seko anmälde oenighet"), or as the reason for what may follow ("Eftersom … i oenighet kan Vision …").
 */
function isMentionedElsewhere(
  sentence: string,
  index: number,
  length: number,
  before: readonly string[],
): boolean {
  if (sentence.includes("(")) {
    for (const pointer of matchesOf(POINTER, sentence)) {
      if (pointer.index < index && index < pointer.index + pointer[0].length) return true;
    }
  }
  if (SIGNED.test(sentence) || BARE_POINTER.test(sentence) || isSignerNote(sentence)) return true;
  if (isJoinedPointer(sentence, index)) return true;
  if (isDashNote(sentence, index)) return true;
  if (isQuotedPointer(sentence, index)) return true;
  if (isReportedFromDocument(before)) return true;
  const clause = sentence.slice(0, index);
  if (before.some((word) => EARLIER_WORDS.includes(word)) || ELSEWHERE.test(clause)) return true;
  if (isForumRelative(before)) return true;
  if (!CAUSE.test(clause)) return false;
  const after = wordsOf(sentence.slice(index + length)).slice(0, POSSIBILITY_REACH);
  return after.some((word) => POSSIBILITY_WORDS.includes(word));
}

/**
 * "Hon skriver ”oenighet under § 2” vid sin signatur": a quote that is a note pointing at its item, as a signer
 * writes it, tells how one will sign or signed, no record of its own (the item records the dissent); so does a
 * quoted note of the signing ("Eva Ek, ST, 2026-03-02, ”justerat med hänvisning till reservationen i punkt 3”").
 */
function isQuotedPointer(sentence: string, index: number): boolean {
  if (!/["”“]/.test(sentence)) return false;
  return matchesOf(QUOTED, sentence).some(
    (quote) =>
      quote.index < index &&
      index < quote.index + quote[0].length &&
      (BARE_POINTER.test(quote[1]!) || SIGNED.test(quote[1]!)),
  );
}

/** "Dekan  Saco-S-rådet  ST – oenighet ärende 4": dissent in a dash's note ending the line, pointing at its item. */
function isDashNote(sentence: string, index: number): boolean {
  const note = sentence.includes("–") || sentence.includes(" - ") ? DASH_NOTE.exec(sentence) : null;
  return note !== null && note.index < index;
}
const QUOTED = /["”“]([^"”“]{1,80})["”“]/g;

/**
 * "… vid den förhandling som hölls den 3 april, och som avslutades i oenighet": dissent in a relative clause on a
 * meeting the sentence names after a preposition describes that meeting, not this one's record.
 */
function isForumRelative(before: readonly string[]): boolean {
  const relative = before.lastIndexOf("som");
  if (relative < 0 || before.length - relative > RELATIVE_REACH) return false;
  for (let i = relative - 1; i > 0; i--) {
    if (!FORUM_NOUNS.includes(before[i]!)) continue;
    const preceding = FORUM_DETERMINERS.includes(before[i - 1]!) ? before[i - 2] : before[i - 1];
    if (TIME_PREPOSITIONS.includes(preceding ?? "")) return true;
  }
  return false;
}

/**
 * "Verksamhetschef Akademikerförbundet SSR Oenighet § 3": a signature grid's note row joined to the row above it,
 * the pointer's capital inside the line telling where its own line began (a sentence writes "oenighet").
 */
function isJoinedPointer(sentence: string, index: number): boolean {
  const first = sentence.charCodeAt(index);
  return index > 0 && first >= 65 && first <= 90 && BARE_POINTER.test(sentence.slice(index));
}

/**
 * "Roger Berg, skyddsombud med reservation under § 4", "för Vision med oenighet punkt 2": a name's line (a person
 * before its first comma, or a party's "för X") ending in a note pointing at its items, however its lines were
 * joined. A sentence whose subject acts ("Vision avslutade med reservation …") opens with no name.
 */
function isSignerNote(sentence: string): boolean {
  const note = sentence.includes(" med ") ? SIGNER_NOTE.exec(sentence) : null;
  if (!note) return false;
  const line = sentence.slice(0, note.index).trim();
  return /^för\s/i.test(line) || isPersonName(line.split(",")[0]!);
}

/**
 * "Av det lokala protokollet framgår att Vision anmälde oenighet", "Det framgår av skrivelsen att …": a document's
 * content reported (the report's verb with its source before the dissent); the dissent was recorded there.
 */
function isReportedFromDocument(before: readonly string[]): boolean {
  const report = before.findIndex((word) => REPORTED_FROM_WORDS.includes(word));
  if (report < 0) return false;
  // "framgår att …" after its source, or "framgår av X att …": the content opens with "att" (a quote after a colon,
  // "framgår följande: ”…”", is the quoted party's record, `speakers.ts`).
  if (before[report + 1] === "att") return before.slice(0, report).includes(REPORT_SOURCE);
  return (
    before[report + 1] === REPORT_SOURCE &&
    before.slice(report + 2, report + 2 + REPORT_SOURCE_REACH).includes("att")
  );
}

/** Whether a text may record dissent or agreement at all: a cheap test before the sentences are read. */
export function mayDissent(text: string): boolean {
  return MAY_DISSENT.test(text);
}

const MAY_DISSENT_ALL = new RegExp(MAY_DISSENT.source, "gi");

/** Where in a paragraph dissent or agreement may stand: read once, then each sentence looks up its own. */
export function dissentHints(text: string): number[] {
  return matchesOf(MAY_DISSENT_ALL, text).map((match) => match.index);
}

/**
 * "Invändningen kvarstår", not "Den ståndpunkten kvarstår inte (längre)": a view held on unless the words
 * right after it deny that it stands.
 */
function heldOn(sentence: string): RegExpExecArray | null {
  const held = HELD.exec(sentence);
  if (!held) return null;
  const after = wordsOf(sentence.slice(held.index + held[0].length)).slice(0, NEGATION_REACH);
  return after.some((word) => NEGATIONS.includes(word)) ? null : held;
}

/**
 * The dissent a sentence records, or null: its first marker that is not denied. Callers test `mayDissent`
 * first (per paragraph or sentence), so this runs only where dissent may be.
 */
export function findDissent(sentence: string): DissentMarker | null {
  const deniedAgreement = DENIED.exec(sentence);
  const denied = deniedAgreement ?? (sentence.includes("kvarst") ? heldOn(sentence) : null);
  const candidates: DissentMarker[] = [];
  const deniedBefore = denied ? wordsOf(sentence.slice(0, denied.index)) : [];
  if (
    denied &&
    recordOf(sentence, denied.index, denied[0].length) === "record" &&
    !isHypothetical(sentence, denied.index, denied[0].length, deniedBefore) &&
    !isMentionedElsewhere(sentence, denied.index, denied[0].length, deniedBefore) &&
    !DENIED_AFTER.test(sentence.slice(denied.index + denied[0].length))
  ) {
    candidates.push({
      text: denied[0],
      index: denied.index,
      // "X håller inte med": a person's verb; dissent only where a union (or a union's own "vi") says it.
      needsUnion: HOLDS_WITH.test(denied[0]),
      restates: deniedAgreement === null,
      sharesView: SHARES.test(denied[0]),
      needsAgent: false,
    });
  }
  for (const match of matchesOf(DISSENT, sentence)) {
    const index = match.index;
    if (isDenied(sentence, index, match[0].length)) continue;
    const record = recordOf(sentence, index, match[0].length);
    if (record === "mention") continue;
    if (isWelcomingNote(sentence, match[0]) || isRequestingNote(sentence, match[0])) continue;
    if (NEEDS.test(match[0]) && isAttachmentCaption(sentence)) continue;
    const restates = HOLDS.test(match[0]);
    candidates.push({
      text: match[0],
      index,
      needsUnion: NEEDS.test(match[0]),
      restates,
      sharesView: false,
      needsAgent: record === "agent",
    });
    if (!restates) break;
  }
  candidates.sort((a, b) => a.index - b.index);
  // A held view restates only where the sentence records the dissent in no other words.
  return candidates.find((marker) => !marker.restates) ?? candidates[0] ?? null;
}

/**
 * Where a note's quoted text opens when it records dissent of its own: "Vision lämnar följande
 * protokollsanteckning: ”Vision står inte bakom …”" records the note and, in its words, the dissent; -1 otherwise.
 */
export function quotedDissentStart(sentence: string): number {
  const quote = NOTE_QUOTE.exec(sentence);
  if (!quote) return -1;
  const opening = quote.index + quote[0].length;
  const line = sentence.slice(0, quote.index);
  const content = sentence.slice(opening);
  if (!mayDissent(line) || !mayDissent(content)) return -1;
  return findDissent(line) && findDissent(content) ? opening : -1;
}
const NOTE_QUOTE = /:\s*["”“]/;

/**
 * Whether a sentence only tells dissent of another time or place, the act its main clause ("I februari anmälde
 * Seko oenighet …", "Där kunde parterna inte enas"): its party does not speak at this meeting, so the sentence is no statement of it.
 */
export function tellsDissentElsewhere(sentence: string): boolean {
  // "Där kunde parterna inte enas, och …": denied agreement placed there is told as the act is.
  const denied = DENIED.exec(sentence);
  const told =
    (denied !== null && isBackgroundAct(sentence, denied.index, denied[0].length)) ||
    matchesOf(DISSENT, sentence).some((match) => isBackgroundAct(sentence, match.index, match[0].length));
  return told && !findDissent(sentence);
}

/**
 * Whether a sentence records agreement or a party's support of the proposal ("Kommunal ställer sig bakom
 * förslaget", "Unionen välkomnar …"), without dissent: its parties are none of a paragraph's dissenters.
 */
export function isSupport(sentence: string): boolean {
  return isAgreement(sentence) || (WELCOMES.test(sentence) && !findDissent(sentence));
}

/**
 * Whether a sentence records agreement rather than a stand: "Arbetsgivaren och Vision är eniga", "i enighet",
 * or denied dissent ("Seko är inte oense").
 */
export function isAgreement(sentence: string): boolean {
  if (!MAY_DISSENT.test(sentence) || findDissent(sentence)) return false;
  if (AGREES.test(sentence)) return true;
  for (const match of matchesOf(DISSENT, sentence)) {
    const end = match.index + match[0].length;
    if (isDenied(sentence, match.index, match[0].length)) return !STANCE.test(sentence.slice(end));
  }
  return false;
}
