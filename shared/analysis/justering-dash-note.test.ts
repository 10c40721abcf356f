import { describe, expect, it } from "vitest";
import { analyseMinutes } from "./analyse";

// Blind 27 showed the class: "Protokollet justerat:" over the signers, each "Name, Party – note" with the note on
// dissent after a dash. Invented text.
const text = (heading: string) =>
  [
    "Protokoll skyddskommitté",
    "Datum: 2025-04-02",
    "",
    "Ärende 1 – Nya scheman",
    "Seko anmäler avvikande mening om schemat.",
    "",
    heading,
    "Ola Rask, Seko – avvikande mening ärende 1",
    "Stina Berg, Vision – reservation ärende 1",
  ].join("\n");
const read = (heading: string) => {
  const analysis = analyseMinutes(text(heading));
  return {
    justering: analysis.justering.map((j) => [j.name, j.org, j.note]),
    disagreements: analysis.disagreements.map((d) => d.text),
  };
};

describe("a signer's line with a note after a dash", () => {
  it.each(["Justeras", "Protokollet justerat:", "Protokollet justerat"])(
    "reads the signers under %j",
    (heading) => {
      expect(read(heading)).toEqual({
        justering: [
          ["Ola Rask", "seko", "avvikande mening ärende 1"],
          ["Stina Berg", "vision", "reservation ärende 1"],
        ],
        disagreements: ["Seko anmäler avvikande mening om schemat."],
      });
    },
  );

  it("keeps a dash inside a line that names no party before it", () => {
    const lines = [
      "Justeras",
      "Ola Rask, Seko",
      "",
      "Räddningstjänsten Norrby – Skyddskommitté 2025-04-02",
    ].join("\n");
    const analysis = analyseMinutes(
      `Protokoll skyddskommitté\n\n§ 1 Scheman\nSeko tog upp schemat.\n\n${lines}`,
    );
    expect(analysis.justering.map((j) => [j.name, j.org, j.note])).toEqual([["Ola Rask", "seko", null]]);
  });
});
