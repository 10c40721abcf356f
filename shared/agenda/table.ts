import { LIMITS } from "../clip/limits";
import type { Block } from "./blocks";
import { scanDnr } from "./dnr";
import { linksIn, nodeLines, nodeText, tagOf } from "./dom-text";
import { type ColumnRole, headerRoles } from "./line-kinds";
import { classOfCell, groupHeading } from "./mbl";
import { parseItemNumber, parseNumberOnly } from "./numbers";

/**
 * Agenda tables: one row per item, columns for number, title (ärende), dnr and documents. Column roles
 * come from the header row when there is one, otherwise from what the cells hold.
 */
/** A parent's element children that pass `keep`, walked by sibling pointers (this runs for every row of a table). */
function childrenWhere(parent: Element, keep: (child: Element) => boolean): Element[] {
  const out: Element[] = [];
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling)
    if (keep(child)) out.push(child);
  return out;
}

const childrenTagged = (parent: Element, tags: readonly string[]): Element[] =>
  childrenWhere(parent, (child) => tags.includes(tagOf(child)));

const childrenWithRole = (parent: Element, roles: readonly string[]): Element[] =>
  childrenWhere(parent, (child) => roles.includes(child.getAttribute("role") ?? ""));

/** An ARIA table of other elements ("<div role="table">"): its rows and cells are named by their roles. */
export const isAriaTable = (element: Element): boolean =>
  tagOf(element) !== "TABLE" && ARIA_TABLES.includes(element.getAttribute("role") ?? "");
// Not "grid": an interactive widget (a date picker of day numbers) as often as a table of data.
const ARIA_TABLES = ["table"];
const ARIA_CELLS = ["cell", "gridcell", "columnheader", "rowheader"];

/** The table's own rows, not those of tables nested in its cells. */
export function rowsOf(table: Element): Element[] {
  if (isAriaTable(table))
    return childrenWithRole(table, ["row", "rowgroup"]).flatMap((child) =>
      child.getAttribute("role") === "row" ? [child] : childrenWithRole(child, ["row"]),
    );
  return childrenTagged(table, ["TR", "THEAD", "TBODY", "TFOOT"]).flatMap((child) =>
    tagOf(child) === "TR" ? [child] : childrenTagged(child, ["TR"]),
  );
}

export const cellsOf = (row: Element): Element[] =>
  tagOf(row) === "TR" ? childrenTagged(row, ["TD", "TH"]) : childrenWithRole(row, ARIA_CELLS);

const isHeaderCell = (cell: Element): boolean =>
  tagOf(cell) === "TH" || cell.getAttribute("role") === "columnheader";

/**
 * A table used for page layout rather than as the agenda: one column, or cells holding headings or
 * further tables. Its cells are read as ordinary content.
 */
export function isLayoutTable(table: Element, rows: readonly Element[]): boolean {
  if (rows.every((row) => cellsOf(row).length <= 1)) return true;
  // One query for the whole table: a 24,000-row table must not be searched cell by cell.
  if (table.querySelector("td table, th table") !== null) return true;
  // A heading in a cell lays out a page, unless its cell is its row's only one: a group row spanning the
  // table ("<th colspan=3><h3>Ärenden för beslut</h3></th>") between the rows of items.
  for (const heading of table.querySelectorAll(
    "td h1, td h2, td h3, td h4, td h5, td h6, th h1, th h2, th h3",
  )) {
    const row = heading.closest("tr");
    if (!row || cellsOf(row).length > 1) return true;
  }
  return false;
}

/** Column roles from a header row: in <thead>, all <th>, or (Word tables have no <th>) a row of column names. */
function headerOf(row: Element, cells: readonly Element[], texts: readonly string[]): ColumnRole[] | null {
  if (cells.length < 2) return null;
  const roles = headerRoles(texts);
  if (roles) return roles;
  const marked = tagOf(row.parentElement ?? row) === "THEAD" || cells.every(isHeaderCell);
  return marked ? cells.map(() => "other") : null;
}

/**
 * Rows read in full on one page. Past them a data row is only counted (a placeholder block): the clip
 * keeps 500 items, and a 100,000-row page must not cost 100,000 rows of text.
 */
export const ROWS_READ = 4 * LIMITS.items;

/** How many data rows of the page were read in full so far, shared by the page's tables. */
export interface RowBudget {
  read: number;
}

// Spans past these are hostile or a layout, not an agenda: a cell counts at most this wide or tall.
const MAX_SPAN = 64;
const MAX_COLUMNS = 64;

