/**
 * Whitespace handling shared by every extractor. Pages and PDFs carry non-breaking and zero-width
 * spaces, soft hyphens and tabs; all of them must compare equal to a plain space.
 */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const SPACE = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;
// Terminal escape sequences (CSI "ESC [ … letter", OSC "ESC ] … BEL") and the other control characters:
// nothing a page or file says should reach a terminal or the document as a command.
const ESCAPES = /\u001b(?:\[[0-?]{0,32}[ -/]{0,8}[@-~]|\][^\u0007\u001b]{0,256}(?:\u0007|\u001b\\)?)?/g;
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

/** The text without escape sequences and control characters; tab, line feed and form feed stay. */
export const withoutControls = (text: string): string => text.replace(ESCAPES, "").replace(CONTROLS, "");

// A portal that shows markup as text ("Taxor 2025 &lt;br&gt;– revidering") means a line break.
const LITERAL_BREAK = /<br\s*\/?>/gi;

/** One line of text with collapsed whitespace, no invisible or control characters and no surrounding space. */
export function cleanText(text: string): string {
  return withoutControls(text).replace(LITERAL_BREAK, " ").replace(INVISIBLE, "").replace(SPACE, " ").trim();
}

/** The lines of a text, whatever the line ends; blank lines included. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|[\n\r\u2028\u2029\f\v]/);
}

/** Separators left at the edges of a title once its number or dnr is cut out ("– ", ": ", "(", ","). */
const EDGE_START = /^[\s\-–—:;,.·|/)\]]+/;
const END_SEPARATORS = new Set([" ", ":", ";", ",", "·", "|", "/", "(", "["]);
const DASHES = new Set(["-", "–", "—"]);

/**
 * `text` without separators at its end, scanned backwards: an end-anchored regex would be retried from
 * every position of a long run of separators. A dash right after a letter is a word broken at a line end
 * ("handlägg-"), not a separator.
 */
function trimSeparatorEnd(text: string): string {
  let end = text.length;
  while (end > 0) {
    const char = text[end - 1] ?? "";
    const separator =
      END_SEPARATORS.has(char) || (DASHES.has(char) && !/[\p{L}\d]/u.test(text[end - 2] ?? ""));
    if (!separator) break;
    end--;
  }
  return text.slice(0, end);
}

export function trimSeparators(text: string): string {
  return cleanText(
    trimSeparatorEnd(
      cleanText(text)
        .replace(/\(\s*\)|\[\s*\]/g, " ")
        .replace(EDGE_START, ""),
    ),
  );
}

// Bullets and Markdown marks that pasted and converted text puts around a line: "• ", "- ", "## **7. X**".
const LEADING_MARKS = /^(?:[#>•·▪◦‣*_]+|[-–—](?=\s))\s*/;
// Bounded span: an unclosed "**" must not scan the rest of a long line from every asterisk.
const EMPHASIS = /(\*\*|__|\*|_)(?=\S)(.{1,300}?)(?<=\S)\1/g;

/** A line of plain text without list bullets, heading marks and emphasis markers. */
export function plainLine(line: string): string {
  let text = line.replace(EMPHASIS, "$2");
  for (let previous = ""; previous !== text; ) {
    previous = text;
    text = text.replace(LEADING_MARKS, "");
  }
  return cleanText(text);
}
