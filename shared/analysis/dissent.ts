import { matchesOf } from "./matches";
import {
  AGREEMENT,
  CONDITION_OPENERS,
  DENIED_AGREEMENT,
  DISSENT_WORDS,
  GENERIC_DISSENTERS,
  HYPOTHETICAL_REACH,
  HYPOTHETICAL_WORDS,
  NEEDS_UNION,
  NONE_REACH,
  NONE_WORDS,
  NOT_REACH,
  NOT_WORDS,
  NOTE_LABEL,
  NOTE_WELCOME,
  VIEW_HELD,
} from "./words/dissent";

/** Where a sentence records dissent, and whether a union must be named for it to count. */
export interface DissentMarker {
  text: string;
  index: number;
  /** "reservation", "protokollsanteckning": a caveat unless a union makes it. */
  needsUnion: boolean;
}

const edge = (source: string) => `(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`;
const DISSENT = new RegExp(edge(DISSENT_WORDS.join("|")), "giu");
const DENIED = new RegExp(edge(DENIED_AGREEMENT.join("|")), "iu");
const AGREES = new RegExp(edge(AGREEMENT), "iu");
const NEEDS = new RegExp(NEEDS_UNION, "i");
const HELD = new RegExp(edge(VIEW_HELD), "iu");
const LABEL_OF_NOTE = new RegExp(NOTE_LABEL, "iu");
const WELCOMES = new RegExp(edge(NOTE_WELCOME), "iu");
const CONDITION = new RegExp(`^\\W*(?:${CONDITION_OPENERS.join("|")})\\s[^,;]*$`, "iu");
// A cheap test before the patterns run.
const MAY_DISSENT =
  /oeni|oense|reserv|protokollsanteckn|kvarst|motsä|motsatt|avstyrk|enig|ense|överens|enats|enas|enades|delar|delade|accepter|godt|godk|tillstyrk|stöd|bakom|avvikande|avslag|nej|emot|vidhåll|vidhöll|fast\s+vid/i;

const wordsOf = (text: string) => text.toLocaleLowerCase("sv").match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Whether dissent at `index` stands in a condition or a rule: "vid oenighet", "Om parterna inte enas, …",
 * "Förbund som anmäler oenighet …".
 */
function isHypothetical(sentence: string, index: number, before: readonly string[]): boolean {
  const near = before.slice(-HYPOTHETICAL_REACH);
  if (near.some((word) => HYPOTHETICAL_WORDS.includes(word))) return true;
  const som = near.lastIndexOf("som");
  if (som >= 0 && GENERIC_DISSENTERS.includes(before[before.length - near.length + som - 1] ?? ""))
    return true;
  return CONDITION.test(sentence.slice(0, index));
}

/** Whether dissent at `index` is denied: "ingen" a little before it, "inte" just before or just after it. */
function isDenied(sentence: string, index: number, length: number): boolean {
  const before = wordsOf(sentence.slice(0, index));
  if (isHypothetical(sentence, index, before)) return true;
  const after = wordsOf(sentence.slice(index + length)).slice(0, NOT_REACH);
  if (before.slice(-NONE_REACH).some((word) => NONE_WORDS.includes(word))) return true;
  return (
    before.slice(-NOT_REACH).some((word) => NOT_WORDS.includes(word)) ||
    after.some((w) => NOT_WORDS.includes(w))
  );
}

/** "Protokollsanteckning från Vision: Vision välkomnar …": a note that welcomes is no dissent. */
const isWelcomingNote = (sentence: string, index: number, marker: string) =>
  index === 0 &&
  NEEDS.test(marker) &&
  LABEL_OF_NOTE.test(sentence.slice(marker.length)) &&
  WELCOMES.test(sentence);

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
 * The dissent a sentence records, or null: its first marker that is not denied. Callers test `mayDissent`
 * first (per paragraph or sentence), so this runs only where dissent may be.
 */
export function findDissent(sentence: string): DissentMarker | null {
  const denied = DENIED.exec(sentence) ?? (sentence.includes("kvarst") ? HELD.exec(sentence) : null);
  const candidates: DissentMarker[] = [];
  if (denied && !isHypothetical(sentence, denied.index, wordsOf(sentence.slice(0, denied.index)))) {
    candidates.push({ text: denied[0], index: denied.index, needsUnion: false });
  }
  for (const match of matchesOf(DISSENT, sentence)) {
    const index = match.index;
    if (isDenied(sentence, index, match[0].length)) continue;
    if (isWelcomingNote(sentence, index, match[0])) continue;
    candidates.push({ text: match[0], index, needsUnion: NEEDS.test(match[0]) });
    break;
  }
  candidates.sort((a, b) => a.index - b.index);
  return candidates[0] ?? null;
}

/**
 * Whether a sentence records agreement rather than a stand: "Arbetsgivaren och Vision är eniga", "i enighet",
 * or denied dissent ("Seko är inte oense").
 */
export function isAgreement(sentence: string): boolean {
  if (!MAY_DISSENT.test(sentence) || findDissent(sentence)) return false;
  if (AGREES.test(sentence)) return true;
  for (const match of matchesOf(DISSENT, sentence)) {
    if (isDenied(sentence, match.index, match[0].length)) return true;
  }
  return false;
}
