import { ORGANISATIONS } from "../unions/catalogue";

/** A sentence of a paragraph and where it starts. */
export interface Sentence {
  text: string;
  start: number;
}

// Abbreviations whose full stop does not end a sentence, also the short forms of notes ("Oenighet m.
// Skolledarna", "klart v. 22", "reservation p. 4", "ev.", "inkl.", "avs.", "Sv. Lärare").
const ABBREVIATION =
  /(?:^|[\s(])(?:bl\.a|t\.ex|m\.fl|m\.m|p\.g\.a|d\.v\.s|dvs|osv|kl|ca|resp|sid|s|nr|jfr|enl|fr\.o\.m|t\.o\.m|o\.s\.v|ang|tel|st|f\.\s?d|m|p|v|sv|ev|inkl|exkl|avs)\.$/i;
/** The abbreviation test looks this far back from a full stop. */
const ABBREVIATION_REACH = 12;

/**
 * For each word of an organisation's name, the words before it in that name ("ssr" → "akademikerförbundet"):
 * a word of a name cut short with a full stop before the name's next word ("Akademikerförb. SSR",
 * "Fackförb. ST") is the name, whatever abbreviation the writer chose, not a sentence's end.
 */
let nameWordsBefore: Map<string, string[]> | null = null;
function wordsBefore(word: string): readonly string[] {
  if (nameWordsBefore === null) {
    nameWordsBefore = new Map();
    for (const org of ORGANISATIONS) {
      for (const name of [org.displayName, org.shortName, ...org.aliases]) {
        const words = name.toLowerCase().split(/\s+/);
        for (let k = 1; k < words.length; k++) {
          const list = nameWordsBefore.get(words[k]!) ?? [];
          list.push(words[k - 1]!);
          nameWordsBefore.set(words[k]!, list);
        }
      }
    }
  }
  return nameWordsBefore.get(word) ?? [];
}
/** A cut word is at least this long, so "s." or "v." stay what the abbreviation list says. */
const MIN_CUT_WORD = 3;
/** How far a word of a name reaches either side of the full stop. */
const NAME_WORD_REACH = 40;
const WORD_BEFORE_STOP = /(?:^|[^\p{L}])(\p{L}+)\.$/u;
const WORD_AFTER = /[\p{L}-]+/uy;
const WORD_OPENING = /^[\p{L}-]+/u;

/**
 * Whether the full stop ending `paragraph.slice(from, end)` cuts a word of the name whose next word opens the
 * paragraph at `next` (read no further than `NAME_WORD_REACH`). The next word is looked up first: most words are
 * no word of a name, and the pattern anchored at the stop, which tries every start before it, runs only where one is.
 */
function cutNameWord(paragraph: string, from: number, end: number, next: number): boolean {
  WORD_AFTER.lastIndex = next;
  const word = WORD_AFTER.exec(paragraph)?.[0];
  // A word running past the reach is read as cut there, as the slice the pattern once ran on cut it.
  const after =
    word !== undefined && word.length > NAME_WORD_REACH
      ? WORD_OPENING.exec(paragraph.slice(next, next + NAME_WORD_REACH))?.[0]
      : word;
  if (after === undefined) return false;
  const names = wordsBefore(after.toLowerCase());
  if (names.length === 0) return false;
  const cut = WORD_BEFORE_STOP.exec(paragraph.slice(from, end))?.[1]?.toLowerCase();
  if (cut === undefined || cut.length < MIN_CUT_WORD) return false;
  return names.some((full) => full.length > cut.length && full.startsWith(cut));
}

const TERMINATOR = /[.!?…]/g;
const isTerminator = (char: string) => char === "." || char === "!" || char === "?" || char === "…";
const isClosingQuote = (char: string) => char === '"' || char === "”" || char === "’" || char === ")";
const isSpace = (char: string) => /\s/.test(char);
const OPENS_SENTENCE = /[\p{Lu}\d"”]/u;

/** "… en plan. – AG: i maj.", "… sa hon. – Vi väntar": a dash of speech or of a reply before a capital opens one too. */
function opensWithDash(paragraph: string, at: number): boolean {
  const dash = paragraph.charAt(at);
  if ((dash !== "–" && dash !== "-") || paragraph.charAt(at + 1) !== " ") return false;
  const first = paragraph.codePointAt(at + 2);
  return first !== undefined && OPENS_SENTENCE.test(String.fromCodePoint(first));
}

/**
 * Splits at ".", "!", "?" or "…" (a run of them, then any closing quotes) followed by space and a capital, a
 * digit, a quote or a dash before one. One pass: each character is looked at a bounded number of times, whatever runs of
 * full stops or spaces the text holds.
 */
export function splitSentences(paragraph: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  let i = 0;
  while (i < paragraph.length) {
    // Jump to the next terminator: no one-character string is made for each character passed over.
    TERMINATOR.lastIndex = i;
    if (!TERMINATOR.test(paragraph)) break;
    i = TERMINATOR.lastIndex - 1;
    let end = i;
    while (end < paragraph.length && isTerminator(paragraph[end]!)) end++;
    while (end < paragraph.length && isClosingQuote(paragraph[end]!)) end++;
    let next = end;
    while (next < paragraph.length && isSpace(paragraph[next]!)) next++;
    const boundary =
      next > end &&
      next < paragraph.length &&
      (OPENS_SENTENCE.test(String.fromCodePoint(paragraph.codePointAt(next)!)) ||
        opensWithDash(paragraph, next));
    const before = paragraph.slice(Math.max(start, end - ABBREVIATION_REACH), end);
    if (
      boundary &&
      !ABBREVIATION.test(before) &&
      !(end === i + 1 && cutNameWord(paragraph, Math.max(start, end - NAME_WORD_REACH), end, next))
    ) {
      sentences.push({ text: paragraph.slice(start, end), start });
      start = next;
    }
    i = end;
  }
  if (start < paragraph.length) sentences.push({ text: paragraph.slice(start), start });
  return sentences.filter((sentence) => sentence.text.trim() !== "");
}