const spanOf = (cell: Element, name: string): number => {
  const value = Number.parseInt(cell.getAttribute(name) ?? "", 10);
  return Number.isFinite(value) && value > 1 ? Math.min(value, MAX_SPAN) : 1;
};

/**
 * The table's grid: where each row's cells stand once cells merged across columns (colspan, Word's
 * gridSpan) and down from rows above (rowspan, Word's vMerge) are counted, so a column's role from the
 * header fits every row.
 */
class Grid {
  /** For each column, how many more rows a cell from a row above covers it. */
  private readonly covered: number[] = [];

  /** The column of each of the row's cells. */
  place(cells: readonly Element[]): number[] {
    const columns: number[] = [];
    let col = 0;
    for (const cell of cells) {
      while (col < MAX_COLUMNS && (this.covered[col] ?? 0) > 0) col++;
      const width = spanOf(cell, "colspan");
      const height = spanOf(cell, "rowspan");
      columns.push(Math.min(col, MAX_COLUMNS));
      for (let at = col; at < col + width && at < MAX_COLUMNS; at++) this.covered[at] = height;
      col += width;
    }
    // One row passes: every cover counts down, this row's own cells included.
    for (let at = 0; at < this.covered.length; at++) if (this.covered[at]! > 0) this.covered[at]!--;
    return columns;
  }
}

/** One block per row (and per further line of its title cell); a header row gives the column roles. */
export function tableBlocks(
  rows: readonly Element[],
  base: string,
  budget: RowBudget = { read: 0 },
): Block[] {
  let roles: ColumnRole[] | null = null;
  const blocks: Block[] = [];
  const grid = new Grid();
  for (const row of rows) {
    if (budget.read >= ROWS_READ && roles !== null) {
      blocks.push({ kind: "row", text: "", links: [], structuralItem: true, placeholder: true });
      continue;
    }
    const cells = cellsOf(row);
    const columns = grid.place(cells);
    const texts = cells.map((cell) => nodeText(cell));
    const header = headerOf(row, cells, texts);
    if (header) {
      // A repeated header row on the next page keeps the same roles.
      if (header.some((role) => role !== "other") || roles === null) roles = onGrid(header, columns, "other");
      continue;
    }
    const field = roles === null ? factRow(cells, texts) : null;
    if (field) {
      blocks.push({ kind: "paragraph", text: field, links: linksIn(row, base) });
      continue;
    }
    for (const block of rowBlocks(row, cells, texts, columns, roles, base)) {
      if (block.structuralItem && !block.joined) budget.read++;
      blocks.push(block);
    }
  }
  return blocks;
}

// A row header that names a fact ("Diarienummer", "Handläggare:", "Tid"), a word of two letters or more: not an
// item number, nor a sub-item's letter ("a.", "b").
const FACT_LABEL = /^\p{L}{2}[\p{L}\s.-]{0,39}:?$/u;

/**
 * A row of a table of facts without column headers: a row header and its value ("Diarienummer | 2025/12"
 * under an item's heading) reads as the line "Diarienummer: 2025/12", a field of the item above.
 */
function factRow(cells: readonly Element[], texts: readonly string[]): string | null {
  const [label = "", value = ""] = texts.map((text) => text.trim());
  const [head, data] = cells;
  if (cells.length !== 2 || !head || !data || !value || !FACT_LABEL.test(label)) return null;
  const rowHeader = (cell: Element) => tagOf(cell) === "TH" || cell.getAttribute("role") === "rowheader";
  if (rowHeader(head) && !rowHeader(data)) return `${label.replace(/:$/, "")}: ${value}`;
  // Word marks no row header: a label set wholly in bold beside a value that is not ("**Datum** | Torsdag 12
  // mars 2026", a kallelse's table of meeting facts), unless the value is only dnr (a title beside its case).
  const found = scanDnr(value, { column: true }).found;
  const dnrOnly = found[0]?.start === 0 && found.at(-1)?.end === value.length;
  return allBold(head, label) && !allBold(data, value) && !dnrOnly
    ? `${label.replace(/:$/, "")}: ${value}`
    : null;
}

/** Whether all of a cell's text stands in bold elements (`<strong>`, `<b>`). */
function allBold(cell: Element, text: string): boolean {
  const bold = Array.from(cell.querySelectorAll("strong, b"), (element) => nodeText(element)).join(" ");
  return bold.replace(/\s+/gu, "") === text.replace(/\s+/gu, "") && text !== "";
}

