import type { Block } from "./blocks";
import { isDnrLabel, scanDnr } from "./dnr";
import { headerRoles } from "./line-kinds";
import { parseItemNumber } from "./numbers";
import { isDoubleSpaced, withOcrDigits, withSingleSpaces } from "./ocr";
import { cleanText, plainLine } from "./text";

/**
 * Plain text laid out as a page: `pdftotext -layout`, a PDF read by `pdf-layout.ts`, an e-mail, a portal's
 * print view. Columns are runs of two or more spaces, tabs or " | "; the indentation of a line says whether
 * it continues the title above it. Pages are separated by form feeds.
 */
const CELL_GAP = / {2,}|\t+|\s+\|\s+|^\|\s+|\s+\|$/g;

// Page furniture: "1 (3)", "1(36)", "2/38", "Sida 2 av 9", "Sida 1 (1)", "- 3 -".
const PAGE_NUMBER =
  /^(?:sida\s+)?\d{1,4}\s*(?:\(\s*\d{1,4}\s*\)|(?:av|\/)\s*\d{1,4})$|^sida\s+\d{1,4}$|^[-–]\s*\d{1,4}\s*[-–]$/i;

// A page's mark that the list goes on overleaf: "./.", "./", "forts.", "Forts. nästa sida", "fortsättning följer".
const CONTINUED = /^(?:\.\/\.?|forts\.?(?:\s+(?:på\s+)?nästa\s+sida)?|fortsättning(?:\s+följer)?)$/i;

/** A page number or "Sida N av M", alone or as one cell of a header line. */
export function isPageNumber(text: string): boolean {
  const clean = cleanText(text);
  if (!PAGE_NUMBER.test(clean)) return false;
  // "2/38" counts up to the page count; "2024/202" or "2025/9", a year before a serial, is a bare dnr, and
  // "2026/2027" a span of years (a school or financial year), a title's wrapped rest.
  const [page, of] = (clean.match(/\d+/g) ?? []).map(Number);
  if (page !== undefined && of !== undefined && page >= 1900 && of < 2100) return false;
  return of === undefined || page === undefined || page <= of;
}

/** A lone number far right on its line is a page number, not an item; items start near the margin. */
const PAGE_NUMBER_INDENT = 30;

const BULLET = /^\s*[-–•·▪◦‣*]\s/;

export interface Cell {
  /** Column of the cell's first character. */
  col: number;
  text: string;
}

function cellsOf(line: string): Cell[] {
  const cells: Cell[] = [];
  let at = 0;
  const push = (end: number) => {
    const raw = line.slice(at, end);
    const text = plainLine(raw);
    if (text) cells.push({ col: at + (raw.length - raw.trimStart().length), text });
  };
  for (const gap of line.matchAll(CELL_GAP)) {
    push(gap.index);
    at = gap.index + gap[0].length;
  }
  push(line.length);
  return cells;
}

/** Expands tabs to the next multiple of 8, as a terminal shows them, so columns line up. */
function expandTabs(line: string): string {
  if (!line.includes("\t")) return line;
  let out = "";
  for (const char of line) out += char === "\t" ? `${" ".repeat(8 - (out.length % 8))}\t` : char;
  return out;
}

interface Line {
  cells: Cell[];
  page: number;
  bullet: boolean;
  /** A page number ("Sida 1 av 2", "1 (2)") was cut from the line: a page's header or footer. */
  paged?: boolean;
}

const LEADER_CHARS = new Set([".", "…", "·", "_"]);

/**
 * "Budget 2026 ........ 12": a table of contents' dot leader and the page number after it are no part of
 * the line. Scanned back from the line's end by hand (a regex anchored at the end would retry every start).
 */
export function withoutLeader(line: string): string {
  const end = line.trimEnd().length;
  let at = end;
  while (at > 0 && end - at < 4 && line.charCodeAt(at - 1) >= 48 && line.charCodeAt(at - 1) <= 57) at--;
  let leaders = 0;
  let start = at;
  while (start > 0 && (LEADER_CHARS.has(line[start - 1]!) || line[start - 1] === " ")) {
    if (line[start - 1] !== " ") leaders++;
    start--;
  }
  return innerLeadersAsGaps(leaders >= 4 ? line.slice(0, start) : line);
}

