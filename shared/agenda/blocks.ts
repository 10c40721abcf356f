import type { AgendaLink, MblClass } from "../model/meeting";

/**
 * The unit the item assembler reads: one heading, list item, table row or paragraph of a page, or one
 * line of a text. DOM and text extraction both reduce their input to blocks so one set of rules decides
 * what is an item.
 */
export type BlockKind = "heading" | "listItem" | "row" | "paragraph";

export interface Block {
  kind: BlockKind;
  /** Cleaned text; for a table row, the title cell. */
  text: string;
  links: AgendaLink[];
  /** The page's structure says this block is an item (a table's data row, an ordered list's entry). */
  structuralItem?: boolean;
  /** One of three or more sibling blocks of one shape (cards of divs): read as a list's entry. */
  entry?: boolean;
  /** Number given by the structure: an ordered list's position or a table's number column. */
  number?: string | null;
  /** The class a table's class column gives the row's item (null: a neutral word such as "Formalia"). */
  mbl?: MblClass;
  /** Texts of a table's dnr column: read as dnr even without a "Dnr" label. */
  dnrCells?: string[];
  /** Headings: 1 for <h1> … 6 for <h6>. Absent for a table's section row. */
  level?: number;
  /**
   * The block's text in the columns the source separates: cells of laid-out text (two or more spaces, tabs,
   * " | "), the spans of a row built of spans only. Absent when the block is one run of text.
   */
  cells?: string[];
  /** Laid-out text: the column of each cell, and of the line's first character. */
  cols?: number[];
  indent?: number;
  /** Laid-out text: the page the line is on (form feeds count pages). */
  page?: number;
  /** An empty line of laid-out text: it ends a wrapped title. */
  blank?: boolean;
  /** Laid-out text: the line starts with a bullet ("- ", "• "), a point under an item, not its title. */
  bullet?: boolean;
  /** The line continues the element of the block before it (after a `<br>`, another paragraph of a cell). */
  joined?: boolean;
  /** A further line of a title cell whose title is set in bold, itself not: the item's description, not its title. */
  remark?: boolean;
  /** A table's data row past the rows read in full (see `ROWS_READ`): counted, not read. */
  placeholder?: boolean;
}

export const lineBlock = (text: string): Block => ({ kind: "paragraph", text, links: [] });