/** Values of a row's cells at their columns of the grid; `empty` where no cell of the row starts. */
function onGrid<T>(values: readonly T[], columns: readonly number[], empty: T): T[] {
  let width = 0;
  for (const col of columns) width = Math.max(width, col + 1);
  const out: T[] = Array.from({ length: width }, () => empty);
  values.forEach((value, index) => {
    out[columns[index]!] = value;
  });
  return out;
}

/** Index of the first cell whose role is `role`, or -1. */
const columnOf = (roles: readonly ColumnRole[] | null, role: ColumnRole, count: number): number =>
  roles ? roles.slice(0, count).indexOf(role) : -1;

/**
 * A cell naming the group of its row left of the number ("Information enligt MBL § 19" in a first column,
 * often merged down over the group's rows): the group's heading, not the row's title. Only the cells before
 * the number column are looked at, so a table numbered in its first column costs nothing more.
 */
function groupCell(texts: readonly string[], numberIndex: number): number {
  for (let index = 0; index < numberIndex; index++) {
    const text = texts[index];
    if (!text) continue;
    const heading = groupHeading(text);
    if (heading !== undefined && !heading.weak) return index;
  }
  return -1;
}

function rowBlocks(
  row: Element,
  rowCells: readonly Element[],
  rowTexts: readonly string[],
  columns: readonly number[],
  roles: ColumnRole[] | null,
  base: string,
): Block[] {
  const links = linksIn(row, base);
  const filled = rowTexts.filter(Boolean);
  // A row of one cell spanning the table is a section heading ("Information enligt MBL § 19"); so is a
  // row with one filled cell when no header says what the columns are.
  if (rowTexts.length <= 1 || (roles === null && filled.length <= 1)) {
    // A spanning row of only the item's dnr ("Dnr KS 2025/12" under its row) is the item's, no heading.
    const text = filled[0] ?? "";
    const scan = text ? scanDnr(text) : null;
    const dnrOnly = scan !== null && scan.found.length > 0 && scan.rest === "";
    return [{ kind: dnrOnly ? "paragraph" : "heading", text, links }];
  }
  const cells = onGrid<Element | null>(rowCells, columns, null);
  const texts = onGrid(rowTexts, columns, "");

  let numberIndex = columnOf(roles, "number", texts.length);
  if (numberIndex < 0)
    numberIndex = texts.findIndex(
      (text, index) => columnOf(roles, "position", texts.length) !== index && parseNumberOnly(text) !== null,
    );
  const number = numberIndex >= 0 ? parseNumberOnly(texts[numberIndex] ?? "") : null;
  const before: Block[] = [];
  const group = groupCell(texts, numberIndex);
  if (group >= 0) {
    before.push({ kind: "heading", text: texts[group]!, links: [] });
    texts[group] = "";
  }

  const dnrIndex = columnOf(roles, "dnr", texts.length);
  let titleIndex = columnOf(roles, "title", texts.length);
  if (titleIndex < 0) {
    titleIndex = texts.findIndex(
      (text, index) =>
        index !== numberIndex &&
        index !== dnrIndex &&
        (roles?.[index] ?? "other") === "other" &&
        text !== "" &&
        scanDnr(text).rest !== "",
    );
  }
  const dnrCell = dnrIndex >= 0 ? cells[dnrIndex] : null;
  // Without a dnr column, a cell holding nothing but dnr is one.
  const dnrCells = dnrCell
    ? withBracketsJoined(nodeLines(dnrCell))
    : texts.filter(
        (text, index) => index !== titleIndex && index !== numberIndex && text && scanDnr(text).rest === "",
      );
  const titleCell = titleIndex >= 0 ? cells[titleIndex] : null;
  const [first = "", ...more] = titleCell ? nodeLines(titleCell) : [];
  const structural = number !== null || roles?.includes("title") === true || parseItemNumber(first) !== null;
  const classIndex = columnOf(roles, "class", texts.length);
  const mbl = classIndex >= 0 ? classOfCell(texts[classIndex] ?? "") : undefined;
  const rowBlock: Block = {
    kind: "row",
    text: first,
    links,
    structuralItem: structural,
    number,
    dnrCells,
    ...(mbl === undefined ? {} : { mbl }),
  };
  // Where the title is set in bold, a further line in regular weight describes the item ("kl. 18.00", "Val av
  // justerare och tid för justering."): no part of the title.
  const bold = titleCell ? boldLines(titleCell) : null;
  const boldTitle = bold?.has(first) === true;
  const lettered = titleCell ? letteredEntries(titleCell) : new Map<string, string>();
  // Further paragraphs of the title cell: a wrapped title, a presenter, a dnr of another body, or a link
  // to a document ("Tjänsteskrivelse (PDF, 1 MB)"), which carries that link so it reads as an underlag.
  return [
    ...before,
    ...(number === null && numberIndex >= 0 ? splitRow(rowBlock, texts[numberIndex] ?? "") : [rowBlock]),
    ...more.map((text): Block => {
      // An entry of a lettered list in the title cell is the item's sub-item ("8 a"), as its "a)" would say.
      const letter = lettered.get(text);
      if (letter)
        return { kind: "row", text: `${letter}) ${text}`, links: links.filter((link) => link.text === text) };
      return {
        kind: "row",
        text,
        links: links.filter((link) => link.text === text),
        joined: true,
        ...(boldTitle && !bold?.has(text) ? { remark: true } : {}),
      };
    }),
  ];
}

