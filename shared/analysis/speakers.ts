import { EMPLOYER, type OrgId } from "../model/meeting";
import { findParties, LATIN_LETTER } from "./parties";
import {
  GIVING_VERBS,
  OBJECT_PREPOSITIONS,
  PARTICLE_VERBS,
  PASSIVE_SAYING,
  REPRESENTATIVE_ENDINGS,
  REPRESENTATIVE_NOUNS,
  SAID_NOUNS,
  SAYING_VERBS,
  STANCE_WORDS,
} from "./words/saying";

/** The speaker grammar: which of the parties named in a sentence speak, and where their statement starts. */
const VERB_FORMS = new Set(SAYING_VERBS);
const STANCE = new Set(STANCE_WORDS);
const GIVE = new Set(GIVING_VERBS);
const SAID = new Set(SAID_NOUNS);
const PASSIVE = new Set(PASSIVE_SAYING);
const OBJECT = new Set(OBJECT_PREPOSITIONS);
const REPRESENTATIVE = new RegExp(
  `^(?:${REPRESENTATIVE_NOUNS.join("|")})(?:${REPRESENTATIVE_ENDINGS.join("|")})?$`,
);

interface Token {
  word: string;
  start: number;
}

const W = LATIN_LETTER;
const TOKEN = new RegExp(`[${W}][${W}-]*|[.,;:!?–]`, "g");
const TOKEN_UNICODE = /[\p{L}\p{N}][\p{L}\p{N}-]*|[.,;:!?–]/gu;

/** Lower-case words and punctuation with their offsets (see `LATIN_LETTER` for why it is lower-cased first). */
function tokens(text: string): Token[] {
  const lower = text.toLowerCase();
  const sameLength = lower.length === text.length;
  const result: Token[] = [];
  for (const match of (sameLength ? lower : text).matchAll(sameLength ? TOKEN : TOKEN_UNICODE)) {
    result.push({ word: sameLength ? match[0] : match[0].toLowerCase(), start: match.index ?? 0 });
  }
  return result;
}

/** Whether the word at `index` (with what follows) is a verb of saying. */
function isSayingAt(words: readonly Token[], index: number): boolean {
  const word = words[index]?.word;
  if (!word) return false;
  if (VERB_FORMS.has(word) || STANCE.has(word)) return true;
  const particles = PARTICLE_VERBS[word];
  if (particles) return particles.includes(words[index + 1]?.word ?? "");
  if (GIVE.has(word)) {
    for (let k = index + 1; k <= index + 4 && k < words.length; k++) {
      if (SAID.has(words[k]!.word)) return true;
    }
  }
  return false;
}

const PUNCTUATION = /^[.,;:!?–]$/;
/** How many words may stand between a party and its verb: "Kommunal har tidigare tagit upp", "VC BUF stämmer in". */
const AFTER_WINDOW = 4;
export interface Speaker {
  orgs: OrgId[];
  /** Where the statement begins: at the party, or at the sentence start when the party follows its verb. */
  start: number;
}

/**
 * The speakers of one sentence, in order. A party speaks when a verb of saying follows it within a few words
 * ("SSR menar", "Kommunal har tidigare tagit upp"), when it directly follows such a verb ("…, menar SSR",
 * "Vidare menar arbetsgivaren") or when it is coordinated with a speaker ("Kommunal och Vision menar").
 */
export function findSpeakers(sentence: string, parties = findParties(sentence)): Speaker[] {
  if (parties.length === 0) return [];
  const words = tokens(sentence);
  const firstWordAt = (offset: number) => {
    let low = 0;
    let high = words.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (words[mid]!.start < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  const speaking: boolean[] = parties.map(() => false);
  const inverted: boolean[] = parties.map(() => false);
  for (let p = parties.length - 1; p >= 0; p--) {
    const party = parties[p]!;
    const before = firstWordAt(party.start) - 1;
    const after = firstWordAt(party.end);
    const nextParty = parties[p + 1];
    const previousWord = words[before]?.word;
    // "Enligt Vision saknas …": the party's view, from the sentence start.
    if (previousWord === "enligt") {
      speaking[p] = true;
      inverted[p] = true;
      continue;
    }
    // "Representanten för Kommunal framförde …": the party speaks through its representative.
    const representative = previousWord === "för" && REPRESENTATIVE.test(words[before - 1]?.word ?? "");
    if (previousWord === "från") {
      const passive = [words[before - 1], words[after], words[after + 1]].some(
        (token) => token !== undefined && PASSIVE.has(token.word),
      );
      if (passive) {
        speaking[p] = true;
        inverted[p] = true;
      }
      continue;
    }
    if (previousWord && OBJECT.has(previousWord) && !representative) continue;
    if (before >= 0 && isSayingAt(words, before)) {
      speaking[p] = true;
      inverted[p] = true;
      continue;
    }
    if (nextParty && speaking[p + 1]) {
      const between = sentence.slice(party.end, nextParty.start);
      if (/^\s*(?:,|och|samt)\s*$/.test(between) || /^\s*,\s*(?:och|samt)\s*$/.test(between)) {
        speaking[p] = true;
        continue;
      }
    }
    for (let k = after; k < after + AFTER_WINDOW && k < words.length; k++) {
      const token = words[k]!;
      if (PUNCTUATION.test(token.word) || (nextParty && token.start >= nextParty.start)) break;
      if (isSayingAt(words, k)) {
        speaking[p] = true;
        inverted[p] = representative;
        break;
      }
    }
  }
  const speakers: Speaker[] = [];
  for (let p = 0; p < parties.length; p++) {
    if (!speaking[p]) continue;
    const party = parties[p]!;
    const previous = speakers[speakers.length - 1];
    const coordinated =
      previous &&
      p > 0 &&
      speaking[p - 1] &&
      /^\s*(?:,|och|samt|,\s*och)\s*$/.test(sentence.slice(parties[p - 1]!.end, party.start));
    if (coordinated && previous) {
      if (!previous.orgs.includes(party.org)) previous.orgs.push(party.org);
      continue;
    }
    speakers.push({ orgs: [party.org], start: inverted[p] ? 0 : party.start });
  }
  return speakers;
}

/** "SSR: …", "Kommunal tycker …": a paragraph opening with a union is that union's contribution. */
export function openingUnion(paragraph: string, parties = findParties(paragraph)): OrgId | null {
  const first = parties[0];
  if (!first || first.org === EMPLOYER) return null;
  const lead = paragraph.slice(0, first.start);
  if (!/^(?:(?:de|både)\s+)?$/i.test(lead)) return null;
  const rest = paragraph.slice(first.end);
  if (/^\s*[:]\s*\S/.test(rest)) return first.org;
  return /^\s+\p{Ll}/u.test(rest) ? first.org : null;
}
