import { describe, expect, it } from "vitest";
import { analyseMinutes } from "./analyse";

// Blinds 20 and 21 showed the family: dissent told as background, its act placed at another time or place than
// this meeting by an adverbial, a pluperfect or an actor of politics. Invented sentences, in other words.
const dissent = (text: string) => analyseMinutes(text).disagreements.map((d) => [d.orgs, d.text]);
const minutes = (body: string) =>
  `Protokoll från förvaltningens samverkansgrupp\nDatum: 2025-05-14\n\n§ 1 Schema för kökspersonalen\n${body}`;

describe("dissent whose act is placed at another time or place", () => {
  it.each([
    "Under februari reserverade sig Seko mot ett liknande schema.",
    "Seko anmälde oenighet om samma schema redan i januari.",
    "Vid enhetens möte den 3 mars lämnade Kommunal en protokollsanteckning om schemat.",
    "På Norrbyskolan motsatte sig Vision i höstas en likadan ändring.",
    "Kommunal hade då reserverat sig mot schemat.",
    "Ordföranden berättade att Unionen hade anmält oenighet om bemanningen.",
    "Det var Vision som då motsatte sig schemat.",
    "Där reserverade sig Seko mot nedskärningen.",
    "Miljöpartiet reserverade sig mot budgetramen.",
    "Oenighet även i kommunstyrelsen",
  ])("takes no dissent from %j", (sentence) => {
    expect(dissent(minutes(`Arbetsgivaren presenterade schemat.\n\n${sentence}`))).toEqual([]);
  });

  it("still reads this meeting's dissent about a change in a month", () => {
    expect(dissent(minutes("Seko reserverar sig mot att schemat införs i juni."))).toEqual([
      [["seko"], "Seko reserverar sig mot att schemat införs i juni."],
    ]);
  });

  it.each([
    "Förhandlingen förklarades avslutad i oenighet den 14 maj.",
    "Seko kan inte godta att schemat börjar gälla den 1 augusti.",
    "Seko har reserverat sig mot schemat ända sedan i höstas.",
    "Kommunal har motsatt sig schemat sedan januari.",
  ])("still reads a negotiation's dissent dated in its clause and a month of the object: %j", (sentence) => {
    expect(dissent(minutes(sentence)).length).toBe(1);
  });

  // The lead's convention (2026-12-02), blinds 7–19 re-keyed to it: a negotiation named local is the earlier one
  // that a central negotiation or a report on it follows up; its outcome, and what was said there, is background.
  it.each([
    "Den lokala förhandlingen om schemat den 2 maj slutade i oenighet med Seko.",
    "Lokal förhandling har hållits i central samverkansgrupp och avslutats i oenighet med Seko.",
    "Den lokala förhandlingen avslutades i oenighet.",
    "Vid den lokala förhandlingen reserverade sig Seko mot schemat.",
    "Vid den lokala MBL-förhandlingen framförde Seko att förbundet inte kan godta schemat.",
    "Seko har begärt central förhandling efter att den lokala förhandlingen om schemat avslutats i oenighet.",
  ])("takes no dissent from the local negotiation's outcome: %j", (sentence) => {
    expect(dissent(minutes(`Arbetsgivaren presenterade schemat.\n\n${sentence}`))).toEqual([]);
  });

  it.each([
    "Förhandlingen avslutades den 3 maj i oenighet med Seko.",
    "Förhandlingen om schemat hölls den 3 maj och avslutades i oenighet med Seko.",
    "Seko kan inte godta schemat och begär lokal förhandling.",
    "Seko anser att den lokala förhandlingen var för kort, och förbundet kan inte godta schemat.",
  ])("still reads the text's own negotiation and dissent before a local one: %j", (sentence) => {
    expect(dissent(minutes(sentence)).length).toBe(1);
  });

  // A closed parenthesis is an insertion, not the end of the clause that places the act (blinds 10 and 13).
  it("reads a clause placed at the local negotiation across an insertion in parentheses", () => {
    const sentence =
      "Seko har begärt central förhandling sedan den lokala förhandlingen om schemat (kvällspassen) avslutats i oenighet.";
    expect(dissent(minutes(sentence))).toEqual([]);
  });

  it("still reads a union that had a dissenting view, without a supine", () => {
    expect(dissent(minutes("Kommunal hade en avvikande mening om schemat."))).toEqual([
      [["kommunal"], "Kommunal hade en avvikande mening om schemat."],
    ]);
  });

  it("still reads dissent opened by a reason with 'då'", () => {
    expect(dissent(minutes("Då bemanningen är för låg reserverar sig Seko mot schemat."))).toEqual([
      [["seko"], "Då bemanningen är för låg reserverar sig Seko mot schemat."],
    ]);
  });
});

// Blind 27's fact box: dissent as the other of two outcomes is a rule, no record. Invented sentences.
describe("dissent as one of two outcomes", () => {
  it.each([
    "Samverkan kan avslutas i enighet eller i oenighet, och det antecknas i protokollet.",
    "Oavsett enighet eller oenighet fattar chefen beslut om schemat.",
    "Parterna kan vara överens eller oense om schemat.",
  ])("takes no dissent from %j", (sentence) => {
    expect(dissent(minutes(sentence))).toEqual([]);
  });

  it("still reads dissent after 'eller' that follows no agreement", () => {
    expect(dissent(minutes("Seko tvekar eller motsätter sig schemat."))).toEqual([
      [["seko"], "Seko tvekar eller motsätter sig schemat."],
    ]);
  });
});
