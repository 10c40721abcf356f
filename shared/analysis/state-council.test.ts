import { describe, expect, it } from "vitest";
import { analyseMinutes } from "./analyse";

// The lead's convention (2026-12-02), blinds 27 and 28: "Saco-rådet" at a state employer is Saco-S, elsewhere
// Saco. Invented texts.
const minutes = (opening: string, body: string) =>
  `${opening}\nProtokoll från lokal samverkansgrupp\nDatum: 2025-05-14\n\n§ 1 Ny schemamodell\n${body}\n\nJusteras\nPer Ahl, Saco-rådet`;
const read = (text: string) => {
  const analysis = analyseMinutes(text);
  return {
    statements: analysis.statements.map((s) => s.org),
    disagreements: analysis.disagreements.map((d) => d.orgs),
    justering: analysis.justering.map((j) => j.org),
  };
};

describe("the Saco council by its employer", () => {
  it.each([
    "HÖGSKOLAN I VÄSTERBY",
    "Norrlands universitet",
    "Myndigheten för vägdata",
    "Tull- och gränsmyndigheten",
  ])("reads Saco-rådet as Saco-S where the text opens at a state employer: %j", (opening) => {
    expect(read(minutes(opening, "Saco-rådet reserverar sig mot schemamodellen."))).toEqual({
      statements: ["saco-s"],
      disagreements: [["saco-s"]],
      justering: ["saco-s"],
    });
  });

  it.each(["Region Norrby", "Västerby kommun", "Universitetssjukhuset i Norrby"])(
    "reads Saco-rådet as Saco at a municipality, a region or its hospital: %j",
    (opening) => {
      expect(read(minutes(opening, "Saco-rådet reserverar sig mot schemamodellen."))).toEqual({
        statements: ["saco"],
        disagreements: [["saco"]],
        justering: ["saco"],
      });
    },
  );
});
