/**
 * Rebuilds paragraphs from minutes text extracted from PDF or DOCX: such text wraps lines at the page width,
 * may put an empty line after every wrapped line, carries page headers and footers, and uses markdown-ish
 * `#` and `**`. Line by line, one pass: the cost is linear in the text.
 */

export interface SourceParagraph {
  /** Text with wrapped lines joined, markdown removed and spaces collapsed. */
  text: string;
  /** 1-based line where the paragraph starts. */
  line: number;
  /** Number of `#` of a markdown heading, 0 otherwise. */
  mdLevel: number;
  /** The whole paragraph was bold (`**…**`) or italic (`*…*`), as headings and part markers are written. */
  emphasised: boolean;
  /** Written as a bullet ("- …", "* …", "*Punkt 7 …"): a list item, never a heading. */
  bullet: boolean;
  /** Number of source lines joined into this paragraph. */
  lines: number;
  /** Length of the first source line: a heading is never a full-width wrapped line. */
  firstLineLength: number;
  /** The source had no wrapping: every paragraph is one line (DOCX, markdown). */
  unwrapped: boolean;
  /** A one-line paragraph laid out in columns (tabs or wide gaps): "Lotta Nyman      Carina Sjöberg". */
  columns?: string[];
  /** The cells of a markdown table row of two cells: a row is never a heading, and may be an attendee. */
  pairCells?: [string, string];
  /** A markdown table row with an empty cell, its cells in their columns ("| | Eva Ek, Vision |"): never a heading. */
  rowCells?: string[];
}

interface Line {
  text: string;
  number: number;
  /** A whitespace-only line stands between this line and the one before: PDF text marks paragraphs so. */
  blankBefore: boolean;
  /** The cells of a markdown table row of three cells or more. */
  cells?: string[];
  /** The cells of a markdown table row with an empty cell, the empty ones kept. */
  row?: string[];
  /** The cells of a markdown table row of two cells. */
  pair?: [string, string];
  /** The line as written split at its wide gaps (`gapCells`), for its columns; undefined where it has none. */
  gaps: string[] | undefined;
}

const PAGE_NUMBER = /^(?:sid|sida|page)\.?\s*\d+\s*(?:\(\s*\d+\s*\)|(?:av|of|\/)\s*\d+)?$/i;
const PAGE_COUNT = /^\d+\s*\(\s*\d+\s*\)$/;
const ONLY_DOTS = /^[.…·•_\s]+$/;
const ONLY_LINK = /^<?(?:mailto:|https?:\/\/|www\.)\S+>?$/i;
const FOOTER_WORDS = /\b(?:postadress|besöksadress|telefon|tel\.|växel|kontaktcenter|org\.?\s?nr)\b/i;
const HAS_CONTACT = /@|www\.|\d{2,3}-\d/;
/** What `HAS_CONTACT` needs, found by plain search: "@", "www." or the hyphen of a number. */
const mayHaveContact = (text: string) => text.includes("-") || text.includes("@") || text.includes("www.");

/** Page furniture: page numbers, bare links, footers with addresses. Removed before joining lines. */
export function isFurnitureLine(text: string): boolean {
  if (PAGE_NUMBER.test(text) || PAGE_COUNT.test(text) || ONLY_DOTS.test(text) || ONLY_LINK.test(text)) {
    return true;
  }
  return mayHaveContact(text) && HAS_CONTACT.test(text) && FOOTER_WORDS.test(text);
}

