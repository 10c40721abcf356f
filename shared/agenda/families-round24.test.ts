import { describe, expect, it } from "vitest";
import { textRows } from "./testing/rows";

// The class of failure blind set 26 showed once read (issue 13, twenty-fourth round), written as a family of
// invented examples with other bodies, numbers and widths, and a negative.

const pad = (left: string, right: string, width: number) =>
  left + " ".repeat(width - left.length - right.length) + right;

describe("a dnr column named only by a header alone on its line, its values set flush right", () => {
  const agenda = (header: string, width: number, dnr: readonly [string, string]) =>
    [
      "Vattenförbundet Nordås",
      "Förbundsstyrelsen",
      "Sammanträde onsdagen den 7 oktober 2026 kl. 13.00",
      "",
      pad("", header, width),
      "§ 12       Val av justerare",
      pad("§ 13       Årsredovisning för förbundet 2025", dnr[0], width),
      pad("§ 14       Taxa för slamtömning 2027", dnr[1], width),
      "§ 15       Övriga frågor",
    ].join("\n");

  it("reads the bare numbers under it as the items' dnr, whatever the column's name and width", () => {
    for (const [header, width, dnr] of [
      ["Diarienr", 100, ["2026.0031.2.1", "2026.0107.4.4"]],
      ["Diarienummer", 90, ["2026/31", "2026/107"]],
      ["Dnr", 110, ["2026.031", "2026.107, 2025.412"]],
    ] as const) {
      const second = dnr[1].split(", ");
      expect(textRows(agenda(header, width, dnr))).toEqual([
        ["§ 12", "Val av justerare", []],
        ["§ 13", "Årsredovisning för förbundet 2025", [dnr[0]]],
        ["§ 14", "Taxa för slamtömning 2027", second],
        ["§ 15", "Övriga frågor", []],
      ]);
    }
  });

  it("takes no bare number as a dnr where no column header stands above it", () => {
    const text = agenda("", 100, ["2026.0031.2.1", "2026.0107.4.4"]);
    expect(textRows(text).map(([, , dnr]) => dnr)).toEqual([[], [], [], []]);
  });
});
