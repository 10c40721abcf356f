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

  // Blind 15 showed the class: a union's name cut short ("Akademikerförb. SSR") read as two sentences, so the
  // dissent after it lost its union. Any word of a catalogue name cut short before the name's next word holds.
  it("does not split inside an organisation's name cut short", () => {
    expect(
      splitSentences(
        "Fackförb. ST begär förhandling. Vi träffade Akademikerförb. SSR i går. Kyrkans Akad. förbund deltog.",
      ).map((s) => s.text),
    ).toEqual([
      "Fackförb. ST begär förhandling.",
      "Vi träffade Akademikerförb. SSR i går.",
      "Kyrkans Akad. förbund deltog.",
    ]);
  });

  it("still splits after a name written in full or a word the name does not continue", () => {
    expect(
      splitSentences("Frågan gick till Akademikerförbundet. SSR svarade. Vi bad förb. Vision om svar.").map(
        (s) => s.text,
      ),
    ).toEqual(["Frågan gick till Akademikerförbundet.", "SSR svarade.", "Vi bad förb.", "Vision om svar."]);
  });
});

describe("a dash after a full stop", () => {
  it("opens a sentence where a capital follows it, as a reply in terse notes does", () => {
    expect(splitSentences("Seko vill ha en plan. – AG: kommer i maj.").map((s) => s.text)).toEqual([
      "Seko vill ha en plan.",
      "– AG: kommer i maj.",
    ]);
    // A dash before a small letter, or a hyphen joined to a word, opens none.
    expect(splitSentences("Klart v. 22. - se bilaga.").map((s) => s.text)).toEqual([
      "Klart v. 22. - se bilaga.",
    ]);
  });
});
