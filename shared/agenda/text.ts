import { decodeReferences, MARKUP_NAMES } from "../text/character-references";

/**
 * Whitespace handling shared by every extractor. Pages and PDFs carry non-breaking and zero-width
 * spaces, soft hyphens and tabs; all of them must compare equal to a plain space. The character classes
 * are filtered by loops, not by global `replace`: V8's replace grows faster than linearly with the number
 * of matches, and a hostile page is made of nothing but matches.
 */
// Terminal escape sequences (CSI "ESC [ … letter", OSC "ESC ] … BEL"): nothing a page or file says should
// reach a terminal or the document as a command.
const ESCAPES = /\u001b(?:\[[0-?]{0,32}[ -/]{0,8}[@-~]|\][^\u0007\u001b]{0,256}(?:\u0007|\u001b\\)?)?/g;
// A portal that shows markup as text ("Taxor 2025 &lt;br&gt;– revidering") means a line break.
const LITERAL_BREAK = /<br\s*\/?>/gi;

/** A text cut at each literal "<br>" it shows (a portal printing markup as text). */
export const splitLiteralBreaks = (text: string): string[] =>
  text.includes("<") ? text.split(LITERAL_BREAK) : [text];

/** C0 controls but tab, line feed, vertical tab, form feed and carriage return; DEL; C1 controls. */
const isControl = (code: number): boolean =>
  code < 0x09 || (code > 0x0d && code < 0x20) || (code >= 0x7f && code <= 0x9f);
/** Soft hyphen, zero-width spaces and joiners, word joiner, byte order mark. */
const isInvisible = (code: number): boolean =>
  code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
/** What `\s` matches, and the other spaces of Unicode. */
const isSpace = (code: number): boolean =>
  code === 0x20 ||
  (code >= 0x09 && code <= 0x0d) ||
  code === 0xa0 ||
  code === 0x1680 ||
  (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 ||
  code === 0x2029 ||
  code === 0x202f ||
  code === 0x205f ||
  code === 0x3000;

/** `text` without the characters `drop` picks, in one pass. */
function without(text: string, drop: (code: number) => boolean): string {
  const parts: string[] = [];
  let start = 0;
  for (let at = 0; at < text.length; at++) {
    if (!drop(text.charCodeAt(at))) continue;
    if (at > start) parts.push(text.slice(start, at));
    start = at + 1;
  }
  if (start === 0) return text;
  parts.push(text.slice(start));
  return parts.join("");
}

/** Every run of spaces as one plain space, in one pass. */
function collapseSpaces(text: string): string {
  const parts: string[] = [];
  let start = 0;
  let at = 0;
  while (at < text.length) {
    if (!isSpace(text.charCodeAt(at))) {
      at++;
      continue;
    }
    let end = at + 1;
    while (end < text.length && isSpace(text.charCodeAt(end))) end++;
    // A single plain space is already what it should be.
    if (end - at > 1 || text.charCodeAt(at) !== 0x20) {
      parts.push(text.slice(start, at), " ");
      start = end;
    }
    at = end;
  }
  if (start === 0) return text;
  parts.push(text.slice(start));
  return parts.join("");
}

/** The text without escape sequences and control characters; tab, line feed and form feed stay. */
export const withoutControls = (text: string): string =>
  without(text.includes("\u001b") ? text.replace(ESCAPES, "") : text, isControl);

/** One line of text with collapsed whitespace, no invisible or control characters and no surrounding space. */
export function cleanText(text: string): string {
  const visible = without(withoutControls(text), isInvisible);
  return collapseSpaces(visible.includes("<") ? visible.replace(LITERAL_BREAK, " ") : visible).trim();
}

// The names portals write besides markup's own: typographic marks and Swedish letters ("2025&ndash;2027",
// "&Aring;rsredovisning"); a name outside them stays as written.
const PORTAL_NAMES: Record<string, string> = {
  ...MARKUP_NAMES,
  ndash: "–",
  mdash: "—",
  minus: "−",
  hellip: "…",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  laquo: "«",
  raquo: "»",
  bull: "•",
  middot: "·",
  sect: "§",
  shy: "",
  aring: "å",
  auml: "ä",
  ouml: "ö",
  Aring: "Å",
  Auml: "Ä",
  Ouml: "Ö",
  eacute: "é",
  Eacute: "É",
  uuml: "ü",
};

/** A portal's JSON text as it is shown: its character references written out, once (no "&amp;amp;" twice). */
export const withoutReferences = (text: string): string => decodeReferences(text, PORTAL_NAMES);

// A tag of markup a portal's JSON carries in a text field ("<p><b>Diarienummer</b> 2025/88</p>").
const MARKUP_TAG = /<\/?[a-zA-Z][^<>]{0,200}>/g;

/** A JSON text field's words without its markup: tags are spaces, references their characters. */
export const withoutMarkup = (text: string): string => {
  const shown = withoutReferences(text);
  return shown.includes("<") ? shown.replace(MARKUP_TAG, " ") : shown;
};

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
        .replace(/\(\s*[,;/&–-]?\s*\)|\[\s*[,;/&–-]?\s*\]/g, " ")
        .replace(EDGE_START, ""),
    ),
  );
}

// Bullets and Markdown marks that pasted and converted text puts around a line: "• ", "- ", "## **7. X**".
const LEADING_MARKS = /^(?:[#>•·▪◦‣*_]+|[-–—](?=\s))\s*/;
// Bounded span: an unclosed "**" must not scan the rest of a long line from every asterisk.
const EMPHASIS = /(\*\*|__|\*|_)(?=\S)(.{1,300}?)(?<=\S)\1/g;

// Characters a plain-text export draws on both sides of a heading: "*** BESLUTSÄRENDEN ***", "== Information ==".
const DECORATION = "*=#~";

/**
 * The line without a run of one decoration character on both its sides, each set apart from the words by a
 * space ("*** Övrigt ***"; not the emphasis of "**Övrigt**"); the line itself otherwise.
 */
function undecorated(line: string): string {
  const trimmed = line.trim();
  const mark = trimmed[0] ?? "";
  if (!mark || !DECORATION.includes(mark) || trimmed.at(-1) !== mark) return line;
  let start = 0;
  while (trimmed[start] === mark) start++;
  let end = trimmed.length;
  while (end > start && trimmed[end - 1] === mark) end--;
  const spaced = /\s/.test(trimmed[start] ?? "") && /\s/.test(trimmed[end - 1] ?? "");
  return spaced && trimmed.slice(start, end).trim() ? trimmed.slice(start, end).trim() : line;
}

/** A line of plain text without list bullets, heading marks, emphasis markers and a heading's decoration. */
export function plainLine(line: string): string {
  let text = undecorated(line).replace(EMPHASIS, "$2");
  for (let previous = ""; previous !== text; ) {
    previous = text;
    text = text.replace(LEADING_MARKS, "");
  }
  return cleanText(text);
}
