import { describe, expect, it } from "vitest";
import { findPlaceholders } from "./placeholders";

describe("findPlaceholders", () => {
  it("finds what templates and copied drafts leave behind", () => {
    expect(
      findPlaceholders("Mötet den {datum} i [lokal], XX deltagare, NN justerar. Lorem ipsum. TODO"),
    ).toEqual(["{datum}", "[lokal]", "XX", "NN", "Lorem ipsum", "TODO"]);
  });

  it("leaves a ticked box, words with double letters and elisions alone", () => {
    expect(
      findPlaceholders("X Allvarliga brister. Det finns ..... och innan dess, NNN-nummer, xx-large"),
    ).toEqual([]);
  });
});
