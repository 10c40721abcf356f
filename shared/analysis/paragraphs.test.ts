import { describe, expect, it } from "vitest";
import { isFurnitureLine, toParagraphs } from "./paragraphs";

const texts = (source: string) => toParagraphs(source).map((p) => p.text);

// PDF text as the examples have it: every wrapped line followed by an empty line, about 80 characters wide.
const wrapped = [
  "Uppföljning av sjukfrånvaro",
  "",
  "Sjukfrånvaron har under året ökat inom hemtjänsten och förvaltningen följer upp",
  "",
  "varje enhet för sig. Arbetet med rehabilitering sker i samarbete med Feelgood och",
  "",
  "cheferna får stöd av HR-konsulterna under hela processen med återgång i arbete.",
  "",
  "Kommunal menar att uppföljningen måste ske på varje arbetsplats och inte bara på",
  "",
  "förvaltningsnivå, eftersom skillnaderna mellan enheterna är stora och behöver TLO-",
  "",
  "ansökningar för att kunna utbilda fler handledare ute i verksamheterna framöver.",
  "",
  "Arbetsgivaren svarar att uppföljningen redan görs på enhetsnivå varje månad och att",
  "",
  "resultaten redovisas i samverkansgruppen vid varje möte under resten av året och",
  "",
  "även i skyddskommittén när det gäller arbetsmiljön för de berörda medarbetarna.",
  "",
  "Cecilia Cederström justerar protokollet för Akademikerförbundet SSR, Christina",
  "",
  "Gustafsson för Kommunal.",
].join("\n");

describe("toParagraphs", () => {
  it("joins wrapped lines across empty lines and keeps the heading apart", () => {
    const result = texts(wrapped);
    expect(result[0]).toBe("Uppföljning av sjukfrånvaro");
    expect(result[1]).toMatch(/^Sjukfrånvaron har .* i arbete\.$/);
    expect(result[2]).toMatch(/^Kommunal menar .* framöver\.$/);
    expect(result[3]).toMatch(/^Arbetsgivaren svarar .* medarbetarna\.$/);
    expect(result).toHaveLength(5);
  });

  it("joins a word cut with a hyphen and a name cut at the line end", () => {
    const result = texts(wrapped);
    expect(result[2]).toContain("TLO-ansökningar");
    expect(result[4]).toBe(
      "Cecilia Cederström justerar protokollet för Akademikerförbundet SSR, Christina Gustafsson för Kommunal.",
    );
  });

  it("reads markdown levels, bold headings and bullets", () => {
    const result = toParagraphs(
      "## **7. Kvarvarande frågor**\n\n**Tidpunkt:**\n\n- Anna Berg, HR-chef\n\n*Punkt 7, budget",
    );
    expect(result.map((p) => [p.text, p.mdLevel, p.emphasised, p.bullet])).toEqual([
      ["7. Kvarvarande frågor", 2, true, false],
      ["Tidpunkt:", 0, true, false],
      ["Anna Berg, HR-chef", 0, false, true],
      ["Punkt 7, budget", 0, false, true],
    ]);
  });

  it("keeps one paragraph per line in unwrapped text, with a dash meaning nothing to add", () => {
    expect(
      texts("Vision –\nSSR har mingel den 18 mars.\nKommunal meddelade att teamet har flyttat."),
    ).toEqual(["Vision –", "SSR har mingel den 18 mars.", "Kommunal meddelade att teamet har flyttat."]);
  });

  it("joins a year cut from its date", () => {
    const title = [
      "Minnesanteckningar från samverkansgrupp Barn och utbildning den 13 mars",
      "",
      "2025",
      ...wrapped.split("\n"),
    ].join("\n");
    expect(texts(title)[0]).toBe(
      "Minnesanteckningar från samverkansgrupp Barn och utbildning den 13 mars 2025",
    );
  });

  it("drops page furniture", () => {
    for (const line of ["SID 2(4)", "Sida 1 av 3", "1 (4)", ".....", "mailto:kontakt@stad.se"]) {
      expect(isFurnitureLine(line)).toBe(true);
    }
    expect(
      isFurnitureLine("stad.se Postadress 251 89 Helsingborg · Kontaktcenter 042-10 50 00 · kontakt@stad.se"),
    ).toBe(true);
    expect(isFurnitureLine("Sidan 3 i rapporten visar utfallet.")).toBe(false);
    expect(texts("SID 1(2)\nBalanslista\nListan är tom.")).toEqual(["Balanslista", "Listan är tom."]);
  });

  it("drops a later page's repeat of the first page's head, also inside a sentence cut by the break", () => {
    const source = [
      "ÅSBERGA KOMMUN                         MINNESANTECKNINGAR",
      "Kultur och fritid                      Sida 1 (2)",
      "",
      "1. Simhallen",
      "Fritidschefen meddelade att öppettiderna och",
      "ÅSBERGA KOMMUN                         MINNESANTECKNINGAR",
      "Kultur och fritid                      Sida 2 (2)",
      "",
      "bemanningen ses över till hösten.",
      "2. Nästa möte",
    ].join("\n");
    expect(texts(source)).toEqual([
      "ÅSBERGA KOMMUN MINNESANTECKNINGAR",
      "Kultur och fritid Sida 1 (2)",
      "1. Simhallen",
      "Fritidschefen meddelade att öppettiderna och bemanningen ses över till hösten.",
      "2. Nästa möte",
    ]);
    // A head of one line is no letterhead to repeat: a heading written as the first line stays.
    expect(texts("Budget\n\n1. Budget\nText.")).toEqual(["Budget", "1. Budget", "Text."]);
  });

  it("reads every kind of whitespace in a line as one space", () => {
    const line = "Vision\u00a0 menar\tatt\u202fschemat\u2028ska\ufeff\u2003\u2003ses över.";
    expect(texts(`Rubrik\n${line}`)).toEqual(["Rubrik", "Vision menar att schemat ska ses över."]);
  });

  it("keeps the line number where each paragraph starts", () => {
    expect(toParagraphs("\n\nRubrik\nText här.").map((p) => p.line)).toEqual([3, 4]);
  });
});

// Blind 15 showed the class: markdown emphasis around part of a line ("*Unionen:* Hanna Kvist") kept its closing
// star, so the label and the first name were lost; only emphasis around the whole line was removed.
describe("markdown emphasis around part of a line", () => {
  it("is removed wherever its pair of marks stands", () => {
    expect(
      texts(
        "*Seko:* Ali Berg\n\n_Vision:_ Eva Ek, Per Holm\n\nMötet leddes av *ordföranden* i år.\n\n**Kommunal:** Ulla Sten",
      ),
    ).toEqual([
      "Seko: Ali Berg",
      "Vision: Eva Ek, Per Holm",
      "Mötet leddes av ordföranden i år.",
      "Kommunal: Ulla Sten",
    ]);
  });

  it("keeps a star that pairs with none, a bullet's and arithmetic's", () => {
    expect(texts("Kostnaden är 3 * 4 tkr per månad.\n\nFotnot* gäller avtalet.")).toEqual([
      "Kostnaden är 3 * 4 tkr per månad.",
      "Fotnot* gäller avtalet.",
    ]);
  });
});
