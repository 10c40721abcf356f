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

  it("keeps the offset of each sentence", () => {
    const text = "Ett. Två.";
    expect(splitSentences(text).map((s) => text.slice(s.start, s.start + s.text.length))).toEqual([
      "Ett.",
      "Två.",
    ]);
  });
});
