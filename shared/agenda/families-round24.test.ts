import { describe, expect, it } from "vitest";
import { scanDnr } from "./dnr";
import { extractAgendaFromText } from "./extract";
import { textRows } from "./testing/rows";

// The classes of failure blind set 26 showed once read (issue 13, twenty-fourth round): each a root cause in the
// reader, written as a family of invented examples with other bodies, layouts and wording, and a negative.

const found = (text: string) => scanDnr(text).found.map((dnr) => [dnr.dnr, dnr.foreign]);
const pad = (left: string, width: number, right: string) => `${left.padEnd(width)}${right}`;

describe("a dnr column named alone, far right, above number and title columns without a header", () => {
  const lines = (header: string) =>
    [
      "Förbundsdirektionen",
      "Sammanträde 2026-03-12",
      "",
      pad("", 70, header),
      "§ 8       Val av justerare",
      pad("§ 9       Årsredovisning för förbundet 2025", 68, "2026.0041.1.2"),
      pad("§ 10      Ny taktisk plan för höjdräddning", 68, "2025.0310.2.1"),
      pad("§ 11      Inköp av två släckbilar", 54, "2026.0017.5.1, 2026.0018.5.1"),
      "§ 12      Övriga frågor",
    ].join("\n");

  it("reads the bare numbers under it as dnr, a right-aligned list of two whole", () => {
    expect(textRows(lines("Diarienr"))).toEqual([
      ["§ 8", "Val av justerare", []],
      ["§ 9", "Årsredovisning för förbundet 2025", ["2026.0041.1.2"]],
      ["§ 10", "Ny taktisk plan för höjdräddning", ["2025.0310.2.1"]],
      ["§ 11", "Inköp av två släckbilar", ["2026.0017.5.1", "2026.0018.5.1"]],
      ["§ 12", "Övriga frågor", []],
    ]);
  });

  it("reads no bare number as a dnr where the far word names no dnr column", () => {
    expect(textRows(lines("Sida 1")).map((row) => row[2])).toEqual([[], [], [], [], []]);
  });
});

describe("a document from a state authority, its dnr label after the authority's name", () => {
  it("reads the number as the sender's", () => {
    expect(found("Skrivelse från Trafikverket Region Öst, dnr TRV 2026/1180")).toEqual([
      ["TRV 2026/1180", true],
    ]);
    expect(found("Beslut från Länsstyrelsen i Norrbacka län dnr 511-3021-2026")).toEqual([
      ["511-3021-2026", true],
    ]);
  });

  it("reads the number on the next line with the label that ends the title, and leaves no label in it", () => {
    const text = [
      "Direktionen",
      "Sammanträde 2026-04-02",
      "",
      "4  Meddelanden",
      "   a)  Protokoll från samverkansgruppen 2026-03-10",
      "   b)  Brev från Skolinspektionen i Ådala, dnr",
      "       SI 2026:4410",
      "5  Övriga frågor",
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["4", "Meddelanden", []],
      ["4 a", "Protokoll från samverkansgruppen 2026-03-10", []],
      ["4 b", "Brev från Skolinspektionen i Ådala", []],
      ["5", "Övriga frågor", []],
    ]);
  });

  it("keeps the dnr of an answer to the authority, and of a letter from a body that is none", () => {
    expect(found("Yttrande till Trafikverket, dnr TN 2026/12")).toEqual([["TN 2026/12", false]]);
    expect(found("Skrivelse från Ådala hembygdsförening, dnr KFN 2026/40")).toEqual([["KFN 2026/40", false]]);
  });
});

describe("a noun ending in a double s before a dnr label", () => {
  it("is no genitive: the number is the answer's own", () => {
    expect(found("Svar på förvaltningens remiss Dnr 2.4-0519/2026")).toEqual([["2.4-0519/2026", false]]);
    expect(found("Ny process Dnr KS 2026/77")).toEqual([["KS 2026/77", false]]);
  });

  it("still takes a body's genitive as another registry", () => {
    expect(found("Svar på remiss, fritidsnämndens dnr FRN 2026/8")).toEqual([["FRN 2026/8", true]]);
  });
});

describe("a committee's own committee named with an adjective before its kind", () => {
  it("is the committee that meets, not its parent", () => {
    for (const name of ["Kommunstyrelsens allmänna utskott", "Omsorgsnämndens sociala utskott"]) {
      const text = [`ÄRENDELISTA`, name, "Sammanträde 2026-05-06", "", "1  Upprop", "2  Budget 2027"].join(
        "\n",
      );
      expect(extractAgendaFromText(text).committee).toBe(name);
    }
  });

  it("leaves a committee that is named alone as it is", () => {
    const text = ["Omsorgsnämnden", "Sammanträde 2026-05-06", "", "1  Upprop", "2  Budget 2027"].join("\n");
    expect(extractAgendaFromText(text).committee).toBe("Omsorgsnämnden");
  });
});
