import { describe, expect, it } from "vitest";
import {
  isJusteringListHeading,
  parseJusteringLine,
  parseJusteringParagraph,
  parseJusteringSentence,
} from "./justering";

describe("parseJusteringSentence", () => {
  it("reads 'X justerar protokollet för A, Y för B och Z för arbetsgivaren'", () => {
    expect(
      parseJusteringSentence(
        "Eva Holm justerar protokollet för Vision, Omar Ali för Sveriges Lärare och Lena Sjö för arbetsgivaren.",
      ),
    ).toEqual([
      { name: "Eva Holm", org: "vision", note: null },
      { name: "Omar Ali", org: "sveriges-larare", note: null },
      { name: "Lena Sjö", org: "arbetsgivaren", note: null },
    ]);
  });

  it("reads elections with and without organisations", () => {
    expect(
      parseJusteringSentence("Cecilia Cederström, SSR, och Mounir Mansour, Kommunal, valdes som justerare."),
    ).toEqual([
      { name: "Cecilia Cederström", org: "ssr", note: null },
      { name: "Mounir Mansour", org: "kommunal", note: null },
    ]);
    expect(
      parseJusteringSentence("Till justerare utsågs Sara Nilsson (Kommunal) och Erik Holm (Vision)."),
    ).toEqual([
      { name: "Sara Nilsson", org: "kommunal", note: null },
      { name: "Erik Holm", org: "vision", note: null },
    ]);
    expect(parseJusteringSentence("Mounir Mansour och Cecilia Cederström valdes som justerare.")).toEqual([
      { name: "Mounir Mansour", org: null, note: null },
      { name: "Cecilia Cederström", org: null, note: null },
    ]);
  });

  it("keeps an annotation with commas and 'och' inside its parentheses", () => {
    expect(
      parseJusteringSentence(
        "Protokollet justeras av Lisa Ek för Kommunal (oenighet under punkt 3, 4 och 5) och Per Ström för Vision.",
      ),
    ).toEqual([
      { name: "Lisa Ek", org: "kommunal", note: "oenighet under punkt 3, 4 och 5" },
      { name: "Per Ström", org: "vision", note: null },
    ]);
  });

  it("reads nothing from sentences about the justering itself", () => {
    expect(parseJusteringSentence("Justering sker digitalt.")).toEqual([]);
    expect(
      parseJusteringParagraph("Anna Berg öppnade mötet. Justering sker fredagen den 16 februari."),
    ).toEqual([]);
  });
});

describe("parseJusteringLine", () => {
  it.each([
    [
      "Charlotte Andersson för Kommunal (oenighet under föranmälda frågor)",
      "Charlotte Andersson",
      "kommunal",
      "oenighet under föranmälda frågor",
    ],
    ["Akademikerförbundet SSR: Liselotte Näslund,", "Liselotte Näslund", "ssr", null],
    ["Johan Lind, arbetsgivaren", "Johan Lind", "arbetsgivaren", null],
    ["Anna Berg (Vision)", "Anna Berg", "vision", null],
  ])("%s", (line, name, org, note) => {
    expect(parseJusteringLine(line)).toEqual({ name, org, note });
  });

  it("rejects lines that are not a person and an organisation", () => {
    expect(parseJusteringLine("Underskriftens äkthet valideras här")).toBeNull();
    expect(parseJusteringLine("Lars Wennberg för kvalitetsfrågor")).toBeNull();
  });
});

describe("isJusteringListHeading", () => {
  it("knows list headings from sentences", () => {
    expect(isJusteringListHeading("Justeras (digitalt)")).toBe(true);
    expect(isJusteringListHeading("Justerare:")).toBe(true);
    expect(
      isJusteringListHeading("Justering sker fredagen den 16 februari. Synpunkter senast torsdag."),
    ).toBe(false);
  });
});
