/**
 * The text items of a PDF page laid out as lines of text, the way `pdftotext -layout` prints them:
 * indentation and wide gaps become spaces (a column break is two or more), a wide vertical gap becomes
 * an empty line. The agenda then reads the same layout rules for a PDF as for a saved text.
 */
import { bestBy } from "./best";
import { parseItemNumber, parseNumberOnly } from "./numbers";

export interface PositionedText {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A gap this many character widths wide or more is a column break, not a word space. */
const COLUMN_GAP = 1.2;
/**
 * Baselines further apart than this many line heights, and this much more than the page's usual line
 * spacing, have an empty line between them (a page set with wide spacing has no empty lines at all).
 */
const PARAGRAPH_GAP = 1.65;
const SPACING_GAP = 1.4;

const median = (values: number[]): number => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/** A page wider than this many characters is not laid out further: columns past it are one gap. */
const MAX_COLUMN = 400;

/** The page's typical character width, the unit of its columns (at least one point). */
export function characterWidth(items: readonly PositionedText[]): number {
  const widths = items
    .filter((item) => item.str.trim().length >= 2 && item.width > 0)
    .map((item) => item.width / item.str.length);
  return Math.max(median(widths) || 5, 1);
}

/** Items grouped by baseline, top to bottom, each line left to right. */
function groupLines(items: readonly PositionedText[]): PositionedText[][] {
  const sorted = items.filter((item) => item.str.trim() !== "").sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PositionedText[][] = [];
  for (const item of sorted) {
    const line = lines.at(-1);
    const first = line?.[0];
    // Same line when the baselines differ by less than half the text height (superscripts, kerning).
    if (line && first && Math.abs(first.y - item.y) < Math.max(first.height, item.height, 1) / 2)
      line.push(item);
    else lines.push([item]);
  }
  for (const line of lines) line.sort((a, b) => a.x - b.x);
  return lines;
}

function renderLine(line: readonly PositionedText[], left: number, unit: number): string {
  const parts: string[] = [];
  // Characters written so far, and whether the last one is a space (no trimming of a growing string).
  let length = 0;
  let spaced = true;
  let end = Number.NEGATIVE_INFINITY;
  const push = (text: string) => {
    parts.push(text);
    length += text.length;
    spaced = /\s$/.test(text);
  };
  for (const item of line) {
    const column = Math.min(MAX_COLUMN, Math.max(0, Math.round((item.x - left) / unit)));
    const gap = item.x - end;
    if (length === 0) push(" ".repeat(column));
    else if (gap >= unit * COLUMN_GAP) push(" ".repeat(Math.max(2, column - length)));
    // A visible gap between items is a space the PDF does not encode as text.
    else if (gap > Math.max(item.height, 1) * 0.15 && !spaced) push(" ");
    push(item.str);
    end = item.x + item.width;
  }
  return parts.join("").trimEnd();
}

/** Numbered items starting at one x right of the margin that make it a second column's edge. */
const MIN_COLUMN_ITEMS = 3;
/** Fewer do where each shares its line with words left of it (a sidebar beside a short list). */
const MIN_SHARED_COLUMN_ITEMS = 2;
/** The second column starts at least this many character widths right of the margin. */
const MIN_COLUMN_OFFSET = 12;

/**
 * An item that starts a numbered entry: "8" with a title beside it, "8 Yttrande …", or a number ending its
 * line ("Punkt 8", "Ärende 8") whose title the line below sets at or just right of it, whatever stands to
 * its left (a sidebar of meeting facts or members shares its baselines).
 */
function startsEntry(lines: readonly PositionedText[][], row: number, at: number, unit: number): boolean {
  const line = lines[row]!;
  const item = line[at]!;
  const number = parseItemNumber(item.str.trim());
  if (!number) return false;
  if (number.rest !== "") return true;
  const next = line[at + 1];
  if (next !== undefined) return next.x - (item.x + item.width) < unit * 8;
  const below = lines[row + 1]?.find((other) => other.x >= item.x - unit / 2);
  return below !== undefined && below.x - item.x < unit * 8 && !parseItemNumber(below.str.trim());
}

/** Text stands left of the line's item `at` (a sidebar's fact, name or date), not only a number (a number column). */
const sharesWithWords = (line: readonly PositionedText[], at: number): boolean =>
  line.slice(0, at).some((item) => parseNumberOnly(item.str.trim()) === null);

/**
 * Where a page set in two columns has its second one: the x at which at least three numbered entries start
 * (within a character width) right of the margin. Found from the text's positions, before any line is
 * rendered: counted in characters, a column set in another font drifts from line to line.
 */
function secondColumn(lines: readonly PositionedText[][], left: number, unit: number): number | null {
  const starts: { x: number; shared: boolean }[] = [];
  lines.forEach((line, row) => {
    line.forEach((item, at) => {
      if (item.x >= left + unit * MIN_COLUMN_OFFSET && startsEntry(lines, row, at, unit))
        starts.push({ x: item.x, shared: at > 0 && sharesWithWords(line, at) });
    });
  });
  starts.sort((a, b) => a.x - b.x);
  // The window of starts within one unit that holds the most, slid once over them (`to` only moves on).
  let to = 0;
  const found = bestBy(starts.keys(), (from) => {
    while (to < starts.length && starts[to]!.x - starts[from]!.x <= unit) to++;
    return to - from;
  });
  if (!found) return null;
  const window = starts.slice(found.best, found.best + found.score);
  const enough =
    found.score >= MIN_COLUMN_ITEMS ||
    (found.score >= MIN_SHARED_COLUMN_ITEMS && window.every((start) => start.shared));
  if (!enough) return null;
  const gutter = starts[found.best]!.x;
  // Numbers left of it whose titles stand beside them past it ("Punkt 4" … "Budget 2026") make one table
  // of a number column and a title column; the entries found there are the titles' sub-items ("4 a").
  const edge = gutter - unit / 2;
  const numberBesideTitle = (line: readonly PositionedText[]) =>
    line.some(
      (item, at) =>
        item.x < edge &&
        (line[at + 1]?.x ?? Number.NEGATIVE_INFINITY) >= edge &&
        parseItemNumber(item.str.trim())?.rest === "",
    );
  return lines.filter(numberBesideTitle).length >= MIN_COLUMN_ITEMS ? null : gutter;
}

/** Renders lines with an empty line at each paragraph gap. */
function renderLines(lines: readonly PositionedText[][], left: number, unit: number, out: string[]): void {
  const spacing = median(
    lines.slice(1).map((line, index) => (lines[index]?.[0]?.y ?? 0) - (line[0]?.y ?? 0)),
  );
  let previous: PositionedText | null = null;
  for (const line of lines) {
    const first = line[0]!;
    const height = Math.max(first.height, previous?.height ?? 0, 1);
    const gap = previous ? previous.y - first.y : 0;
    if (gap > height * PARAGRAPH_GAP && gap > spacing * SPACING_GAP) out.push("");
    out.push(renderLine(line, left, unit));
    previous = first;
  }
}

/**
 * Lines of one page as laid-out text. A page in two columns of numbered entries reads its left column,
 * then its right one, over each run of lines that no text crosses (a full-width footer or heading ends a
 * run), from the first line with an entry on: the header above keeps its lines.
 */
export function layoutPage(items: readonly PositionedText[]): string[] {
  const lines = groupLines(items);
  if (lines.length === 0) return [];
  const unit = characterWidth(items);
  let left = Number.POSITIVE_INFINITY;
  for (const line of lines) left = Math.min(left, line[0]?.x ?? 0);
  const out: string[] = [];
  const gutter = secondColumn(lines, left, unit);
  if (gutter === null) {
    renderLines(lines, left, unit, out);
    return out;
  }
  const edge = gutter - unit / 2;
  const crosses = (line: readonly PositionedText[]) =>
    line.some((item) => item.x < edge && item.x + item.width > edge);
  // The run holding the first entry of the right column starts after the last full-width line above it.
  const first = lines.findIndex((line, row) =>
    line.some((item, at) => item.x >= edge && startsEntry(lines, row, at, unit)),
  );
  let start = first;
  while (start > 0 && !crosses(lines[start - 1]!)) start--;
  renderLines(lines.slice(0, start), left, unit, out);
  for (let index = start; index < lines.length; ) {
    let end = index;
    while (end < lines.length && !crosses(lines[end]!)) end++;
    if (end === index) {
      renderLines([lines[index]!], left, unit, out);
      index++;
      continue;
    }
    const run = lines.slice(index, end);
    const leftHalf = run.map((line) => line.filter((item) => item.x < edge)).filter((line) => line.length);
    const rightHalf = run.map((line) => line.filter((item) => item.x >= edge)).filter((line) => line.length);
    if (out.length > 0 && index === start) out.push("");
    renderLines(leftHalf, left, unit, out);
    if (leftHalf.length > 0 && rightHalf.length > 0) out.push("");
    renderLines(rightHalf, gutter, unit, out);
    index = end;
  }
  return out;
}
