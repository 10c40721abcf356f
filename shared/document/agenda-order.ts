import { parseItemNumber } from "../agenda/numbers";

/**
 * An agenda item's place in the committee's order, from its number: "7" < "7 a" < "8", "§ 12" as 12. Null for
 * an item without a number (or a lettered one, "a)"), which keeps its place at the end.
 */
export function agendaOrder(number: string | null | undefined): number | null {
  const match = /^(?:§\s*)?(\d{1,4})(?:\s?([a-h]))?\b/u.exec(number?.trim() ?? "");
  if (!match) return null;
  const letter = match[2] ? match[2].charCodeAt(0) - 96 : 0;
  return Number(match[1]) * 100 + letter;
}

/** The order of an item already in the document, read from its heading line ("7. Budget", "§ 12 Budget"). */
export function headingOrder(heading: string): number | null {
  return agendaOrder(parseItemNumber(heading.trim())?.number);
}
