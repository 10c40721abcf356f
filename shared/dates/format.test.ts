import { describe, expect, it } from "vitest";
import { formatSwedishDate, weekdayIndex, weekdayMatches, weekdayName } from "./format";
import { parseSwedishDateParts } from "./parse";

describe("formatSwedishDate", () => {
  it("writes the minutes' forms", () => {
    expect(formatSwedishDate("2024-02-13")).toBe("13 februari 2024");
    expect(formatSwedishDate("2024-02-13", { weekday: true })).toBe("tisdagen den 13 februari 2024");
    expect(formatSwedishDate("2024-02-12", { weekday: true })).toBe("måndagen den 12 februari 2024");
    expect(formatSwedishDate("2024-02-16", { weekday: true, year: false })).toBe("fredagen den 16 februari");
    expect(formatSwedishDate("2019-04-01")).toBe("1 april 2019");
  });

  it("refuses a malformed ISO date", () => {
    expect(() => formatSwedishDate("2024-02-30")).toThrow(RangeError);
  });
});

describe("weekdays", () => {
  it("names every weekday", () => {
    const week = [
      "2024-02-12",
      "2024-02-13",
      "2024-02-14",
      "2024-02-15",
      "2024-02-16",
      "2024-02-17",
      "2024-02-18",
    ];
    expect(week.map(weekdayName)).toEqual([
      "måndag",
      "tisdag",
      "onsdag",
      "torsdag",
      "fredag",
      "lördag",
      "söndag",
    ]);
  });

  it("matches weekday names in all written forms", () => {
    expect(weekdayMatches("fredagen", "2024-02-16")).toBe(true);
    expect(weekdayMatches("Fredag", "2024-02-16")).toBe(true);
    expect(weekdayMatches("fre", "2024-02-16")).toBe(true);
    expect(weekdayMatches("torsdagen", "2024-02-16")).toBe(false);
    expect(weekdayMatches("helgdag", "2024-02-16")).toBe(false);
    expect(weekdayIndex("sö")).toBeNull();
  });

  it("catches a weekday slip like example 004's (“torsdagen den 15 januari” in 2024 was a Monday)", () => {
    const checked = ["fredagen den 16 februari", "torsdagen den 15 januari"].map((mention) => {
      const parsed = parseSwedishDateParts(mention, { referenceYear: 2024 });
      return parsed && weekdayMatches(parsed.weekday ?? "", parsed.iso);
    });
    expect(checked).toEqual([true, false]);
  });
});
