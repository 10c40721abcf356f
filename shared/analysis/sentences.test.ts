import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";

describe("splitSentences", () => {
  it("splits at sentence ends but not after abbreviations", () => {
    expect(
      splitSentences(
        "Arbetet gäller bl.a. IT. Mötet börjar kl. 13.00 i rum 4. Vad avses? 2024 blir bättre.",
      ).map((s) => s.text),
    ).toEqual([
      "Arbetet gäller bl.a. IT.",
      "Mötet börjar kl. 13.00 i rum 4.",
      "Vad avses?",
      "2024 blir bättre.",
    ]);
  });

  // Blind 7 showed the class: notes in short form ("Oenighet m. Skolledarna.", "klart v. 22").
  it("does not split after the short forms of notes", () => {
    expect(
      splitSentences(
        "Oenig m. Vision. Enig m. övriga. Klart v. 14. Se p. 3 och ev. Bilaga 2. Gäller inkl. Förskolan.",
      ).map((s) => s.text),
    ).toEqual([
      "Oenig m. Vision.",
      "Enig m. övriga.",
      "Klart v. 14.",
      "Se p. 3 och ev. Bilaga 2.",
      "Gäller inkl. Förskolan.",
    ]);
    expect(
      splitSentences("Vision: reservation avs. Punkt 4. Sv. Lärare instämmer, exkl. Gymnasiet.").map(
        (s) => s.text,
      ),
    ).toEqual(["Vision: reservation avs. Punkt 4.", "Sv. Lärare instämmer, exkl. Gymnasiet."]);
  });

  it("keeps the offset of each sentence", () => {
    const text = "Ett. Två.";
    expect(splitSentences(text).map((s) => text.slice(s.start, s.start + s.text.length))).toEqual([
      "Ett.",
      "Två.",
    ]);
  });
});
