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

const TERMINATOR = /[.!?…]/g;
const isTerminator = (char: string) => char === "." || char === "!" || char === "?" || char === "…";
const isClosingQuote = (char: string) => char === '"' || char === "”" || char === "’" || char === ")";
const isSpace = (char: string) => /\s/.test(char);
const OPENS_SENTENCE = /[\p{Lu}\d"”]/u;

/**
 * Splits at ".", "!", "?" or "…" (a run of them, then any closing quotes) followed by space and a capital, a
 * digit or a quote. One pass: each character is looked at a bounded number of times, whatever runs of
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
      OPENS_SENTENCE.test(String.fromCodePoint(paragraph.codePointAt(next)!));
    if (boundary && !ABBREVIATION.test(paragraph.slice(Math.max(start, end - ABBREVIATION_REACH), end))) {
      sentences.push({ text: paragraph.slice(start, end), start });
      start = next;
    }
    i = end;
  }
  if (start < paragraph.length) sentences.push({ text: paragraph.slice(start), start });
  return sentences.filter((sentence) => sentence.text.trim() !== "");
}
