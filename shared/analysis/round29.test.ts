import { describe, expect, it } from "vitest";
import { analyseMinutes } from "./analyse";

// Round 29 (blinds 35–37's false oenighet and misses, by class), each with sentences written for this test.
const title = "Protokoll från samverkansgruppen den 9 september 2025";
const minutes = (body: string, roster = "") => `${title}\n${roster}\n1. Ärendet\n${body}`;
const said = (body: string, roster = "") =>
  analyseMinutes(minutes(body, roster)).statements.map((s) => [s.org, s.text]);
const dissent = (body: string, roster = "") =>
  analyseMinutes(minutes(body, roster)).disagreements.map((d) => [d.orgs, d.text]);

describe("dissent a signer's note points at", () => {
  it("takes no dissent from a quoted note of the signing, after the signer's name and date", () => {
    expect(
      dissent('Lena Holm, Unionen, 2025-09-12, "justerat med hänvisning till reservationen under § 4"'),
    ).toEqual([]);
    expect(dissent("Per Alm, Seko, 2025-09-12, ”justeras med oenighet i punkt 2”")).toEqual([]);
  });

  it("takes no dissent from a note after a dash pointing at an item, also by its 'ärende' number", () => {
    expect(dissent("Rektor            Unionen            Seko – oenighet ärende 3")).toEqual([]);
    expect(dissent("Maria Lund, Vision - reservation § 5")).toEqual([]);
    expect(dissent("Kim Berg, Kommunal (oenighet ärende 2)")).toEqual([]);
  });

  it("still reads a dash inside a sentence that records dissent", () => {
    expect(dissent("Vision – som organiserar handläggarna – reserverar sig mot beslutet.")).toEqual([
      [["vision"], "Vision – som organiserar handläggarna – reserverar sig mot beslutet."],
    ]);
  });
});

describe("dissent of another forum or meeting", () => {
  it("reads the other level's dissent noun as background", () => {
    expect(
      dissent("Den centrala oenigheten om avtalets tillämpning, som Vision redovisat, påverkar inte planen."),
    ).toEqual([]);
    expect(dissent("Den centrala reservation som Seko lämnat gäller inte denna fråga.")).toEqual([]);
  });

  it("reads dissent at a meeting pointed back at as that meeting's", () => {
    const body =
      "Frågan behandlades i ledningsgruppen den 3 mars. Vid det mötet anmälde Seko oenighet om bemanningen.";
    expect(dissent(body)).toEqual([]);
    expect(dissent("På det sammanträdet reserverade sig Unionen mot beslutet.")).toEqual([]);
  });

  it("still reads this meeting's dissent", () => {
    expect(dissent("Vid mötet anmälde Seko oenighet om bemanningen.")).toEqual([
      [["seko"], "Vid mötet anmälde Seko oenighet om bemanningen."],
    ]);
    expect(dissent("Förhandlingen i fråga om bemanningen avslutas i oenighet med Unionen.")).toEqual([
      [["unionen"], "Förhandlingen i fråga om bemanningen avslutas i oenighet med Unionen."],
    ]);
  });
});

describe("a view not shared", () => {
  it("reads a concern or a criticism not shared as no dissent", () => {
    expect(dissent("Unionen delar inte oron för arbetsbelastningen men vill följa frågan.")).toEqual([]);
    expect(dissent("Seko delar inte Visions farhågor om schemat.")).toEqual([]);
    expect(dissent("Kommunal delar inte kritiken mot den nya rutinen.")).toEqual([]);
  });

  it("reads the employer's view not shared, a sentence adverb before the denial", () => {
    expect(dissent("Unionen delar dock inte förvaltningens bedömning av behovet.")).toEqual([
      [["unionen"], "Unionen delar dock inte förvaltningens bedömning av behovet."],
    ]);
  });
});

describe("who speaks", () => {
  it("reads coordinated agents and sources fronted before a passive", () => {
    expect(said("Från Seko och Unionen framförs att lokalerna är för små.")).toEqual([
      ["seko", "Från Seko och Unionen framförs att lokalerna är för små."],
      ["unionen", "Från Seko och Unionen framförs att lokalerna är för små."],
    ]);
    expect(said("Av Vision framfördes att introduktionen behöver förlängas.")).toEqual([
      ["vision", "Av Vision framfördes att introduktionen behöver förlängas."],
    ]);
  });

  it("reads the inverted subject between a particle verb and its particle", () => {
    expect(said("Därefter tog Unionen upp att skyddsronden är försenad.")).toEqual([
      ["unionen", "Därefter tog Unionen upp att skyddsronden är försenad."],
    ]);
  });

  it("reads 'inga anmärkningar' and representatives in the plural or definite", () => {
    expect(said("Seko Norrby har inga anmärkningar mot tidplanen.")).toEqual([
      ["seko", "Seko Norrby har inga anmärkningar mot tidplanen."],
    ]);
    expect(said("Företrädarna för Unionen efterfrågade en ny mätning av bullret.")).toEqual([
      ["unionen", "Företrädarna för Unionen efterfrågade en ny mätning av bullret."],
    ]);
  });
});

describe("a roster under genitive captions", () => {
  it("reads the employer's people under the organisation's genitive and the unions' under theirs", () => {
    const roster = [
      "Bolagets representanter:",
      "Eva Sten, vd",
      "Nils Ek, HR-chef",
      "",
      "Arbetstagarorganisationernas representanter:",
      "Ali Demir, Seko",
      "Mia Holm, Unionen",
    ].join("\n");
    const analysis = analyseMinutes(minutes("Nils Ek redogjorde för förslaget om ny bemanning.", roster));
    expect(analysis.roster.employer.map((person) => person.name)).toEqual(["Eva Sten", "Nils Ek"]);
    expect(analysis.roster.unions.map((union) => union.org)).toEqual(["seko", "unionen"]);
    expect(analysis.statements.map((s) => s.org)).toEqual(["arbetsgivaren"]);
  });
});