/** "Budget ........ KS 2025/12": a leader inside the line becomes spaces, a gap between two cells. */
function innerLeadersAsGaps(line: string): string {
  if (!line.includes("....") && !line.includes("…")) return line;
  let out = "";
  let run = "";
  let leaders = 0;
  const flush = () => {
    out += leaders >= 4 ? " ".repeat(run.length) : run;
    run = "";
    leaders = 0;
  };
  for (const char of line) {
    if (LEADER_CHARS.has(char) || (char === " " && run !== "")) {
      run += char;
      if (char !== " ") leaders++;
    } else {
      flush();
      out += char;
    }
  }
  flush();
  return out;
}

/** The lines of a text with their cells; furniture cells ("Sida 1 av 9", a lone page number) dropped. */
function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let page = 1;
  const raws = text.split(/\r\n|[\n\r\u2028\u2029\v]/);
  const doubleSpaced = isDoubleSpaced(raws);
  for (const raw of raws) {
    const pages = raw.split("\f");
    page += pages.length - 1;
    const laid = withOcrDigits(withoutLeader(expandTabs(pages.at(-1) ?? "")));
    const line = doubleSpaced ? withSingleSpaces(laid) : laid;
    // Furniture cells go: "Region Gävleborg   KALLELSE   Sida 1 av 9" keeps its other cells.
    const all = cellsOf(line);
    const cells = all.filter((cell) => !isPageNumber(cell.text) && !CONTINUED.test(cell.text));
    const lone =
      cells.length === 1 &&
      /^\d{1,4}$/.test(cells[0]?.text ?? "") &&
      (cells[0]?.col ?? 0) > PAGE_NUMBER_INDENT;
    lines.push({
      cells: lone ? [] : cells,
      page,
      bullet: BULLET.test(line),
      ...(cells.length < all.length ? { paged: true } : {}),
    });
  }
  return lines;
}

/** Lines of a page set in two columns, with item numbers down the right one too, need this many. */
const MIN_RIGHT_ITEMS = 3;

/**
 * A page set in two columns (decisions left, information right) reads line by line as two agendas
 * interleaved. Where at least three lines have a numbered item (with its title) starting at the same column
 * and no text crosses that column, the run of lines is read as its left column, then its right one.
 */
function unweaveColumns(lines: Line[]): Line[] {
  const starts = new Map<number, number>();
  for (const line of lines) {
    line.cells.forEach((cell, at) => {
      if (at === 0 || cell.col < PAGE_NUMBER_INDENT) return;
      const number = parseItemNumber(cell.text);
      // An item of the right column has a title, in its cell or the next; a lone "10.45" ends a row (a time).
      if (number && (number.rest !== "" || at < line.cells.length - 1))
        starts.set(cell.col, (starts.get(cell.col) ?? 0) + 1);
    });
  }
  let gutter: number | null = null;
  for (const [col, count] of starts)
    if (count >= MIN_RIGHT_ITEMS && (gutter === null || count > (starts.get(gutter) ?? 0))) gutter = col;
  if (gutter === null) return lines;
  const edge = gutter - 1;
  const crosses = (line: Line): boolean =>
    line.cells.some((cell) => cell.col < edge && cell.col + cell.text.length > edge);
  const out: Line[] = [];
  let index = 0;
  while (index < lines.length) {
    if (crosses(lines[index]!)) {
      out.push(lines[index++]!);
      continue;
    }
    // A run of lines that no text crosses: left halves, then right halves re-based to the column.
    let end = index;
    while (end < lines.length && !crosses(lines[end]!)) end++;
    const run = lines.slice(index, end);
    const right = run.map((line) => ({
      ...line,
      cells: line.cells
        .filter((cell) => cell.col >= edge)
        .map((cell) => ({ ...cell, col: cell.col - gutter })),
    }));
    if (right.some((line) => line.cells.length > 0)) {
      for (const line of run) out.push({ ...line, cells: line.cells.filter((cell) => cell.col < edge) });
      out.push({ cells: [], page: run[0]?.page ?? 1, bullet: false });
      for (const line of right) out.push(line);
    } else for (const line of run) out.push(line);
    index = end;
  }
  return out;
}

/** Lines at a page's top and bottom searched for a running header or footer. */
const EDGE_LINES = 4;

/** A first page's head line a later page's head restates with more is at least this long ("Socialnämnden"). */
const MIN_RESTATED = 8;

