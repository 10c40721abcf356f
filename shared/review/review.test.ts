import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyseMinutes } from "../analysis/analyse";
import { reviewMinutes } from "./review";

const kinds = (text: string, options?: Parameters<typeof reviewMinutes>[1]) =>
  reviewMinutes(analyseMinutes(text), options).map((f) => [f.kind, f.section ?? null]);

const heading = "Protokoll från samverkansgruppen den 12 mars 2025";

describe("reviewMinutes: justering", () => {
  it("asks for the disagreement of each union in the justering, once per item", () => {
    const text = `${heading}

1. Schema
Vision reserverar sig mot beslutet. Vision är fortsatt oenig.

Justeras
Anna Berg för arbetsgivaren
Per Ström för Vision`;
    expect(kinds(text)).toEqual([["disagreement-not-in-justering", "Schema"]]);
  });

  it("accepts a disagreement noted at the union's justerare", () => {
    const text = `${heading}

1. Schema
Vision reserverar sig mot beslutet.

Justeras
Per Ström för Vision (oenighet under punkt 1)`;
    expect(kinds(text)).toEqual([]);
  });

  it("reports a justering note with no disagreement in the text", () => {
    const text = `${heading}

1. Schema
Vision menar att schemat är bra.

Justeras
Per Ström för Vision (oenighet under punkt 1)`;
    expect(kinds(text)).toEqual([["justering-note-without-disagreement", null]]);
  });

  it("reports a union of the roster without a justerare, with the roster from the text or from the options", () => {
    const text = `${heading}

Närvarande:
Vision: Per Ström
Kommunal: Lisa Ek

1. Schema
Schemat gicks igenom.

Lisa Ek justerar protokollet för Kommunal.`;
    expect(kinds(text)).toEqual([["union-without-justerare", null]]);
    const roster = { employer: [], unions: [{ org: "kommunal", people: [] }], absent: [] };
    expect(kinds(text, { roster })).toEqual([]);
  });

  it("cannot tell which union a justerare stands for when the text names no organisations", () => {
    const text = `${heading}

Närvarande:
Vision: Per Ström

1. Val av justerare
Lisa Ek och Per Ström valdes som justerare.`;
    expect(kinds(text)).toEqual([]);
  });
});

describe("reviewMinutes: statements and content", () => {
  it("tells an absent union from one that sent its apologies", () => {
    const text = `${heading}

Närvarande:
Vision: Per Ström
Förhinder:
Ledarna

1. Schema
Ledarna menar att schemat är för tätt. Kommunal påpekar att helgerna saknas.`;
    const findings = reviewMinutes(analyseMinutes(text));
    expect(findings.map((f) => f.message)).toEqual([
      "Inspel tillskrivs Ledarna, som har anmält förhinder.",
      "Inspel tillskrivs Kommunal, som inte finns med bland de närvarande.",
    ]);
  });

  it("finds placeholders but not a ticked box or an elision", () => {
    const text = `${heading}

1. Schema
Mötet hölls den [datum] med XX deltagare. Lorem ipsum dolor.
X Allvarliga brister. .....`;
    expect(reviewMinutes(analyseMinutes(text)).map((f) => f.message)).toEqual([
      "Platshållaren ”[datum]” står kvar under ”Schema”.",
      "Platshållaren ”XX” står kvar under ”Schema”.",
      "Platshållaren ”Lorem ipsum” står kvar under ”Schema”.",
    ]);
    const twice = `${heading}\n\n1. Schema\nMötet hölls den {datum}.\n\n2. Lokaler\nBesök den {datum}.`;
    expect(reviewMinutes(analyseMinutes(twice)).map((f) => f.message)).toEqual([
      "Platshållaren ”{datum}” står kvar på 2 ställen, först under ”Schema”.",
    ]);
  });

  it("reports numbered items without text and the last heading without text, not sub-item groups", () => {
    const text = `${heading}

1. Information
Sjukfrånvaron redovisades.

2. Rekryteringar

3. Ekonomi
Inget att rapportera.

Uppföljning
Vuxen
Två tjänster är tillsatta.

4. Övriga frågor`;
    expect(reviewMinutes(analyseMinutes(text)).map((f) => [f.kind, f.message])).toEqual([
      ["empty-sections", "2 avsnitt är tomma: ”Rekryteringar”, ”Övriga frågor”"],
    ]);
    // The final review before justering lists them one by one, each in its item.
    expect(kinds(text, { final: true })).toEqual([
      ["empty-section", "Rekryteringar"],
      ["empty-section", "Övriga frågor"],
    ]);
  });
});

describe("reviewMinutes: dates", () => {
  it("puts a justering in January after a December meeting in the next year", () => {
    const text = `Protokoll från samverkansgruppen den 15 december 2025

1. Justering
Justering sker torsdagen den 8 januari.`;
    expect(kinds(text)).toEqual([]);
  });

  it("reports a justering before the last day for comments", () => {
    const text = `${heading}

1. Justering
Synpunkter lämnas senast den 20 mars. Justering sker den 18 mars.`;
    expect(kinds(text)).toEqual([["justering-before-deadline", "Justering"]]);
  });

  it("reports a page date before the meeting but not one after it", () => {
    expect(kinds(`2025-03-10\n${heading}\n\n1. Schema\nSchemat gicks igenom.`)).toEqual([
      ["document-date-before-meeting", null],
    ]);
    expect(kinds(`2025-03-14\n${heading}\n\n1. Schema\nSchemat gicks igenom.`)).toEqual([]);
  });
});

describe("reviewMinutes on hostile input", () => {
  it("never throws and gives every finding a message and a hint", () => {
    const parts = [
      "\n",
      "## 1. Rubrik",
      "Justeras",
      "Anna Berg för Vision (oenighet)",
      "Vision reserverar sig.",
      "{x}",
      "torsdagen den 31 februari",
      "den 15 januari 2024",
      "Närvarande:",
      "Kommunal: Lisa Ek",
      "Fackliga inspel",
      "2024-02-30",
    ];
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...parts), fc.string({ maxLength: 20 })), { maxLength: 80 }),
        (chunks) => {
          for (const finding of reviewMinutes(analyseMinutes(chunks.join("\n")))) {
            expect(finding.message).not.toBe("");
            expect(finding.hint).not.toBe("");
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
