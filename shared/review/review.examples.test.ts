import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { describeExamples, EXAMPLES_DIR } from "../../test/harness/examples";
import { analyseMinutes } from "../analysis/analyse";
import { reviewMinutes } from "./review";

// Every finding on the real examples was checked by reading the text; the lists are complete.
const root = resolve(import.meta.dirname, "../..");
const example = (name: string) => readFileSync(resolve(EXAMPLES_DIR, name), "utf8");
const fixture = (name: string) => readFileSync(resolve(root, "test/fixtures/minutes", name), "utf8");
const review = (text: string) =>
  reviewMinutes(analyseMinutes(text)).map((f) => [f.kind, f.section ?? null, f.message]);

describeExamples("review of the real example minutes", () => {
  it.each([
    "000_5de28a741816f3b1.txt",
    "001_3893e763c47dd75c.txt",
    "002_2abdb57653132104.txt",
    "003_b0b7b655d3bbceca.txt",
  ])("finds nothing to fix in %s", (name) => {
    expect(review(example(name))).toEqual([]);
  });

  it("finds the wrong meeting date, the wrong weekday and the deadline before the meeting in 004", () => {
    expect(review(example("004_168c3b17f989f4ee.txt"))).toEqual([
      [
        "date-mismatch",
        null,
        "Mötesdatumet i rubriken (13 februari 2024) stämmer inte med uppgiften om tidpunkt (13 januari 2024).",
      ],
      [
        "weekday-mismatch",
        "Val av justerare",
        "”torsdagen den 15 januari”: den 15 januari 2024 är en måndag.",
      ],
      [
        "deadline-before-meeting",
        "Val av justerare",
        "”torsdagen den 15 januari” (15 januari 2024) ligger före mötet (13 februari 2024).",
      ],
    ]);
  });
});

describe("review of the invented minutes", () => {
  it("MBL negotiation: unnoted disagreement, union without justerare, placeholder, absent union speaking", () => {
    expect(review(fixture("mbl-forhandling.txt"))).toEqual([
      [
        "disagreement-not-in-justering",
        "Förhandlingens avslutande",
        "Oenighet för Vårdförbundet under ”Förhandlingens avslutande” nämns inte i justeringen.",
      ],
      ["union-without-justerare", null, "Vårdförbundet deltar men har ingen justerare."],
      ["placeholder", "Förhandlingsfråga", "Platshållaren ”{datum}” står kvar."],
      [
        "statement-from-absent-union",
        "Förhandlingsfråga",
        "Inspel tillskrivs Ledarna, som inte finns med bland de närvarande.",
      ],
    ]);
  });

  it("skyddskommitté: unnoted disagreement, empty item, empty block, wrong weekday", () => {
    expect(review(fixture("skyddskommitte.md"))).toEqual([
      [
        "disagreement-not-in-justering",
        "Bemanning på korttidsboendet",
        "Oenighet för Kommunal under ”Bemanning på korttidsboendet” nämns inte i justeringen.",
      ],
      ["empty-section", "Tillbud och arbetsskador", "Avsnittet ”Tillbud och arbetsskador” är tomt."],
      [
        "empty-block",
        "Bemanning på korttidsboendet",
        "”Fackliga inspel” under ”Bemanning på korttidsboendet” saknar innehåll.",
      ],
      ["weekday-mismatch", "Övriga frågor", "”fredagen den 20 mars”: den 20 mars 2025 är en torsdag."],
    ]);
  });

  it("wrapped PDF text: unnoted reservation, heading date against Datum, page date before the meeting", () => {
    expect(review(fixture("wrapped-pdf.txt"))).toEqual([
      [
        "disagreement-not-in-justering",
        "Ny rutin för hot och våld",
        "Oenighet för Vision under ”Ny rutin för hot och våld” nämns inte i justeringen.",
      ],
      [
        "date-mismatch",
        null,
        "Mötesdatumet i rubriken (13 mars 2025) stämmer inte med uppgiften om tidpunkt (12 mars 2025).",
      ],
      [
        "document-date-before-meeting",
        null,
        "Protokollet är daterat 10 mars 2025, före mötet (13 mars 2025).",
      ],
    ]);
  });

  it("items as 'Punkt N:', roster on one line: unnoted joint dissent, union without justerare", () => {
    expect(review(fixture("samverkansgrupp-punkter.txt"))).toEqual([
      [
        "disagreement-not-in-justering",
        "Ny organisation för fritidsgårdarna",
        "Oenighet för Vision under ”Ny organisation för fritidsgårdarna” nämns inte i justeringen.",
      ],
      ["union-without-justerare", null, "Sveriges Lärare deltar men har ingen justerare."],
    ]);
  });

  it("gives every finding a Swedish fix hint", () => {
    const findings = reviewMinutes(analyseMinutes(fixture("skyddskommitte.md")));
    for (const finding of findings) expect(finding.hint).toMatch(/^[A-ZÅÄÖ].+\.$/u);
  });
});
