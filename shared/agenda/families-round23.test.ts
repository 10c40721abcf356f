import { describe, expect, it } from "vitest";
import { scanDnr } from "./dnr";
import { pageRows, textRows } from "./testing/rows";

// The classes of failure blind set 25 showed once read (issue 13, twenty-third round): each a root cause in the
// reader, written as a family of invented examples with other bodies, layouts and wording, and a negative.

const found = (text: string, column = false) =>
  scanDnr(text, { column }).found.map((dnr) => [dnr.dnr, dnr.foreign]);

describe("another unit of the administration, in lower case, in brackets before its dnr label", () => {
  it("reads the unit's number as another registry's and leaves no bracket in the rest", () => {
    for (const [text, other] of [
      ["Dnr BUN 2026/14 (förvaltningen för stadsbyggnad, dnr SBF.2025.88)", "SBF.2025.88"],
      ["Dnr BUN 2026/14 (tekniska kontoret dnr TK 2025/301)", "TK 2025/301"],
      ["Dnr BUN 2026/14 (avdelningen för vatten och avlopp, diarienummer VA 2025/17)", "VA 2025/17"],
      ["Dnr BUN 2026/14 (sektorn för omsorg, dnr SO 2025/9)", "SO 2025/9"],
    ] as const) {
      expect(found(text)).toEqual([
        ["BUN 2026/14", false],
        [other, true],
      ]);
      expect(scanDnr(text).rest).toBe("");
    }
  });

  it("keeps the committee's own qualifier and an earlier number of the same case", () => {
    expect(found("Dnr BUN 2026/14 (nämndens dnr BUN 2026/15)")).toEqual([
      ["BUN 2026/14", false],
      ["BUN 2026/15", false],
    ]);
    expect(found("Dnr BUN 2026/14 (tidigare dnr BUN 2024/3)")).toEqual([
      ["BUN 2026/14", false],
      ["BUN 2024/3", false],
    ]);
  });

  it("ends a web page's title at the dnr line, with the unit's case left out", () => {
    const body = [
      "<h2>Beslutsärenden</h2>",
      "<p><strong>4. Ny taxa för simhallen</strong><br>Dnr FRN 2026/20</p>",
      "<p><strong>5. Yttrande över plan för Åsbacka centrum</strong><br>Dnr FRN 2026/22 (förvaltningen för stadsbyggnad, dnr SBF.2025.88)</p>",
      "<p><strong>6. Övriga frågor</strong></p>",
    ].join("");
    expect(pageRows(body)).toEqual([
      ["4", "Ny taxa för simhallen", ["FRN 2026/20"]],
      ["5", "Yttrande över plan för Åsbacka centrum", ["FRN 2026/22"]],
      ["6", "Övriga frågor", []],
    ]);
  });
});

describe("a dnr cell of another form wrapped after its list separator", () => {
  it("reads each line of the cell", () => {
    expect(found("TEK/88/2025,", true)).toEqual([["TEK/88/2025", false]]);
    expect(found("TEK/88/2025 och", true)).toEqual([["TEK/88/2025", false]]);
    expect(found("och TEK/12/2026", true)).toEqual([["TEK/12/2026", false]]);
    expect(found("TEK/88/2025, TEK/12/2026", true)).toEqual([
      ["TEK/88/2025", false],
      ["TEK/12/2026", false],
    ]);
  });

  it("still reads no time of day or date as such a number", () => {
    expect(found("13.30,", true)).toEqual([]);
    expect(found("2026-02-11,", true)).toEqual([]);
  });
});

describe("the next meeting's time under its item", () => {
  it("is no part of the title, with the date written out or in figures", () => {
    for (const when of [
      "9 december 2026 kl. 13.00 i Ekbacka",
      "onsdag den 9 december kl 13",
      "2026-12-09, kl. 13.00, stora salen",
    ]) {
      const text = [
        "Kommunalförbundet Västdal",
        "Förbundsdirektionen 2026-10-14",
        "",
        "1\tVal av justerare",
        "2\tBudget 2027",
        "3\tKommande sammanträden",
        `\t${when}`,
        "4\tAvslutning",
      ].join("\n");
      expect(textRows(text)).toEqual([
        ["1", "Val av justerare", []],
        ["2", "Budget 2027", []],
        ["3", "Kommande sammanträden", []],
        ["4", "Avslutning", []],
      ]);
    }
  });

  it("goes on a title that ends mid-phrase, and a date without a clock still wraps", () => {
    const text = [
      "Kommunalförbundet Västdal",
      "Förbundsdirektionen 2026-10-14",
      "",
      "1\tVal av justerare",
      "2\tRevidering av förbundsordningen från",
      "\t1 januari 2027",
      "3\tAvslutning",
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["1", "Val av justerare", []],
      ["2", "Revidering av förbundsordningen från 1 januari 2027", []],
      ["3", "Avslutning", []],
    ]);
  });
});