const furnitureForm = (line: Line): string => line.cells.map((cell) => cell.text).join(" ");

/** The lines of the page's last block of text where an empty line sets it apart from the text above it. */
function footBlock(page: readonly Line[]): Set<Line> {
  let end = page.length;
  while (end > 0 && page[end - 1]?.cells.length === 0) end--;
  let start = end;
  while (start > 0 && (page[start - 1]?.cells.length ?? 0) > 0) start--;
  return start > 0 ? new Set(page.slice(start, end)) : new Set();
}

/**
 * A running header or footer ("Kommunstyrelsen  Kallelse  2024-05-01", the address block) repeats at the
 * top or bottom of the pages: kept on its first page (it names the committee), dropped from the others,
 * where it would stand between an item's title and its dnr; a footer that carries the page number goes from
 * its first page too, where it would stand between a title the page break cut and the title's rest. The
 * empty lines of the page margins go too.
 */
function withoutRunningLines(pages: Line[][], furniture: string[]): Line[][] {
  const filledPages = pages.map((page) => page.filter((line) => line.cells.length > 0));
  // A page's head: its first lines, on a short page no further than its first half.
  const tops = filledPages.map(
    (filled) =>
      new Set(filled.slice(0, Math.min(EDGE_LINES, Math.ceil(filled.length / 2))).map(furnitureForm)),
  );
  const edges = filledPages.map(
    (filled, index) => new Set([...(tops[index] ?? []), ...filled.slice(-EDGE_LINES).map(furnitureForm)]),
  );
  const count = new Map<string, number>();
  for (const forms of edges) for (const form of forms) count.set(form, (count.get(form) ?? 0) + 1);
  const seen = new Set<string>();
  const firstTops = [...(tops[0] ?? [])].filter((form) => form.length >= MIN_RESTATED);
  return pages.map((page, index) => {
    const head = index > 0 ? page.find((line) => line.cells.length > 0) : undefined;
    const foot = footBlock(page);
    const kept = page.filter((line) => {
      if (line.cells.length === 0) return true;
      const form = furnitureForm(line);
      // A later page's head restating the first page's ("Barn- och utbildningsnämnden 2024-11-20" under
      // "Barn- och utbildningsnämnden"), once, between a title the page break cut and the title's rest.
      if (line === head && firstTops.some((top) => form.startsWith(`${top} `))) return false;
      if ((count.get(form) ?? 0) < 2 || !edges[index]?.has(form)) return true;
      // Kept once, where it first stands; a footer goes even on its first page, where it would stand between a
      // title cut by the page break and the title's rest: one with its page number, or one set apart below
      // the page's text by an empty line (the address block).
      const footer = (line.paged || foot.has(line)) && tops[index]?.has(form) !== true;
      const first = !seen.has(form) && !footer;
      // Dropped where it first stands, it may still be where the committee is named.
      if (!seen.has(form) && footer) furniture.push(form);
      seen.add(form);
      return first;
    });
    // The page's top and bottom margins are no paragraph gaps.
    let start = 0;
    let end = kept.length;
    if (pages.length > 1) {
      while (start < end && kept[start]?.cells.length === 0) start++;
      while (end > start && kept[end - 1]?.cells.length === 0) end--;
    }
    return kept.slice(start, end);
  });
}

/**
 * Splits the lines into pages, drops running headers, unweaves two-column pages, joins them again; the
 * running footers dropped even where they first stand go to `furniture`.
 */
function readingOrder(lines: Line[], furniture: string[]): Line[] {
  const pages: Line[][] = [];
  let start = 0;
  for (let index = 1; index <= lines.length; index++) {
    if (index < lines.length && lines[index]?.page === lines[start]?.page) continue;
    pages.push(lines.slice(start, index));
    start = index;
  }
  const out: Line[] = [];
  for (const page of withoutRunningLines(pages, furniture))
    for (const line of unweaveColumns(page)) out.push(line);
  return out;
}

/** A value set right-aligned under its column's name may start this far left of the name. */
const DNR_COLUMN_SLACK = 6;

/**
 * A fixed-width export lets a long title run up to the dnr column with one space left ("… 2024 för 420 – 7 / 25"),
 * or none where the title fills its width ("… 4:12KS 2024.31"): a cell that crosses the column is cut where,
 * within the column's slack, a word starts (or, at the column itself, anything starts) with a dnr that runs to
 * the cell's end.
 */
