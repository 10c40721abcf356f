import { describe, expect, it } from "vitest";
import { analyseMinutes } from "./analyse";

// Signature layouts read by their structure, invented for this test (blind 21 showed the classes: the list's
// label in other words, "Vid anteckningarna" beside "Justeras", a grid's row of names whose gaps were lost with
// the note line under it, a note after a name in lower case, a company announced as the employer).
const justering = (text: string) => analyseMinutes(text).justering.map((j) => [j.name, j.org, j.note]);
const minutes = (signatures: string) =>
  [
    "Protokoll från samverkansgruppen 2025-10-02",
    "",
    "1. Lokaler",
    "Arbetsgivaren informerade om flytten. Seko motsätter sig flytten.",
    "",
    signatures,
  ].join("\n");

describe("justering by the structure of its signatures", () => {
  it("reads a list labelled 'Justeras av:' with notes in parentheses", () => {
    expect(
      justering(minutes("Justeras av: Ola Berg (arbetsgivaren), Siv Ek (Seko, med oenighet i punkt 1)")),
    ).toEqual([
      ["Ola Berg", "arbetsgivaren", null],
      ["Siv Ek", "seko", "med oenighet i punkt 1"],
    ]);
  });

  it("reads a list labelled with the justerandes' signatures, names apart by a wide gap", () => {
    expect(
      justering(minutes("Justerandes underskrifter: Ola Berg (arbetsgivaren)      Siv Ek (Seko)")),
    ).toEqual([
      ["Ola Berg", "arbetsgivaren", null],
      ["Siv Ek", "seko", null],
    ]);
  });

  it("reads the justerare beside the one who took the notes, not the note-taker", () => {
    const signatures = [
      "Vid anteckningarna          Justeras",
      "Tor Lind                   Siv Ek, Seko",
    ].join("\n");
    expect(justering(minutes(signatures))).toEqual([["Siv Ek", "seko", null]]);
  });

  it("splits a grid's row of two names run together, its note line joined to the last", () => {
    const signatures = [
      "Justeras",
      "",
      "För Kvarnby Energi AB              För Seko",
      "",
      "Ola Berg                           Siv Ek",
      "                                   under reservation, punkt 1",
    ].join("\n");
    expect(justering(minutes(signatures))).toEqual([
      ["Ola Berg", "arbetsgivaren", null],
      ["Siv Ek", "seko", "under reservation, punkt 1"],
    ]);
  });
});

// Blinds 20 and 22 showed it: a case system's export boxes "Justering" in rules and writes each signature's date
// in a column beside the name.
describe("a signature's date in a column beside the name, under a heading boxed by rules", () => {
  it("reads each name with its party, the date as no note and the words after its dash as the note", () => {
    const signatures = [
      "------------------------------------------------",
      "Justering",
      "------------------------------------------------",
      "Ola Berg, personalchef               Signerat digitalt 2025-10-06",
      "Siv Ek, Seko                         Justerat 2025-10-07 – med oenighet i punkt 1",
    ].join("\n");
    expect(justering(minutes(signatures))).toEqual([
      ["Ola Berg", "arbetsgivaren", null],
      ["Siv Ek", "seko", "med oenighet i punkt 1"],
    ]);
  });
});
