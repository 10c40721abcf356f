import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toIso } from "./calendar";
import { formatSwedishDate } from "./format";
import { parseSwedishDate, parseSwedishDateParts } from "./parse";

describe("parseSwedishDate: the forms in the example minutes", () => {
  it.each([
    ["den 29 april 2019", "2019-04-29"],
    ["2023-09-25", "2023-09-25"],
    ["13 januari 2024", "2024-01-13"],
    ["13 januari 2024 kl. 13:00", "2024-01-13"],
    ["den 25 januari 2021", "2021-01-25"],
    ["Den 6:e december 2019", "2019-12-06"],
    ["210301", "2021-03-01"],
    ["201202", "2020-12-02"],
    ["20240213", "2024-02-13"],
    ["25/1 2021", "2021-01-25"],
    ["måndag 13 februari 2024", "2024-02-13"],
    ["13 febr. 2024", "2024-02-13"],
  ])("%s → %s", (text, iso) => {
    expect(parseSwedishDate(text)).toBe(iso);
  });

  it("takes the year from the reference for forms without one", () => {
    expect(parseSwedishDate("fredagen den 16 februari", { referenceYear: 2024 })).toBe("2024-02-16");
    expect(parseSwedishDate("25/1", { referenceYear: 2021 })).toBe("2021-01-25");
    expect(parseSwedishDate("fredagen den 16 februari")).toBeNull();
    expect(parseSwedishDate("25/1")).toBeNull();
  });

  it("reports the weekday as written, for checking", () => {
    expect(parseSwedishDateParts("torsdagen den 15 januari", { referenceYear: 2024 })).toEqual({
      iso: "2024-01-15",
      weekday: "torsdagen",
    });
  });

  it("refuses impossible dates and other text", () => {
    for (const text of [
      "30 februari 2024",
      "2023-13-01",
      "2023-02-29",
      "990230",
      "32/1",
      "den 5 smörgås 2020",
      "Justeras (digitalt)",
      "kommunal 13 maj 2020",
      "",
    ]) {
      expect(parseSwedishDate(text, { referenceYear: 2024 }), text).toBeNull();
    }
    expect(parseSwedishDate("2024-02-29")).toBe("2024-02-29");
  });

  it("never throws on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.integer(), (text, year) => {
        const result = parseSwedishDate(text, { referenceYear: year });
        expect(result === null || /^\d{4}-\d{2}-\d{2}$/.test(result)).toBe(true);
      }),
    );
  });
});

const validDate = fc
  .record({
    year: fc.integer({ min: 1900, max: 2199 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .filter(({ year, month, day }) => new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day)
  .map(({ year, month, day }) => toIso(year, month, day));

describe("parse(format(d)) = d", () => {
  it("for every Swedish style and ISO", () => {
    fc.assert(
      fc.property(validDate, (iso) => {
        expect(parseSwedishDate(iso)).toBe(iso);
        expect(parseSwedishDate(formatSwedishDate(iso))).toBe(iso);
        expect(parseSwedishDate(`den ${formatSwedishDate(iso)}`)).toBe(iso);
        expect(parseSwedishDate(formatSwedishDate(iso, { weekday: true }))).toBe(iso);
        const year = Number(iso.slice(0, 4));
        expect(
          parseSwedishDate(formatSwedishDate(iso, { weekday: true, year: false }), { referenceYear: year }),
        ).toBe(iso);
      }),
    );
  });
});
