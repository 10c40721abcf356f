import { describe, expect, it } from "vitest";
import { analyseMinutes } from "./analyse";

// A union's short form in capitals that the text itself gives after the union's name, read as that union
// wherever the text then writes it. Texts written for this test.
const minutes = (roster: string, ...body: string[]) =>
  analyseMinutes(["Protokoll samverkansgruppen 2025-05-06", roster, "", "1. Lokalerna", ...body].join("\n"));

describe("a short form the text defines", () => {
  it("reads the form given in parentheses after the name, alone or after a comma", () => {
    for (const roster of [
      "Närvarande: Ola Ek (Naturvetarna, NV), Kim Berg (Vision)",
      "Närvarande: Ola Ek, Naturvetarna (NV), Kim Berg, Vision",
    ]) {
      const analysis = minutes(roster, "NV frågar om ventilationen.", "Frågan bordläggs.");
      expect(analysis.statements.map((s) => [s.org, s.text])).toEqual([
        ["naturvetarna", "NV frågar om ventilationen."],
      ]);
    }
  });

  it("counts the form in a list of dissenting unions", () => {
    const analysis = minutes(
      "Närvarande: Ola Ek (Naturvetarna, NV), Kim Berg (Vision)",
      "Samverkan avslutas i oenighet med Vision och NV.",
    );
    expect(analysis.disagreements.map((d) => d.orgs)).toEqual([["vision", "naturvetarna"]]);
  });

  it("reads no capitals of a text that does not define them", () => {
    const analysis = minutes(
      "Närvarande: Ola Ek (Naturvetarna), Kim Berg (Vision)",
      "NV frågar om ventilationen.",
    );
    expect(analysis.statements).toEqual([]);
  });
});
