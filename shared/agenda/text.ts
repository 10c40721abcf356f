/**
 * Whitespace handling shared by every extractor. Pages and PDFs carry non-breaking and zero-width
 * spaces, soft hyphens and tabs; all of them must compare equal to a plain space.
 */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const SPACE = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;

/** One line of text with collapsed whitespace, no invisible characters and no surrounding space. */
export function cleanText(text: string): string {
  return text.replace(INVISIBLE, "").replace(SPACE, " ").trim();
}

/** The non-empty, cleaned lines of a text. */
export function textLines(text: string): string[] {
  return text
    .split(/\r\n|[\n\r\u2028\u2029\f\v]/)
    .map(cleanText)
    .filter((line) => line.length > 0);
}

/** Separators left at the edges of a title once its number or dnr is cut out ("– ", ": ", "(", ","). */
const EDGE = /^[\s\-–—:;,.·|/)\]]+|[\s\-–—:;,·|/([]+$/g;

export function trimSeparators(text: string): string {
  return cleanText(
    cleanText(text)
      .replace(/\(\s*\)|\[\s*\]/g, " ")
      .replace(EDGE, ""),
  );
}
