import type { ItemCategory } from "../model/meeting";
import { NUMBERED } from "./headings";
import type { SourceParagraph } from "./paragraphs";

const GROUP =
  /^(?:[A-H]\.\s+|[IVX]{1,4}\.\s+)?(information|informationsärenden|informationspunkter|dialog|dialogärenden|diskussionsärenden|beslut|beslutsärenden)\s*:?$/i;
const MBL = /MBL\s*§\s*(11|19)\b|§\s*(11|19)\s*MBL|MBL\s*(11|19)\s*§|\b(11|19)\s*§\s*MBL/i;
// Every form has "§": the pattern runs only where one is.
const mblMatch = (text: string) => (text.includes("§") ? MBL.exec(text) : null);
/** A line naming an MBL part is a part marker only when short; longer, it is a sentence about the law. */
const MBL_MARKER_WORDS = 15;

/** "Information:", "Dialog", "Beslutsärenden": the group heading the items below stand in. */
export function groupOf(text: string): ItemCategory | null {
  const word = GROUP.exec(text)?.[1]?.toLocaleLowerCase("sv");
  if (!word) return null;
  if (word.startsWith("info")) return "information";
  if (word.startsWith("beslut")) return "beslut";
  return "dialog";
}

/** "*Avser samverkan som motsvarar MBL § 11*": the MBL part the items below belong to. */
export function mblGroup(paragraph: SourceParagraph): ItemCategory | null {
  const match = mblMatch(paragraph.text);
  if (!match || paragraph.text.split(/\s+/).length > MBL_MARKER_WORDS || NUMBERED.test(paragraph.text)) {
    return null;
  }
  return partOf(match);
}

const partOf = (match: RegExpExecArray): ItemCategory =>
  (match[1] ?? match[2] ?? match[3] ?? match[4]) === "11" ? "mbl11" : "mbl19";

/** The MBL part an item's own title names: "Omorganisation (samverkan enligt 11 § MBL)". */
export function mblOfTitle(title: string): ItemCategory | null {
  const match = mblMatch(title);
  return match ? partOf(match) : null;
}

export type GroupLine = { group: ItemCategory } | { mbl: ItemCategory };

/** "2. Information" over "2.1 Budget": a numbered group heading whose items are numbered under it. */
function numberedGroup(paragraph: SourceParagraph, next: SourceParagraph | undefined): ItemCategory | null {
  const numbered = /^(\d{1,2})\.?\s+(.+)$/.exec(paragraph.text);
  if (!numbered || !next) return null;
  const sub = new RegExp(`^${numbered[1]}\\.\\d{1,2}\\.?\\s`).test(next.text);
  return sub ? groupOf(numbered[2]!) : null;
}

/** A group heading or an MBL part marker (a markdown heading naming MBL is an item, not a marker). */
export function readGroup(paragraph: SourceParagraph, next?: SourceParagraph): GroupLine | null {
  const group = groupOf(paragraph.text) ?? numberedGroup(paragraph, next);
  if (group) return { group };
  const mbl = paragraph.mdLevel === 0 ? mblGroup(paragraph) : null;
  return mbl ? { mbl } : null;
}
