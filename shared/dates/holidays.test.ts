import { describe, expect, it } from "vitest";
import { easterSunday, holidayName, isWorkingDay, swedishHolidays } from "./holidays";

describe("Swedish holidays", () => {
  it("computes Easter Sunday", () => {
    expect(["2019", "2024", "2025", "2026", "2038"].map((y) => easterSunday(Number(y)))).toEqual([
      "2019-04-21",
      "2024-03-31",
      "2025-04-20",
      "2026-04-05",
      "2038-04-25",
    ]);
  });

  it("lists 2024's holidays and eves", () => {
    expect(swedishHolidays(2024).map((h) => `${h.date} ${h.name}`)).toEqual([
      "2024-01-01 nyårsdagen",
      "2024-01-06 trettondedag jul",
      "2024-03-29 långfredagen",
      "2024-03-31 påskdagen",
      "2024-04-01 annandag påsk",
      "2024-05-01 första maj",
      "2024-05-09 Kristi himmelsfärdsdag",
      "2024-05-19 pingstdagen",
      "2024-06-06 Sveriges nationaldag",
      "2024-06-21 midsommarafton",
      "2024-06-22 midsommardagen",
      "2024-11-02 alla helgons dag",
      "2024-12-24 julafton",
      "2024-12-25 juldagen",
      "2024-12-26 annandag jul",
      "2024-12-31 nyårsafton",
    ]);
  });

  it("puts midsommar and alla helgons dag in their windows every year", () => {
    for (let year = 2000; year <= 2100; year++) {
      const byName = new Map(swedishHolidays(year).map((h) => [h.name, h.date]));
      const midsommar = Number(byName.get("midsommardagen")?.slice(8));
      expect(midsommar).toBeGreaterThanOrEqual(20);
      expect(midsommar).toBeLessThanOrEqual(26);
      const allaHelgon = byName.get("alla helgons dag") as string;
      expect(allaHelgon >= `${year}-10-31` && allaHelgon <= `${year}-11-06`).toBe(true);
      expect(isWorkingDay(allaHelgon)).toBe(false);
    }
  });

  it("knows working days", () => {
    expect(isWorkingDay("2024-02-13")).toBe(true);
    expect(isWorkingDay("2024-02-17")).toBe(false);
    expect(isWorkingDay("2025-06-20")).toBe(false);
    expect(holidayName("2025-06-20")).toBe("midsommarafton");
    expect(holidayName("2025-06-19")).toBeNull();
  });
});