function splitAtColumn(cell: Cell, col: number): Cell[] {
  if (cell.col >= col - DNR_COLUMN_SLACK || cell.col + cell.text.length <= col) return [cell];
  const from = Math.max(1, col - DNR_COLUMN_SLACK - cell.col);
  const to = Math.min(cell.text.length - 1, col + 1 - cell.col);
  for (let at = from; at <= to; at++) {
    const wordStart = cell.text[at - 1] === " " || cell.col + at === col;
    if (!wordStart || cell.text[at] === " ") continue;
    if (!wholeDnr(cell.text.slice(at))) continue;
    // The registry's letters before the number may stand left of the slack ("… Ålgatan TN 2025/0760").
    const word = cell.text.lastIndexOf(" ", at - 2) + 1;
    const cut = word > 0 && wholeDnr(cell.text.slice(word)) ? word : at;
    return [
      { col: cell.col, text: cell.text.slice(0, cut).trimEnd() },
      { col: cell.col + cut, text: cell.text.slice(cut) },
    ];
  }
  return [cell];
}

/** Whether the text is nothing but dnr, from its start to its end. */
function wholeDnr(text: string): boolean {
  const found = scanDnr(text, { column: true }).found;
  return found[0]?.start === 0 && found.at(-1)?.end === text.trimEnd().length;
}

/** Whether a cell starts with a dnr, after at most its label ("Dnr KS 2025/12", "VON 2025/0140-2.1, VON"). */
function dnrLed(cell: Cell): boolean {
  const first = scanDnr(cell.text, { column: true }).found[0];
  if (!first) return false;
  const before = cell.text.slice(0, first.start).trim();
  return before === "" || isDnrLabel(before);
}

/**
 * A dnr cell wraps as a title cell does: a cell of dnr left unfinished (text after its last dnr: "TN
 * 2025/0140-2.1, TN", "TN 2025/0203-1.4 (KS") goes on in the next line's cell at its column, where that line
 * starts no item and is indented past the line above's start ("2025/0141-2.1", "dnr KS 2025/0311)"), so a
 * registry's letters and a body's label keep their numbers; with a header naming the column or without one.
 * The cell moves up; a line left empty goes. A complete dnr above ("HÅ 2025/007") has its own next line.
 */
function withWrappedDnrCells(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const source of lines) {
    const above = out.at(-1);
    const first = source.cells[0];
    const start = above?.cells[0]?.col ?? 0;
    const upper = above?.cells.find((cell, at) => {
      if (at === 0 || !dnrLed(cell)) return false;
      const last = scanDnr(cell.text, { column: true }).found.at(-1);
      return last !== undefined && cell.text.slice(last.end).trim() !== "";
    });
    const cell =
      above && upper && first && first.col > start + 1 && !parseItemNumber(first.text)
        ? source.cells.find((one) => Math.abs(one.col - upper.col) <= DNR_COLUMN_SLACK)
        : undefined;
    if (!above || !upper || !cell) {
      out.push(source);
      continue;
    }
    above.cells = above.cells.map((one) =>
      one === upper ? { ...one, text: `${one.text} ${cell.text}` } : one,
    );
    const rest = source.cells.filter((one) => one !== cell);
    if (rest.length > 0) out.push({ ...source, cells: rest });
  }
  return out;
}

/**
 * Under a header naming a dnr column ("Ärende   Dnr"), a cell in that column starting with a bare number
 * ("2024/202", "003 – 512 / 24") is a dnr as if labelled: it gets the column's label, so the assembler
 * reads it as a labelled dnr line does; not a cell from where the header's next column starts. Lines run in
 * order; the column holds until the next header. The header may name the dnr column alone, far right on its
 * line, where the number and title columns have no header ("                    Diarienr"). Where the dnr
 * column is the line's last, a cell of nothing but dnr that ends under the header's end is in it, however far
 * left a list of several starts (values set right-aligned).
 */
