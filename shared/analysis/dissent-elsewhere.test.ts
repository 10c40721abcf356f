import { describe, expect, it } from "vitest";
import { analyseMinutes } from "./analyse";

// Dissent mentioned but not recorded by this meeting, invented for this test (blind 6 showed the classes):
// a signature or justering line pointing at the item where the dissent stands, dissent of an earlier
// negotiation or another forum, and dissent given as the reason for what a party may do next.
const dissent = (text: string) => analyseMinutes(text).disagreements.map((d) => [d.orgs, d.text]);
const minutes = (body: string) =>
  `Protokoll från förvaltningens samverkansgrupp\nDatum: 2025-05-14\n\n§ 1 Bemanning på Solgläntan\n${body}`;

describe("dissent that points elsewhere", () => {
  it("reads a name line with a note in parentheses as a pointer, not as dissent", () => {
    const lines = [
      "Maria Lund, Kommunal (oenighet under § 1)",
      "Jonas Berg, Seko (oenighet § 4)",
      "Eva Strand, Vision (reservation punkt 2)",
      "Per Holm – Sveriges Ingenjörer (oenighet p. 3.2)",
    ];
    expect(
      lines.flatMap((line) => dissent(minutes(`Vision anser att bemanningen är för låg.\n${line}`))),
    ).toEqual([]);
  });

  // Blind 15 showed the class: a signer's note on how the signature was given ("Justerat 2026-01-20, med
  // oenighet") read as dissent because only a note in parentheses pointing at an item was known.
  it("reads a note on how a signer signed as a pointer, whatever its form", () => {
    const lines = [
      "Justerat 2025-05-20, med oenighet",
      "Justerat 2025-05-19 Justerat 2025-05-21, med reservation",
      "Justeras med oenighet i § 1",
      "Undertecknat 2025-05-22 under reservation",
      "Signerad digitalt, oenighet kvarstår",
      "För arbetsgivaren                 För Seko\nAnna Ek                           Per Lund\nJusterat 2025-05-19               Justerat 2025-05-21, med oenighet",
      "För förvaltningen      För Vision\nOla Berg               Siv Ahl\nUndertecknat 2025-05-19    Undertecknat 2025-05-22 med reservation",
    ];
    expect(
      lines.flatMap((line) => dissent(minutes(`Vision anser att bemanningen är för låg.\n\n${line}`))),
    ).toEqual([]);
  });

  it("still reads dissent after a sentence that names the justering", () => {
    expect(
      dissent(minutes("Protokollet justeras vid nästa möte. Kommunal reserverar sig mot beslutet.")),
    ).toEqual([[["kommunal"], "Kommunal reserverar sig mot beslutet."]]);
  });

  it("still reads dissent written in parentheses inside a sentence", () => {
    expect(dissent(minutes("Kommunal motsätter sig förslaget (oenighet antecknas)."))).toEqual([
      [["kommunal"], "Kommunal motsätter sig förslaget (oenighet antecknas)."],
    ]);
  });

  it("takes no dissent of an earlier negotiation or of another forum", () => {
    const history = [
      "Den lokala förhandlingen avslutades 2025-03-02 i oenighet, se bilaga 2.",
      "Frågan har tidigare behandlats i skyddskommittén, där Seko anmälde oenighet.",
      "Ärendet har föregåtts av samverkan på enhetsnivå, där Vision reserverade sig.",
      "Vid förra mötet var Kommunal oense med arbetsgivaren om schemat.",
    ];
    expect(history.flatMap((line) => dissent(minutes(line)))).toEqual([]);
  });

  // The lead's convention (2026-12-02): the local negotiation's outcome is background also where it names the
  // union whose dissent this meeting carries on (older sets keyed it as dissent).
  it("takes no dissent of an earlier negotiation that names the union whose dissent carries on", () => {
    expect(dissent(minutes("Den lokala förhandlingen avslutades 2025-03-02 i oenighet med Seko."))).toEqual(
      [],
    );
  });

  it("reads this meeting's dissent dated the meeting's day", () => {
    expect(dissent(minutes("Förhandlingen förklaras avslutad i oenighet 2025-05-14."))).toEqual([
      [["fackliga"], "Förhandlingen förklaras avslutad i oenighet 2025-05-14."],
    ]);
  });

  it("takes no dissent given as the reason for what a party may do next", () => {
    const consequences = [
      "Eftersom samverkan avslutats i oenighet kan Vision påkalla förhandling enligt MBL § 11.",
      "Då parterna är oense har Seko rätt att begära central förhandling.",
      "I och med att förhandlingen slutade i oenighet får arbetsgivaren fatta beslut.",
    ];
    expect(consequences.flatMap((line) => dissent(minutes(line)))).toEqual([]);
  });

  it("still reads dissent in the main clause after a reason", () => {
    expect(dissent(minutes("Eftersom bemanningen är för låg motsätter sig Kommunal förslaget."))).toEqual([
      [["kommunal"], "Eftersom bemanningen är för låg motsätter sig Kommunal förslaget."],
    ]);
  });
});

describe("an attachment's caption naming a protocol note", () => {
  // Blind 7 showed the class: "Bilaga 1: Protokollsanteckning från X avseende punkt 2" under the signatures
  // names the note attached; the dissent is recorded in the item, the caption only points at it.
  it.each([
    "Bilaga 2: Protokollsanteckning från Seko om punkt 1.",
    "Bilaga A – Reservation från Seko, § 1",
    "Bilaga: protokollsanteckningar från Seko och Vision gällande § 1",
    "Bilaga 3 - Seko:s protokollsanteckning till § 1",
  ])("takes no dissent from %j", (caption) => {
    const text = minutes(
      `Vision anser att bemanningen är för låg.\n\nJusteras\nEva Strand, Vision\n\n${caption}`,
    );
    expect(dissent(text)).toEqual([]);
  });

  it("still reads a union's note written out in the item", () => {
    expect(dissent(minutes("Seko lämnar en protokollsanteckning, se bilaga 2."))).toEqual([
      [["seko"], "Seko lämnar en protokollsanteckning, se bilaga 2."],
    ]);
  });
});
