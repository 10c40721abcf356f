import type { Block } from "./blocks";
import { findDnr } from "./dnr";
import { linksIn, nodeText, tagOf } from "./dom-text";
import { parseNumberOnly } from "./numbers";

/**
 * Agenda tables: one row per item, columns for number, title (ärende), dnr and documents. Column roles
 * come from the header row when there is one, otherwise from what the cells hold.
 */
type Role = "number" | "title" | "dnr" | "documents" | "other";

function roleOfHeader(text: string): Role {
  const label = text.toLowerCase();
  if (/^(?:nr|nummer|punkt|p|§|ärendenr|ärende ?nummer)\.?$/.test(label)) return "number";
  if (/dnr|diarie/.test(label)) return "dnr";
  if (/handling|bilag|underlag|dokument/.test(label)) return "documents";
  if (/ärende|rubrik|titel|ämne|beskrivning|punkt/.test(label)) return "title";
  return "other";
}

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
export function isLayoutTable(rows: readonly Element[]): boolean {
  const cells = rows.map(cellsOf);
  if (cells.every((row) => row.length <= 1)) return true;
  return cells.some((row) =>
    row.some((cell) => cell.querySelector("table, h1, h2, h3, h4, h5, h6") !== null),
  );
}

/** A header row: in <thead>, all <th>, or (Word tables have no <th>) a first row of column names only. */
function isHeaderRow(row: Element, first: boolean): boolean {
  const cells = cellsOf(row);
  if (cells.length < 2) return false;
  if (tagOf(row.parentElement ?? row) === "THEAD" || cells.every((cell) => tagOf(cell) === "TH")) return true;
  return first && cells.every((cell) => roleOfHeader(nodeText(cell)) !== "other");
}

/** One block per row; a header row gives the column roles for the rows after it. */
export function tableBlocks(rows: readonly Element[], base: string): Block[] {
  let roles: Role[] | null = null;
  const blocks: Block[] = [];
  for (const [index, row] of rows.entries()) {
    if (isHeaderRow(row, index === 0)) {
      roles = cellsOf(row).map((cell) => roleOfHeader(nodeText(cell)));
      continue;
    }
    blocks.push(rowBlock(row, roles, base));
  }
  return blocks;
}

function rowBlock(row: Element, roles: Role[] | null, base: string): Block {
  const texts = cellsOf(row).map((cell) => nodeText(cell));
  const links = linksIn(row, base);
  const filled = texts.filter(Boolean);
  // A row of one cell spanning the table is a section heading ("Information enligt MBL § 19"); so is a
  // row with one filled cell when no header says what the columns are.
  if (texts.length <= 1 || (roles === null && filled.length <= 1)) {
    return { kind: "heading", text: filled[0] ?? "", links };
  }

  const roleAt = (index: number): Role => roles?.[index] ?? "other";
  let numberIndex = texts.findIndex((_, index) => roleAt(index) === "number");
  if (numberIndex < 0) numberIndex = texts.findIndex((text) => parseNumberOnly(text) !== null);
  const number = numberIndex >= 0 ? parseNumberOnly(texts[numberIndex] ?? "") : null;

  const dnrIndex = texts.findIndex((_, index) => roleAt(index) === "dnr");
  const dnr = dnrIndex >= 0 ? (findDnr(texts[dnrIndex] ?? "")?.dnr ?? null) : null;

  let titleIndex = texts.findIndex((_, index) => roleAt(index) === "title");
  if (titleIndex < 0) {
    titleIndex = texts.findIndex(
      (text, index) =>
        index !== numberIndex &&
        index !== dnrIndex &&
        roleAt(index) === "other" &&
        text !== "" &&
        findDnr(text)?.rest !== "",
    );
  }
  const text = texts[titleIndex] ?? "";
  // Without a dnr column, the dnr may sit in any cell; the title cell's own dnr is found later.
  const dnrElsewhere = texts.find((cell, index) => index !== titleIndex && findDnr(cell));
  const rowDnr = dnr ?? (dnrElsewhere ? (findDnr(dnrElsewhere)?.dnr ?? null) : null);
  const structural = number !== null || (roles?.includes("title") ?? false);
  return { kind: "row", text, links, structuralItem: structural, number, dnr: rowDnr };
}
