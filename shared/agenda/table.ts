import { LIMITS } from "../clip/limits";
import type { Block } from "./blocks";
import { scanDnr } from "./dnr";
import { linksIn, nodeLines, nodeText, tagOf } from "./dom-text";
import { type ColumnRole, headerRoles } from "./line-kinds";
import { parseItemNumber, parseNumberOnly } from "./numbers";

/**
 * Agenda tables: one row per item, columns for number, title (ärende), dnr and documents. Column roles
 * come from the header row when there is one, otherwise from what the cells hold.
 */
const childrenTagged = (parent: Element, tags: readonly string[]): Element[] =>
  Array.from(parent.children).filter((child) => tags.includes(tagOf(child)));

/** The table's own rows, not those of tables nested in its cells. */
export function rowsOf(table: Element): Element[] {
  return childrenTagged(table, ["TR", "THEAD", "TBODY", "TFOOT"]).flatMap((child) =>
    tagOf(child) === "TR" ? [child] : childrenTagged(child, ["TR"]),
  );
}

export const cellsOf = (row: Element): Element[] => childrenTagged(row, ["TD", "TH"]);

/**
 * A table used for page layout rather than as the agenda: one column, or cells holding headings or
 * further tables. Its cells are read as ordinary content.
 */
export function isLayoutTable(table: Element, rows: readonly Element[]): boolean {
  if (rows.every((row) => cellsOf(row).length <= 1)) return true;
  // One query for the whole table: a 24,000-row table must not be searched cell by cell.
  return (
    table.querySelector(
      "td table, th table, td h1, td h2, td h3, td h4, td h5, td h6, th h1, th h2, th h3",
    ) !== null
  );
}

/** Column roles from a header row: in <thead>, all <th>, or (Word tables have no <th>) a row of column names. */
function headerOf(row: Element, cells: readonly Element[], texts: readonly string[]): ColumnRole[] | null {
  if (cells.length < 2) return null;
  const roles = headerRoles(texts);
  if (roles) return roles;
  const marked = tagOf(row.parentElement ?? row) === "THEAD" || cells.every((cell) => tagOf(cell) === "TH");
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

/** One block per row (and per further line of its title cell); a header row gives the column roles. */
export function tableBlocks(
  rows: readonly Element[],
  base: string,
  budget: RowBudget = { read: 0 },
): Block[] {
  let roles: ColumnRole[] | null = null;
  const blocks: Block[] = [];
  for (const row of rows) {
    if (budget.read >= ROWS_READ && roles !== null) {
      blocks.push({ kind: "row", text: "", links: [], structuralItem: true, placeholder: true });
      continue;
    }
    const cells = cellsOf(row);
    const texts = cells.map((cell) => nodeText(cell));
    const header = headerOf(row, cells, texts);
    if (header) {
      // A repeated header row on the next page keeps the same roles.
      if (header.some((role) => role !== "other") || roles === null) roles = header;
      continue;
    }
    for (const block of rowBlocks(row, cells, texts, roles, base)) {
      if (block.structuralItem && !block.joined) budget.read++;
      blocks.push(block);
    }
  }
  return blocks;
}

/** Index of the first cell whose role is `role`, or -1. */
const columnOf = (roles: readonly ColumnRole[] | null, role: ColumnRole, count: number): number =>
  roles ? roles.slice(0, count).indexOf(role) : -1;

function rowBlocks(
  row: Element,
  cells: readonly Element[],
  texts: readonly string[],
  roles: ColumnRole[] | null,
  base: string,
): Block[] {
  const links = linksIn(row, base);
  const filled = texts.filter(Boolean);
  // A row of one cell spanning the table is a section heading ("Information enligt MBL § 19"); so is a
  // row with one filled cell when no header says what the columns are.
  if (texts.length <= 1 || (roles === null && filled.length <= 1)) {
    return [{ kind: "heading", text: filled[0] ?? "", links }];
  }

  let numberIndex = columnOf(roles, "number", texts.length);
  if (numberIndex < 0)
    numberIndex = texts.findIndex(
      (text, index) => columnOf(roles, "position", texts.length) !== index && parseNumberOnly(text) !== null,
    );
  const number = numberIndex >= 0 ? parseNumberOnly(texts[numberIndex] ?? "") : null;

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
  // Without a dnr column, a cell holding nothing but dnr is one.
  const dnrCells =
    dnrIndex >= 0
      ? nodeLines(cells[dnrIndex]!)
      : texts.filter(
          (text, index) => index !== titleIndex && index !== numberIndex && text && scanDnr(text).rest === "",
        );
  const [first = "", ...more] = titleIndex >= 0 ? nodeLines(cells[titleIndex]!) : [];
  const structural = number !== null || roles?.includes("title") === true || parseItemNumber(first) !== null;
  const rowBlock: Block = {
    kind: "row",
    text: first,
    links,
    structuralItem: structural,
    number,
    dnrCells,
  };
  // Further paragraphs of the title cell: a wrapped title, a presenter, a dnr of another body, or a link
  // to a document ("Tjänsteskrivelse (PDF, 1 MB)"), which carries that link so it reads as an underlag.
  return [
    rowBlock,
    ...more.map(
      (text): Block => ({
        kind: "row",
        text,
        links: links.filter((link) => link.text === text),
        joined: true,
      }),
    ),
  ];
}
