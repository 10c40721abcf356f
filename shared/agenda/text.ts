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

/** The lines of a text, whatever the line ends; blank lines included. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|[\n\r\u2028\u2029\f\v]/);
}

/** Separators left at the edges of a title once its number or dnr is cut out ("– ", ": ", "(", ","). */
const EDGE_START = /^[\s\-–—:;,.·|/)\]]+/;
// A dash right after a letter is a word broken at a line end ("handlägg-"), not a separator.
const EDGE_END = /(?:[\s:;,·|/([]|(?<![\p{L}\d])[-–—])+$/u;

export function trimSeparators(text: string): string {
  return cleanText(
    cleanText(text)
      .replace(/\(\s*\)|\[\s*\]/g, " ")
      .replace(EDGE_START, "")
      .replace(EDGE_END, ""),
  );
}

// Bullets and Markdown marks that pasted and converted text puts around a line: "• ", "- ", "## **7. X**".
const LEADING_MARKS = /^(?:[#>•·▪◦‣*_]+|[-–—](?=\s))\s*/;
const EMPHASIS = /(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1/g;

/** A line of plain text without list bullets, heading marks and emphasis markers. */
export function plainLine(line: string): string {
  let text = line.replace(EMPHASIS, "$2");
  for (let previous = ""; previous !== text; ) {
    previous = text;
    text = text.replace(LEADING_MARKS, "");
  }
  return cleanText(text);
}
