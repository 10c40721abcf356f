import type { AgendaLink } from "../model/meeting";

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
  /** Number given by the structure: an ordered list's position or a table's number column. */
  number?: string | null;
  /** Dnr from a table's dnr column. */
  dnr?: string | null;
  /** Headings: 1 for <h1> … 6 for <h6>. Absent for a table's section row. */
  level?: number;
}

export const lineBlock = (text: string): Block => ({ kind: "paragraph", text, links: [] });
