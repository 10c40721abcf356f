import { describe, expect, it } from "vitest";
import { analyseMinutes } from "./analyse";

// Justering lists announced in other words, invented for this test (blinds 12 and 13 showed the classes: a
// sentence or a label that says the notes are approved, over "Name, party" lines; "Justerat för X: Name"
// lines; a row of notes in parentheses under a grid of names).
const justering = (text: string) => analyseMinutes(text).justering.map((j) => [j.name, j.org, j.note]);
const minutes = (...end: string[]) =>
  [
    "Minnesanteckningar från samverkansgruppen 2025-10-02",
    "1. Budget",
    "Förvaltningschefen redogör för budgeten.",
    "2. Nästa möte",
    "2025-11-06 kl. 09.00.",
    "",
    ...end,
  ].join("\n");

describe("a list announced by a line that says the notes are approved", () => {
  it.each([
    "Minnesanteckningarna justeras digitalt.",
    "Anteckningarna godkända av:",
    "Protokollet har stämts av med:",
    "Minnesanteckningarna har godkänts av",
  ])("reads the 'Name, party' lines under %j", (announcing) => {
    expect(justering(minutes(announcing, "Eva Strand, förvaltningschef", "Per Lind, Kommunal"))).toEqual([
      ["Eva Strand", "arbetsgivaren", null],
      ["Per Lind", "kommunal", null],
    ]);
  });

  it("reads no list where such a line stands over the minutes' text", () => {
    const text = [
      "Minnesanteckningar från samverkansgruppen 2025-10-02",
      "1. Föregående anteckningar",
      "Anteckningarna godkända av gruppen.",
      "Eva Strand, förvaltningschef, informerar om budgeten.",
    ].join("\n");
    expect(justering(text)).toEqual([]);
  });
});

describe("'Justerat för X: Name' lines", () => {
  it("gives each name the party its line names", () => {
    expect(
      justering(
        minutes(
          "Justerat för arbetsgivaren: Eva Strand",
          "Justerat för Seko: Ali Berg",
          "Justerat för ST: Mia Ek",
        ),
      ),
    ).toEqual([
      ["Eva Strand", "arbetsgivaren", null],
      ["Ali Berg", "seko", null],
      ["Mia Ek", "st", null],
    ]);
  });
});

describe("a row of notes under a grid of names", () => {
  it("gives each name its note and records no dissent of its own", () => {
    const analysis = analyseMinutes(
      minutes("Justeras:", "Eva Strand, SKR\t\tPer Lind, Kommunal", "(för arbetsgivarparten)\t\t(oenighet)"),
    );
    expect(analysis.justering.map((j) => [j.name, j.org, j.note])).toEqual([
      ["Eva Strand", "arbetsgivaren", null],
      ["Per Lind", "kommunal", "oenighet"],
    ]);
    expect(analysis.disagreements).toEqual([]);
  });
});

describe("a justerare announced by the unions' side", () => {
  it("takes the party the roster gives the name", () => {
    const text = [
      "Protokoll central förhandling enligt 14 § MBL",
      "Närvarande för arbetsgivarparten: Eva Strand, förhandlare, SKR",
      "Närvarande för arbetstagarparten: Ali Berg, ombudsman, Seko",
      "1. Förhandlingsfrågan",
      "Eva Strand redogör för frågan.",
      "Justeras",
      "För arbetsgivarparten: Eva Strand",
      "För arbetstagarparten: Ali Berg",
    ].join("\n");
    expect(justering(text)).toEqual([
      ["Eva Strand", "arbetsgivaren", null],
      ["Ali Berg", "seko", null],
    ]);
  });
});

describe("a union's national office after its name in the roster", () => {
  // Blinds 12 and 13: "Jessica Ström, Vision förbundskontoret", "Ulf Ekström, ombudsman, Kommunal förbundskontoret".
  it("is the union's, for the justering and for what the person says", () => {
    const text = [
      "Protokoll central förhandling enligt 14 § MBL",
      "Närvarande för arbetsgivarparten: Eva Strand, förhandlare, SKR",
      "Närvarande för arbetstagarparten: Ali Berg, ombudsman, Seko förbundskontoret; Mia Ek, ST förbundskansliet",
      "1. Förhandlingsfrågan",
      "Ali Berg påpekar att riskbedömningen saknas.",
      "Justeras",
      "För arbetsgivarparten: Eva Strand",
      "För arbetstagarparten: Ali Berg",
    ].join("\n");
    const analysis = analyseMinutes(text);
    expect(analysis.statements.map((s) => [s.org, s.text])).toEqual([
      ["seko", "Ali Berg påpekar att riskbedömningen saknas."],
    ]);
    expect(analysis.justering.map((j) => [j.name, j.org])).toEqual([
      ["Eva Strand", "arbetsgivaren"],
      ["Ali Berg", "seko"],
    ]);
  });
});

describe("a role of two titles before a name in the roster", () => {
  // Blind 12: "Prefekt/dekan Fredrik Wall (ordförande)" under "Närvarande för arbetsgivaren:".
  it("leaves the name, whose party the justering then takes", () => {
    const text = [
      "Minnesanteckningar lokal samverkansgrupp",
      "Närvarande för arbetsgivaren: Prefekt/dekan Eva Ström (ordförande), HR-partner Jonas Ek (sekreterare)",
      "Närvarande för arbetstagarna: Ali Berg, Seko",
      "1. Budget",
      "Eva Ström redogör för budgeten.",
      "Justeras: Eva Ström / Ali Berg",
    ].join("\n");
    expect(justering(text)).toEqual([
      ["Eva Ström", "arbetsgivaren", null],
      ["Ali Berg", "seko", null],
    ]);
  });
});

describe("a justering line written as its roster line was", () => {
  // Blind 12: "Karl-Erik Blom, Vision" in the roster above the items and again under "Justerat".
  it("is a justerare, not the letterhead repeated", () => {
    const text = [
      "Stadsbyggnadsförvaltningen",
      "Protokoll från förvaltningsgruppen 2025-10-21",
      "Närvarande arbetsgivarrepresentanter",
      "Eva Strand, förvaltningsdirektör",
      "Närvarande arbetstagarrepresentanter",
      "Ali Berg, Vision",
      "Mia Ek, Kommunal",
      "1. Budget",
      "Eva Strand redogör för budgeten.",
      "Justerat",
      "Eva Strand, arbetsgivaren",
      "Ali Berg, Vision",
      "Mia Ek, Kommunal",
    ].join("\n");
    expect(justering(text)).toEqual([
      ["Eva Strand", "arbetsgivaren", null],
      ["Ali Berg", "vision", null],
      ["Mia Ek", "kommunal", null],
    ]);
  });
});

// Round 16 (blind 19): a central negotiation's employer signs as its employers' organisation by name.
describe("the employer's side signing as its employers' organisation", () => {
  it.each(["Sobona", "Arbetsgivarverket", "Fastigo"])(
    "reads 'För %s:' as the employer's justerare",
    (body) => {
      expect(justering(minutes("Justeras", `För ${body}:   Eva Holm`, "För Seko:   Ali Berg"))).toEqual([
        ["Eva Holm", "arbetsgivaren", null],
        ["Ali Berg", "seko", null],
      ]);
    },
  );

  it("gives the organisation's own words to the employer's side", () => {
    const statements = analyseMinutes(minutes("Sobona informerar om en kurs för chefer i maj.")).statements;
    expect(statements.map((s) => [s.org, s.text.slice(0, 18)])).toEqual([
      ["arbetsgivaren", "Förvaltningschefen"],
      ["arbetsgivaren", "Sobona informerar "],
    ]);
  });
});