const LOWER_LETTER = /^[\p{Ll}]/u;
/** Whether a line opens with a small letter: by its code for the ASCII letters, digits and marks most lines open with. */
function startsLower(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first >= 0x61 && first <= 0x7a) return true;
  if (first < 0x61) return false;
  return LOWER_LETTER.test(text);
}
const SENTENCE_END = /[.!?…](?:["”’)\]*]*)$/;
/** Whether a line ends a sentence, looking at its last characters only. */
const endsSentence = (text: string) => SENTENCE_END.test(text.length > 8 ? text.slice(-8) : text);
const STRONG_START =
  /^(?:#{1,6}\s|\*\*|[-*•–]\s|\d{1,2}[.)]\s|[a-h]\)\s|[i-z]\)\s+(?=\p{Lu})|[a-z]\.\s+(?=\p{Lu})|[a-z]\d{1,2}[.)]\s+(?=\p{Lu})|[\p{Lu}][\p{L}\- ]{0,30}:(?:\s|\*|$))/u;

/**
 * `STRONG_START` tested only where it can match: a line opening with a mark, a figure or a small letter, or with
 * a colon near its start (the label branch, a capital and up to 30 letters; 62 code units allow for surrogates).
 * Most lines open with a capital and hold no such colon, and are passed over without running the pattern.
 */
function isStrongStart(line: string): boolean {
  const first = line.charCodeAt(0);
  const mayOpen =
    (first >= 0x61 && first <= 0x7a) ||
    (first >= 0x30 && first <= 0x39) ||
    "#*-•–".includes(line.charAt(0)) ||
    line.lastIndexOf(":", 62) > 0;
  return mayOpen && STRONG_START.test(line);
}

const BULLET = /^(?:[-•–]\s|\*(?!\*)(?!.*\*$))/;
const DASH_BULLET = /^[-•–]\s+/;

function isEmphasisedLine(line: string): boolean {
  if (!line.startsWith("*") && !line.startsWith("#")) return false;
  const text = line.replace(/^#{1,6}\s+/, "");
  if (!text.startsWith("*")) return false;
  return /^\*\*.+\*\*$/.test(text) || /^\*[^*].*[^*]\*$/.test(text);
}

/** A whole line in single stars is italic ("*Avser samverkan …*"); a leading star alone is a bullet. */
function stripStars(text: string): string {
  let result = text;
  if (result.startsWith("*") && !result.startsWith("* ")) result = result.slice(1);
  if (result.endsWith("*") && !result.endsWith(" *")) result = result.slice(0, -1);
  return result;
}

// Every other whitespace of a line (what `\s` matches besides line breaks, and the zero-width space) is made
// a space when the line is read, so a paragraph has only runs of spaces left to collapse.
const SPACE_LIKE = /[\t\v\f\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/g;
const SPACES = / {2,}/g;

/**
 * A pair of single emphasis marks around a span anywhere in the line ("*Unionen:* Hanna Kvist", "_Vision:_",
 * "av *ordföranden* i år"): no space inside either mark, no letter or digit outside it.
 */
const EMPHASIS_PAIR = /(^|[^\p{L}\p{N}*_])([*_])(?=[^\s*_])([^*_\n]*?[^\s*_])\2(?![\p{L}\p{N}*_])/gu;
const unemphasise = (text: string) =>
  text.includes("*") || text.includes("_") ? text.replace(EMPHASIS_PAIR, "$1$3") : text;

function clean(text: string): string {
  // A "–" opening a line is kept: in Swedish it opens quoted speech ("– Det är bra, säger …") as often as a list.
  const unheaded = text.startsWith("#") ? text.replace(/^#{1,6}\s+/, "") : text;
  const unmarked =
    unheaded.startsWith("-") || unheaded.startsWith("•") ? unheaded.replace(/^[-•]\s+/, "") : unheaded;
  const plain = unmarked.includes("*")
    ? stripStars(unemphasise(unmarked.replaceAll("**", "")))
    : unemphasise(unmarked);
  return (plain.includes("  ") ? plain.replace(SPACES, " ") : plain).trim();
}

/** Typical width of a wrapped line, or Infinity when the text is not wrapped (one paragraph per line). */
function wrapWidth(lines: readonly Line[]): number {
  const wrapped: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const next = lines[i + 1]!.text;
    if (startsLower(next) && !endsSentence(lines[i]!.text)) wrapped.push(lines[i]!.text.length);
  }
  if (wrapped.length < 5 || wrapped.length < lines.length * 0.15) return Number.POSITIVE_INFINITY;
  wrapped.sort((a, b) => a - b);
  return wrapped[Math.floor(wrapped.length / 2)]!;
}

const FUNCTION_WORD_END =
  /\s(?:på|för|med|och|att|i|av|till|om|som|den|det|en|ett|de|från|vid|eller|samt|men|under|över|efter|inför|mot|genom|hos|än|är|var|har|ska|skall|kommer|kan|blir|vilket|vilka|där|då|när|så|inte|även|också|inom|bland|mellan|enligt|gällande|kring|angående|via|per|utifrån|sin|sina|sitt|vår|våra|deras|dess|denna|detta|dessa|varje)$/i;

const MONTH_END =
  /\s(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)$/i;

/** The longest function word ("angående", "gällande") and the space before it: how far back the pattern looks. */
const FUNCTION_WORD_REACH = 9;

/**
 * The end-anchored tests of `continues` on the line's last characters only (a pattern anchored at the end
 * still tries every start of its input): a word cut by a hyphen ("sam-", a letter before it; three code units
 * hold a letter beyond the BMP) or a dash after a space ("Vision –").
 */
function endsInDash(text: string): boolean {
  if (text.endsWith("-") && CUT_WORD.test(text.slice(-3))) return true;
  return (text.endsWith("-") || text.endsWith("–")) && SPACED_DASH_END.test(text.slice(-2));
}
const SPACED_DASH_END = /\s[-–]$/;

/** What `SENTENCE_END` finds, character by character from the end: a terminator, then closing quotes or marks only. */
function endsWithTerminator(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && SENTENCE_CLOSERS.includes(text.charAt(i))) i--;
  return i >= 0 && SENTENCE_TERMINATORS.includes(text.charAt(i));
}
const SENTENCE_TERMINATORS = ".!?…";
const SENTENCE_CLOSERS = '"”’)]*';

/** A list's line ends in a colon or semicolon, then stars only ("Beslut:", "…;**"). */
function endsWithListMark(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && text.charAt(i) === "*") i--;
  return i >= 0 && (text.charAt(i) === ":" || text.charAt(i) === ";");
}

// Kept out of the function: esbuild (tsx) compiles a `\p{…}` literal to `new RegExp`, built per call.
const NAME_AT_END = /\s\p{Lu}[\p{L}-]*$/u;
function continues(line: string, next: string, width: number): boolean {
  if ((line.startsWith("#") && /^#{1,6}\s/.test(line)) || isEmphasisedLine(line)) return false;
  // Patterns anchored at the end look only at the end: a regex tries every start position of its input.
  const previous = line.length > 48 ? line.slice(-48) : line;
  if (isStrongStart(next)) return false;
  const wrapped = width !== Number.POSITIVE_INFINITY;
  // Hyphen or dash at the end of a line is a word or title cut by the page width; in unwrapped text
  // "Vision –" is a deliberate "nothing to add".
  if (wrapped && endsInDash(previous)) return true;
  if (startsLower(next) || (next.startsWith("(") && !endsWithTerminator(previous))) return true;
  // "… den 13 mars" / "2025": a date cut before its year.
  if (/^\d{4}\b/.test(next) && MONTH_END.test(previous)) return true;
  if (endsWithTerminator(previous) || endsWithListMark(previous)) return false;
  if (!wrapped) return false;
  // A line never ends on a comma or a function word unless the sentence goes on.
  if (previous.endsWith(",") || FUNCTION_WORD_END.test(previous.slice(-FUNCTION_WORD_REACH))) return true;
  // A capitalised next line continues a long line cut inside a name ("… SSR, Christina" / "Gustafsson …");
  // a heading ends on an ordinary word and is followed by its body.
  if (line.length >= width * 0.9 && NAME_AT_END.test(previous)) return true;
  // A line as long as the typical wrapped line was wrapped, whatever the next line starts with.
  return line.length >= width * 0.95;
}

/** PDF text keeps typographic ligatures ("ﬁ", "ﬂ"); words are matched letter by letter. */
const LIGATURES: Record<string, string> = { ﬀ: "ff", ﬁ: "fi", ﬂ: "fl", ﬃ: "ffi", ﬄ: "ffl", ﬅ: "st", ﬆ: "st" };
const LIGATURE = /[\ufb00-\ufb06]/g;
const TABLE_ROW = /^\|.*\|$/;
const CUT_WORD = /\p{L}-$/u;
const TABLE_RULE = /^[|\s:-]+$/;

/**
 * A markdown table row's cells in their columns, empty ones kept (a rule row has none); as text, "| Tid | 13.00 |"
 * is "Tid: 13.00" and a longer row its cells joined by "; " (`tableRow`).
 */
function tableColumns(line: string): string[] {
  if (TABLE_RULE.test(line)) return [];
  return line
    .slice(1, -1)
    .split("|")
    .map((cell) => cell.trim());
}

function tableRow(cells: readonly string[]): string {
  if (cells.length === 2 && !cells[0]!.endsWith(":")) return `${cells[0]}: ${cells[1]}`;
  return cells.join("; ");
}

const COLUMN_GAP = /\t+| {3,}/;

/** The cells of a line laid out in columns (its `gaps`), when it has more than one. */
function columnsOf(gaps: readonly string[] | undefined): string[] | undefined {
  if (gaps === undefined) return undefined;
  const columns = gaps.map((cell) => cell.trim()).filter((cell) => cell !== "");
  return columns.length > 1 ? columns : undefined;
}

/** "Sara Lind      Per Åkesson" over "prefekt      Seko": rows of one grid, never one line wrapped. */
const GRID_CELL_LENGTH = 40;

/**
 * A raw line split at its wide gaps, or undefined where it has none; split once for the line, as its columns,
 * its grid row and its item row all ask. A cheap test before any trimming: most lines have no wide gap at all.
 */
function gapCells(raw: string): string[] | undefined {
  if (!raw.includes("   ") && !raw.includes("\t")) return undefined;
  const trimmed = raw.trim();
  return COLUMN_GAP.test(trimmed) ? trimmed.split(COLUMN_GAP) : undefined;
}

const isShortRow = (row: readonly string[]) => row.every((cell) => cell.length <= GRID_CELL_LENGTH);

function isGridRowUnder(above: Line, line: Line): boolean {
  const row = line.gaps;
  const top = above.gaps;
  if (row === undefined || top === undefined) return false;
  return top.length === row.length && isShortRow(top) && isShortRow(row);
}

/** "2. Bemanning i köket | Kostchefen redogjorde …": an item's numbered title in a table's first cell. */
const ROW_TITLE = /^(?:§\s*\d+|\d{1,2}(?:\.\d{1,2})*\.?|[a-z]\))\s+\p{Lu}/u;
const ROW_TITLE_LENGTH = 110;
const ROW_TEXT_LENGTH = 20;

/** A row of two cells, a numbered title and the item's text: two lines, the heading and its text. */
function itemRow(cells: readonly string[] | undefined): [string, string] | null {
  if (cells === undefined || cells.length !== 2) return null;
  const [title, body] = cells as [string, string];
  if (title.length > ROW_TITLE_LENGTH || /[.!?:]$/.test(title) || !ROW_TITLE.test(title)) return null;
  return body.length >= ROW_TEXT_LENGTH && /[.!?]$/.test(body) ? [title, body] : null;
}

/** A line drawn with dashes or equals signs only (underscores are a line to sign on, kept). */
const RULE = /^[-=–—]{3,}$/;
const isRuleLine = (text: string) =>
  (text.startsWith("-") || text.startsWith("=") || text.startsWith("–") || text.startsWith("—")) &&
  RULE.test(text);

const RECORD_FIELD = /\s+[|·]\s+/;
const RECORD_NUMBER =
  /^(?:(?:ärende|punkt|pkt|paragraf|§)\s*)?(\d{1,3})(?:\.\d{1,2})?[.:]?(?:\s*\((?:av|of)\s+\d{1,3}\))?$/i;
const RECORD_TITLE = /^[\p{Lu}"”][^|]{1,108}[^.!?:;,|]$/u;
const RECORD_ROWS = 2;
/** The row's number, title and rest, or null. */
function recordRow(line: Line): { number: number; title: string; rest: string } | null {
  if (line.cells || line.pair || line.row || !(line.text.includes(" | ") || line.text.includes(" · ")))
    return null;
  const fields = line.text.split(RECORD_FIELD);
  const number = fields.length >= 2 ? RECORD_NUMBER.exec(fields[0]!) : null;
  if (!number || !RECORD_TITLE.test(fields[1]!)) return null;
  const rest = fields
    .slice(2)
    .filter((field) => !/^[-–—]?$/.test(field))
    .join(" | ");
  return {
    number: Number(number[1]),
    title: `${fields[0]!.replace(/\s*\((?:av|of)\s+\d{1,3}\)$/i, "").replace(/[:]$/, "")} ${fields[1]}`,
    rest,
  };
}

/**
 * "Ärende 3 | Budget | Dnr 2024-117", "4 | Lokaler | Förvaltningen redovisade …", "Ärende 2 (av 6) · Budget": a
 * record's or a table's row exported as text, an item's number in its first field and its title in the next;
 * two such rows counting up say the text lists its items so. Each is two lines: the heading, then the rest.
 */
function withRecordRows(lines: Line[]): Line[] {
  const rows = new Map<number, { number: number; title: string; rest: string }>();
  let previous = 0;
  for (let i = 0; i < lines.length; i++) {
    const row = recordRow(lines[i]!);
    if (!row || (row.number !== previous + 1 && row.number !== previous)) continue;
    rows.set(i, row);
    previous = row.number;
  }
  if (rows.size < RECORD_ROWS) return lines;
  const result: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const row = rows.get(i);
    if (!row) {
      result.push(line);
      continue;
    }
    result.push({ text: row.title, number: line.number, blankBefore: true, gaps: undefined });
    if (row.rest !== "")
      result.push({ text: row.rest, number: line.number, blankBefore: true, gaps: undefined });
  }
  return result;
}

const LINE_BREAK = /\r\n|\r|\n/;
/** The text's lines; a text without a carriage return is split at its line feeds without a pattern. */
const CR = 0x0d;
const LF = 0x0a;
const splitLines = (text: string) => (text.includes("\r") ? text.split(LINE_BREAK) : text.split("\n"));

/** The lines of the text, without page furniture, each knowing whether a whitespace-only line came before it. */
function readLines(source: string): { lines: Line[]; blankLines: number } {
  const lines: Line[] = [];
  const normalised = source.normalize("NFC").replace(LIGATURE, (char) => LIGATURES[char] ?? char);
  const raw = splitLines(normalised);
  // The other whitespace made spaces in one pass over the whole text, not one per line: each such character
  // becomes one space, so a line stands at the same place in both texts and is cut from it there.
  const spacedText = normalised.replace(SPACE_LIKE, " ");
  let at = 0;
  let blankBefore = false;
  let blankLines = 0;
  for (let i = 0; i < raw.length; i++) {
    const from = at;
    at += raw[i]!.length;
    at += normalised.charCodeAt(at) === CR && normalised.charCodeAt(at + 1) === LF ? 2 : 1;
    // "&nbsp;" left by an HTML or markdown export is a space like any other.
    const nbsp = raw[i]!.includes("&nbsp;");
    const original = nbsp ? raw[i]!.replaceAll("&nbsp;", " ") : raw[i]!;
    const spacedLine = spacedText.slice(from, from + raw[i]!.length);
    const spaced = (nbsp ? spacedLine.replaceAll("&nbsp;", " ") : spacedLine).trim();
    const columns = TABLE_ROW.test(spaced) ? tableColumns(spaced) : null;
    const cells = columns ? columns.filter((cell) => cell !== "") : null;
    const text = cells ? tableRow(cells) : spaced;
    if (text === "") {
      if (original !== "") {
        blankBefore = true;
        blankLines++;
      }
      continue;
    }
    if (isFurnitureLine(text)) continue;
    // "=====" or "-----" boxing a heading: a rule ends the paragraph above it and is no text of its own.
    if (!cells && isRuleLine(text)) {
      blankBefore = true;
      continue;
    }
    const gaps = gapCells(original);
    const row = cells ? null : itemRow(gaps);
    if (row) {
      lines.push({ text: row[0], number: i + 1, blankBefore, gaps: gapCells(row[0]) });
      lines.push({ text: row[1], number: i + 1, blankBefore: false, gaps: gapCells(row[1]) });
      blankBefore = false;
      continue;
    }
    // A row of three cells or more keeps them, as columns: a table row is never a heading. (Fields are set
    // one by one: spreading an object made for one costs more than the line's other work.)
    const line: Line = { text, number: i + 1, blankBefore, gaps };
    if (cells && cells.length > 2) line.cells = cells;
    if (cells && cells.length === 2) line.pair = [cells[0]!, cells[1]!];
    // A row with an empty cell keeps its cells in their columns as well.
    if (columns && cells && cells.length > 0 && cells.length < columns.length) line.row = columns;
    lines.push(line);
    blankBefore = false;
  }
  return { lines, blankLines };
}

/** A line ending in a letter and a hyphen is a word cut by the margin, joined without a space. */
function joinLines(lines: readonly Line[]): string {
  const parts = [lines[0]!.text];
  for (let i = 1; i < lines.length; i++) {
    if (!CUT_WORD.test(lines[i - 1]!.text.slice(-2))) parts.push(" ");
    parts.push(lines[i]!.text);
  }
  return parts.join("");
}

/** One paragraph of its lines, or null when nothing is left of them once markdown is removed. */
function paragraphOf(lines: readonly Line[], unwrapped: boolean): SourceParagraph | null {
  const first = lines[0]!;
  const joined = lines.length === 1 ? first.text : joinLines(lines);
  const text = clean(joined);
  if (text === "") return null;
  const paragraph: SourceParagraph = {
    text,
    line: first.number,
    mdLevel: first.text.startsWith("#") ? (MD_LEVEL.exec(first.text)?.[1]?.length ?? 0) : 0,
    // "- **Skyddsrond i hus B**": a bullet wholly in bold is emphasised as a bold line is.
    emphasised:
      isEmphasisedLine(joined) || (lines.length === 1 && isEmphasisedLine(joined.replace(DASH_BULLET, ""))),
    bullet: BULLET.test(first.text),
    lines: lines.length,
    firstLineLength: first.text.length,
    unwrapped,
  };
  // The optional fields after the others, in the same order, each set only where it is.
  if (lines.length === 1) {
    const columns = first.cells ?? columnsOf(first.gaps);
    if (columns) paragraph.columns = columns;
    if (first.pair) paragraph.pairCells = first.pair;
    if (first.row) paragraph.rowCells = first.row;
  }
  return paragraph;
}

/** How many lines of the first page's head its repeats on later pages are looked for among. */
const HEAD_LINES = 6;
const HEAD_LINE_LENGTH = 6;
/** A line of the head as it repeats: its figures (page and issue numbers) and spacing aside. */
const HAS_LETTER = /\p{L}/u;
const headKey = (text: string) => text.replace(/\d+/g, "0").replace(/\s+/g, " ");
/** A head key's first character as `headKey` writes it: cheap enough to test on every line of the text first. */
const keyStart = (text: string) => {
  const code = text.charCodeAt(0);
  if (code >= 48 && code <= 57) return "0";
  return /\s/.test(text[0] ?? "") ? " " : (text[0] ?? "");
};

/**
 * A PDF's page header repeats the first page's head ("Åby stad      PROTOKOLL" / "Förvaltningsgruppen      Sida
 * 2 (4)"), also in the middle of a sentence cut by the page break: such a repeat of a head of two lines or more
 * is page furniture, dropped before lines are joined, so the sentence runs on across it.
 */
function withoutRepeatedHead(lines: Line[]): Line[] {
  // The head is the text's first lines up to the first empty line (an empty line leaves a gap in the numbers).
  const head: Line[] = [];
  let closed = false;
  for (const line of lines) {
    closed = head.length > 0 && (line.blankBefore || line.number !== head[head.length - 1]!.number + 1);
    if (closed || head.length === HEAD_LINES) break;
    head.push(line);
  }
  // A text that runs on from its first line has no head set apart to repeat.
  if (!closed || head.length < 2) return lines;
  // A line of words: a bare date of the head ("2025-05-21") may stand alone in the body too.
  const worded = head.filter((line) => line.text.length >= HEAD_LINE_LENGTH && HAS_LETTER.test(line.text));
  const keys = new Set(worded.map((line) => headKey(line.text)));
  // A repeat starts as its key does and is at least as long (figures and spaces only shrink): most lines are
  // ruled out by those two tests without building their key.
  const starts = new Set([...keys].map(keyStart));
  const shortest = Math.min(...[...keys].map((key) => key.length));
  const isRepeat = (text: string) =>
    text.length >= shortest && starts.has(keyStart(text)) && keys.has(headKey(text));
  const result: Line[] = [];
  let blankBefore = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (i >= head.length && isRepeat(line.text)) {
      blankBefore ||= line.blankBefore;
      continue;
    }
    if (blankBefore && !line.blankBefore) result.push({ ...line, blankBefore: true });
    else result.push(line);
    blankBefore = false;
  }
  return result;
}

export function toParagraphs(source: string): SourceParagraph[] {
  const read = readLines(source);
  const lines = withRecordRows(withoutRepeatedHead(read.lines));
  const blankLines = read.blankLines;
  const width = wrapWidth(lines);
  // Where whitespace-only lines separate paragraphs, a full-width line ending a sentence without one after
  // it is a sentence that happened to end at the margin.
  const blankMarksParagraphs = blankLines >= 3;
  const unwrapped = width === Number.POSITIVE_INFINITY;
  const paragraphs: SourceParagraph[] = [];
  let current: Line[] = [];
  const flush = () => {
    const paragraph = current.length > 0 ? paragraphOf(current, unwrapped) : null;
    if (paragraph) paragraphs.push(paragraph);
    current = [];
  };
  for (const line of lines) {
    const last = current[current.length - 1];
    const marginSentence =
      blankMarksParagraphs &&
      last &&
      !line.blankBefore &&
      endsSentence(last.text) &&
      last.text.length >= width * 0.95 &&
      !isStrongStart(line.text);
    if (last && (isGridRowUnder(last, line) || (!marginSentence && !continues(last.text, line.text, width))))
      flush();
    current.push(line);
  }
  flush();
  return withNumberCells(paragraphs);
}

const MD_LEVEL = /^(#{1,6})\s/;
/** An item's marker and number with nothing after it: "Punkt 3", "PUNKT 3:", "§ 4", "Ärende 12", "Paragraf 5". */
const ITEM_MARKER = /^(?:§\s*\d{1,3}[a-z]?|(?:punkt|pkt|ärende|paragraf|moment)\s+\d{1,3}[a-z]?)[.:]?$/iu;
const MARKER_LENGTH = 14;
const NUMBER_CELL = /^\d{1,2}\.?$/;
/** The numbers a flattened table's cells must count up to before they are read as its items' numbers. */
const NUMBER_CELLS = 2;

/**
 * A table flattened to one cell a line ("1" / "Öppnande" / text): where numbers alone on their lines count
 * 1, 2, 3 …, each is the number of the line after it. A lone number elsewhere is a page's.
 */
function withNumberCells(paragraphs: SourceParagraph[]): SourceParagraph[] {
  const cells: number[] = [];
  for (let i = 0; i < paragraphs.length - 1; i++) {
    const text = paragraphs[i]!.text;
    if (text.length > 3 || !NUMBER_CELL.test(text)) continue;
    const previous = cells.length > 0 ? Number.parseInt(paragraphs[cells[cells.length - 1]!]!.text, 10) : 0;
    if (Number.parseInt(paragraphs[i]!.text, 10) === previous + 1) cells.push(i);
  }
  const numbered = new Set(cells.length >= NUMBER_CELLS ? cells : []);
  // "Punkt 3" or "§ 4" alone on its line, the item's title on the next: the marker says it numbers an item.
  for (let i = 0; i < paragraphs.length - 1; i++) {
    const text = paragraphs[i]!.text;
    if (text.length <= MARKER_LENGTH && ITEM_MARKER.test(text)) numbered.add(i);
  }
  if (numbered.size === 0) return paragraphs;
  const result: SourceParagraph[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i]!;
    const next = paragraphs[i + 1];
    // The cell after a number is the item's title, never a sentence.
    if (!numbered.has(i) || !next || /[.!?]$/.test(next.text)) {
      result.push(paragraph);
      continue;
    }
    i++;
    result.push({ ...next, text: `${paragraph.text.replace(/\.$/, "")} ${next.text}`, line: paragraph.line });
  }
  return result;
}
