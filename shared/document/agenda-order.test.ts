import { describe, expect, it } from "vitest";
import { agendaOrder } from "./agenda-order";

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
    expect(agendaOrder("7. Budget 2025")).toBe(700);
    expect(agendaOrder("§ 12 Lokalplan")).toBe(1200);
    expect(agendaOrder("10 a. Tillägg")).toBe(1001);
    expect(agendaOrder("Budget 2025")).toBeNull();
  });
});
