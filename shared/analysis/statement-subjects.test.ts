import { describe, expect, it } from "vitest";
import { analyseMinutes } from "./analyse";

// Who is no speaker though a union opens the sentence (round analysis27, blinds 21, 33 and 34 showed the classes);
// invented examples.
const statements = (body: string) =>
  analyseMinutes(
    `Protokoll från samverkansgruppen\nDatum: 2025-09-10\n\n§ 2 Ny schemamodell\n${body}`,
  ).statements.map((s) => [s.org, s.text]);

describe("a union opening its paragraph without speaking", () => {
  it.each([
    "Seko och Unionen har underrättats om förhandlingen.",
    "Vision hade inte kallats till mötet.",
    "Ledarna har också informerats om tidplanen.",
  ])("reads no statement in %j, a subject acted upon", (body) => {
    expect(statements(body)).toEqual([]);
  });

  it("still reads the union acted upon that goes on to speak", () => {
    expect(statements("Seko har informerats om förslaget men anser att det kommer för sent.")).toEqual([
      ["seko", "Seko har informerats om förslaget men anser att det kommer för sent."],
    ]);
  });

  it("reads no person's name opened by a preposition in a list of unions", () => {
    expect(
      statements("Vision tar upp bemanningen.\n\nMed Seko, Vision, Unionen och Ledarna råder enighet."),
    ).toEqual([["vision", "Vision tar upp bemanningen."]]);
  });
});
