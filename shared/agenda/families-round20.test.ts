import { describe, expect, it } from "vitest";
import { extractAgendaFromText } from "./extract";
import { findMeta } from "./meta";
import { parseItemNumber } from "./numbers";
import { textRows } from "./testing/rows";

// The classes of failure blind set 22 showed once read (issue 13, twentieth round): each a root cause in the
// reader, written as a family of invented examples with other bodies, layouts and wording, and a negative.

describe("sub-items lettered with a point ('a.', 'b.')", () => {
  it("reads 'a.' before a capitalised title as a lone letter, not 'A.' (an initial) nor 'a.' before a word", () => {
    expect(parseItemNumber("b.  Avtal om skolskjuts")).toEqual({ number: "b", rest: "Avtal om skolskjuts" });
    expect(parseItemNumber("A. Holm redovisar")).toBeNull();
    expect(parseItemNumber("a. godkänna rapporten")).toBeNull();
    expect(parseItemNumber("a.Budget")).toBeNull();
  });

  it("gives the lettered lines under an item its number, each with its own dnr", () => {
    const text = [
      "Miljönämnden",
      "Sammanträde 2026-04-14",
      "",
      "1.    Val av justerare",
      "",
      "2.    Delgivningar",
      "      a.  Dom från mark- och miljödomstolen om strandskydd",
      "         Dnr: MN 2026/77",
      "      b.  Skrivelse från grannar om buller",
      "         vid återvinningscentralen",
      "         Dnr: MN 2026/81",
      "",
      "3.    Avslutning",
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["1", "Val av justerare", []],
      ["2", "Delgivningar", []],
      ["2 a", "Dom från mark- och miljödomstolen om strandskydd", ["MN 2026/77"]],
      ["2 b", "Skrivelse från grannar om buller vid återvinningscentralen", ["MN 2026/81"]],
      ["3", "Avslutning", []],
    ]);
  });

  it("leaves a lettered list of documents or decision points under its label to the item", () => {
    for (const marker of [".", ")"]) {
      const text = [
        "Miljönämnden",
        "Sammanträde 2026-04-14",
        "",
        "1.    Taxa för livsmedelskontroll",
        "      Bilagor",
        `      a${marker}  Tjänsteskrivelse 2026-03-02`,
        `      b${marker}  Jämförelse med grannkommuner`,
        "",
        "2.    Tillsynsplan 2026",
        "      Förslag till beslut",
        `      a${marker}  Miljönämnden antar planen.`,
        "",
        "3.    Avslutning",
      ].join("\n");
      expect(textRows(text)).toEqual([
        ["1", "Taxa för livsmedelskontroll", []],
        ["2", "Tillsynsplan 2026", []],
        ["3", "Avslutning", []],
      ]);
    }
  });
});

describe("a committee named by its kind before its field ('Nämnd för …')", () => {
  it("takes the indefinite and the definite form, and a field of several words", () => {
    expect(findMeta(["Nämnd för trafik och hamnar", "Sammanträde 2026-02-03"]).committee).toBe(
      "Nämnd för trafik och hamnar",
    );
    expect(
      findMeta(["Kallelse", "Nämnd för kultur, idrott och fritid", "Tid: 2026-02-03 kl. 13.00"]).committee,
    ).toBe("Nämnd för kultur, idrott och fritid");
    expect(findMeta(["Utskottet för regional tillväxt", "Möte 2026-02-03"]).committee).toBe(
      "Utskottet för regional tillväxt",
    );
  });

  it("prefers it over a body named in an item's description", () => {
    const text = [
      "Nämnd för tandvård och läkemedel",
      "Tid: 2026-05-06 kl. 10.00",
      "",
      "1.  Upprop",
      "2.  Plan för tandvårdsstöd",
      "    Regionstyrelsen har begärt en plan för stödet.",
      "3.  Avslutning",
    ].join("\n");
    expect(extractAgendaFromText(text).committee).toBe("Nämnd för tandvård och läkemedel");
  });

  it("leaves a lower-case 'nämnd för' inside a sentence alone", () => {
    expect(findMeta(["Ansökan om en ny nämnd för frågor om trygghet", "Kommunstyrelsen"]).committee).toBe(
      "Kommunstyrelsen",
    );
  });
});