/** The entries of a cell's lettered lists (`<ol type="a">`), by their text: "a", "b", … (from `start`). */
function letteredEntries(cell: Element): Map<string, string> {
  const entries = new Map<string, string>();
  for (const list of cell.querySelectorAll('ol[type="a"], ol[type="A"]')) {
    const start = Number.parseInt(list.getAttribute("start") ?? "1", 10);
    const base = (list.getAttribute("type") === "A" ? 65 : 97) + (Number.isFinite(start) ? start - 1 : 0);
    let index = 0;
    for (const entry of Array.from(list.children)) {
      if (tagOf(entry) !== "LI" || base + index > 122) continue;
      const text = nodeText(entry);
      if (text) entries.set(text, String.fromCharCode(base + index));
      index++;
    }
  }
  return entries;
}

/** The lines of a cell that stand wholly in bold (`<strong>`, `<b>`), or null where it has no bold text. */
function boldLines(cell: Element): Set<string> | null {
  const elements = cell.querySelectorAll("strong, b");
  if (elements.length === 0) return null;
  return new Set(Array.from(elements).flatMap((element) => nodeLines(element)));
}

// Under the own dnr, another body's name in brackets before its number, with no label between: "(Sörby stad KS
// 2025-00412)", "(Trafikverket TRV 2024/1234)", "(Region Västerland RS 2025-0044)". Written as "(Name: …)",
// the form of another body's number the dnr reader knows. A word such as "Tidigare" is no body.
const BRACKETED_BODY_NUMBER =
  /^\((?!(?:Dnr|Diarienr|Diarienummer|Tidigare|Nytt|Eget|Vårt|Ärende|Ärendet|Se|Jfr)(?![\p{L}]))(\p{Lu}\p{Ll}[\p{L}-]{1,40}(?:\s(?:i\s)?\p{L}\p{Ll}[\p{L}-]{0,30}){0,3})\s(?=\p{Lu}{1,6}[\s/-]?\d)/u;

/** A dnr cell's line in brackets ("RS 2024-00478" / "(HSN 2024-00233)") is a remark on the line above it. */
function withBracketsJoined(lines: readonly string[]): string[] {
  const joined: string[] = [];
  for (const line of lines) {
    if (joined.length > 0 && line.startsWith("("))
      joined[joined.length - 1] += ` ${line.replace(BRACKETED_BODY_NUMBER, "($1: ")}`;
    else joined.push(line);
  }
  return joined;
}

/**
 * A row a flattened table ran together: "12 13" in the number cell and "Anmälningsärenden Övriga frågor" in
 * the title cell give one row per number where the numbers follow each other and the title has as many words
 * starting in capitals (so a name inside a title leaves the row as it is); the row's dnr and links are the
 * first item's.
 */
function splitRow(row: Block, numberText: string): Block[] {
  const numbers = numberText.split(/\s*,\s*|\s+/u).filter(Boolean);
  if (
    numbers.length < 2 ||
    numbers.length > 5 ||
    !numbers.every((n, i) => /^\d{1,3}$/.test(n) && Number(n) === Number(numbers[0]) + i)
  )
    return [row];
  const starts = [...row.text.matchAll(/(?<![^\s])\p{Lu}/gu)].map((match) => match.index);
  if (starts.length !== numbers.length || starts[0] !== 0) return [row];
  return numbers.map((number, index) => ({
    ...row,
    text: row.text.slice(starts[index], starts[index + 1]).trim(),
    number,
    ...(index === 0 ? {} : { links: [], dnrCells: [] }),
  }));
}
