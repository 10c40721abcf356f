/**
 * An agenda item's place in the committee's order, from its number as the clip gives it ("7", "7 a", "§ 12")
 * or from the heading the add-in wrote for it ("7. Budget", "7 a. Tillägg", "§ 12 Lokalplan"): "7" < "7 a" <
 * "8", "§ 12" as 12. Null for an item without a number (or a lettered one, "a)"), which keeps its place at the
 * end.
 */
export function agendaOrder(numberOrHeading: string | null | undefined): number | null {
  const match = /^(?:§\s*)?(\d{1,4})(?:\s?([a-h]))?(?=$|[.)\s])/u.exec(numberOrHeading?.trim() ?? "");
  if (!match) return null;
  const letter = match[2] ? match[2].charCodeAt(0) - 96 : 0;
  return Number(match[1]) * 100 + letter;
}
