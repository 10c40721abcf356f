/** A sentence of a paragraph and where it starts. */
export interface Sentence {
  text: string;
  start: number;
}

// Abbreviations whose full stop does not end a sentence.
const ABBREVIATION =
  /(?:^|[\s(])(?:bl\.a|t\.ex|m\.fl|m\.m|p\.g\.a|d\.v\.s|dvs|osv|kl|ca|resp|sid|s|nr|jfr|enl|fr\.o\.m|t\.o\.m|o\.s\.v|ang|tel|st)\.$/i;

/** Splits at ".", "!" or "?" followed by a capital, a digit or a quote; one pass over the text. */
export function splitSentences(paragraph: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const boundary = /[.!?…]+["”’)]*\s+(?=[\p{Lu}\d"”])/gu;
  for (const match of paragraph.matchAll(boundary)) {
    const end = (match.index ?? 0) + match[0].trimEnd().length;
    if (ABBREVIATION.test(paragraph.slice(Math.max(start, end - 12), end))) continue;
    sentences.push({ text: paragraph.slice(start, end), start });
    start = (match.index ?? 0) + match[0].length;
  }
  if (start < paragraph.length) sentences.push({ text: paragraph.slice(start), start });
  return sentences.filter((sentence) => sentence.text.trim() !== "");
}
