import { describe, expect, it } from "vitest";
import { agendaOrder, headingOrder } from "./agenda-order";

describe("agenda order", () => {
  it("orders numbers, letter suffixes and paragraph numbers as an agenda does", () => {
    const numbers = ["10", "7 a", "§ 8", "7", "7b", "2"];
    expect([...numbers].sort((a, b) => agendaOrder(a)! - agendaOrder(b)!)).toEqual([
      "2",
      "7",
      "7 a",
      "7b",
      "§ 8",
      "10",
    ]);
    expect([agendaOrder(null), agendaOrder(""), agendaOrder("a")]).toEqual([null, null, null]);
  });

  it("reads the number of an item's heading as the add-in writes it", () => {
    expect(headingOrder("7. Budget 2025")).toBe(700);
    expect(headingOrder("§ 12 Lokalplan")).toBe(1200);
    expect(headingOrder("10 a. Tillägg")).toBe(1001);
    expect(headingOrder("Budget 2025")).toBeNull();
  });
});