function labelDnrColumn(lines: Line[]): Line[] {
  let dnrCol: number | null = null;
  // Where the header's next column starts ("Dnr   Beredning"): a bare number there is that column's.
  let nextCol: number | null = null;
  // Where the header's name ends, when the dnr column is the header's last.
  let dnrEnd: number | null = null;
  return lines.map((line) => {
    const header = dnrHeader(line);
    if (header) {
      dnrCol = header.col;
      nextCol = header.next;
      dnrEnd = header.next === null && header.col !== null ? header.end : null;
      return line;
    }
    const col = dnrCol;
    if (col === null) return line;
    const end = nextCol;
    const rightEnd = dnrEnd;
    // A right-aligned list's cell is whole: it is not cut where the header starts.
    const rightAligned = (cell: Cell, at: number) =>
      rightEnd !== null &&
      at > 0 &&
      cell.col < col - DNR_COLUMN_SLACK &&
      cell.col + cell.text.length >= rightEnd - DNR_COLUMN_SLACK &&
      wholeDnr(cell.text);
    const cells = line.cells
      .flatMap((cell, at) => (rightAligned(cell, at) ? [{ ...cell, whole: true }] : splitAtColumn(cell, col)))
      .map(({ whole, ...cell }: Cell & { whole?: boolean }) => {
        const outside = cell.col < col - DNR_COLUMN_SLACK || (end !== null && cell.col >= end - 1);
        if (outside && !whole) return cell;
        const first = scanDnr(cell.text, { column: true }).found[0];
        const bare = first?.start === 0 && scanDnr(cell.text.slice(0, first.end)).found.length === 0;
        return bare ? { ...cell, text: `Dnr ${cell.text}` } : cell;
      });
    return { ...line, cells };
  });
}

/**
 * A header line's dnr column: where it starts (null where the header names none), where the next column starts
 * and where its name ends. A line of one cell is a header only as a dnr label standing where no item starts.
 */
function dnrHeader(line: Line): { col: number | null; next: number | null; end: number } | null {
  const only = line.cells.length === 1 ? line.cells[0] : undefined;
  if (only) {
    return only.col > PAGE_NUMBER_INDENT && isDnrLabel(only.text)
      ? { col: only.col, next: null, end: only.col + only.text.length }
      : null;
  }
  const roles = headerRoles(line.cells.map((cell) => cell.text));
  if (!roles) return null;
  const at = roles.indexOf("dnr");
  const cell = line.cells[at];
  if (at < 0 || !cell) return { col: null, next: null, end: 0 };
  return { col: cell.col, next: line.cells[at + 1]?.col ?? null, end: cell.col + cell.text.length };
}

/** One block per line of laid-out text, blank lines included (they end a wrapped title). */
/**
 * A dnr label alone on its line ("Dnr", "Diarienummer:", a narrow cell wrapped) and a next line of nothing but
 * case numbers: one labelled line, so a bare "2025/12" below is a dnr too.
 */
function labelsBelow(last: Block, text: string): boolean {
  if (last.cells?.length !== 1 || !isDnrLabel(last.text)) return false;
  const scan = scanDnr(text, { column: true });
  return scan.found.length > 0 && scan.rest === "";
}

/**
 * Laid-out text as blocks, and the running footers read out of it even on their first page (`furniture`: an
 * address block naming the committee, "Tekniska nämnden  Box 12 …"), kept for the committee and the date.
 */
export function layoutBlocks(text: string): { blocks: Block[]; furniture: string[] } {
  const blocks: Block[] = [];
  const furniture: string[] = [];
  for (const { cells, page, bullet } of labelDnrColumn(
    withWrappedDnrCells(readingOrder(linesOf(text), furniture)),
  )) {
    if (cells.length === 0) {
      blocks.push({ kind: "paragraph", text: "", links: [], page, blank: true });
      continue;
    }
    // Text copied from a page sets the label and its value apart by an empty line.
    const at = blocks.at(-1)?.blank ? blocks.length - 2 : blocks.length - 1;
    const last = blocks[at];
    if (last && cells.length === 1 && labelsBelow(last, cells[0]?.text ?? "")) {
      last.text = `${last.text} ${cells[0]?.text}`;
      last.cells = [last.text];
      blocks.length = at + 1;
      continue;
    }
    blocks.push({
      kind: "paragraph",
      text: cells.map((cell) => cell.text).join(" "),
      ...(bullet ? { bullet: true } : {}),
      links: [],
      cells: cells.map((cell) => cell.text),
      cols: cells.map((cell) => cell.col),
      indent: cells[0]?.col ?? 0,
      page,
    });
  }
  return { blocks, furniture };
}
