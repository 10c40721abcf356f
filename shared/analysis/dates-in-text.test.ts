import { describe, expect, it } from "vitest";
import { datesInParagraph, findWrittenDates, resolveWrittenDate } from "./dates-in-text";

describe("findWrittenDates", () => {
  it("finds dates with weekdays, ordinals, ISO dates, and not counts or clock times", () => {
    const text =
      "Justering sker fredagen den 16 februari. Den 6:e december 2019 och 2021-01-28. Senast 3:e sjukdagen kl. 13:00, 70 % av 300.";
    expect(findWrittenDates(text).map((d) => d.text)).toEqual([
      "fredagen den 16 februari",
      "Den 6:e december 2019",
      "2021-01-28",
    ]);
  });
});

describe("resolveWrittenDate", () => {
  it("keeps a written year and reads the weekday", () => {
    expect(resolveWrittenDate("torsdagen den 15 januari 2024", null)).toEqual({
      date: "2024-01-15",
      yearWritten: true,
      weekday: 4,
    });
  });

  it("gives a date without a year the year nearest the meeting", () => {
    expect(resolveWrittenDate("den 8 januari", "2025-12-15")?.date).toBe("2026-01-08");
    expect(resolveWrittenDate("den 20 december", "2026-01-10")?.date).toBe("2025-12-20");
    expect(resolveWrittenDate("den 16 februari", "2024-02-13")).toEqual({
      date: "2024-02-16",
      yearWritten: false,
      weekday: null,
    });
    expect(resolveWrittenDate("den 16 februari", null)).toBeNull();
  });
});

describe("datesInParagraph", () => {
  it("tells deadlines and justering dates from other dates in a sentence", () => {
    const roles = (sentence: string) => datesInParagraph(sentence).map((d) => [d.text, d.role]);
    expect(roles("Synpunkter ska ha inkommit senast torsdagen den 15 januari.")).toEqual([
      ["torsdagen den 15 januari", "deadline"],
    ]);
    expect(roles("Justering sker fredagen den 16 februari, synpunkter senast den 12 februari.")).toEqual([
      ["fredagen den 16 februari", "justering"],
      ["den 12 februari", "deadline"],
    ]);
    expect(roles("SACO har årsmöte den 20 mars.")).toEqual([["den 20 mars", "other"]]);
  });

  it("gives each date the role its own sentence gives it, and a paragraph with a month's name alone none", () => {
    const paragraph =
      "Justering sker den 16 februari. Synpunkter lämnas senast den 12 februari. Vision har årsmöte den 20 mars.";
    expect(datesInParagraph(paragraph).map((d) => [d.text, d.index, d.role])).toEqual([
      ["den 16 februari", 15, "justering"],
      ["den 12 februari", 57, "deadline"],
      ["den 20 mars", 93, "other"],
    ]);
    expect(datesInParagraph("Majoriteten av medarbetarna vill ha mars som planeringsmånad.")).toEqual([]);
  });
});
