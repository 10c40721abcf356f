import { describe, expect, it } from "vitest";
import { analyseMinutes } from "./analyse";

// What is an item heading and what only looks like one: page headers and footers, subtitles, labels laid out
// in columns, table rows, signatures and closing lines, newspaper furniture, and group headings written as
// headings. Texts invented for this test (the held-out set showed the classes).
const sections = (text: string) => analyseMinutes(text).sections.map((s) => [s.title, s.group ?? null]);

describe("page headers, footers and subtitles are not items", () => {
  it("drops a letterhead repeated on every page, page numbers, a footer with separators and a place-date signature", () => {
    const text = [
      "STORVIKS KOMMUN                              PROTOKOLL",
      "Kultur- och fritidsförvaltningen             Sida 1 (2)",
      "Samverkansgrupp för kultur och fritid",
      "",
      "§ 1 Mötets öppnande",
      "Ordföranden öppnade mötet.",
      "§ 2 Lokalerna i simhallen",
      "Arbetsgivaren redogjorde för läget.",
      "",
      "STORVIKS KOMMUN                              PROTOKOLL",
      "Kultur- och fritidsförvaltningen             Sida 2 (2)",
      "Storvik | Kultur och fritid | Protokoll 2025-03-04 | Sida 2 av 2",
      "",
      "§ 3 Bemanning i biblioteksfilialerna under sommarmånaderna juni till och med augusti 2025",
      "Förvaltningen informerade om sommarens schema.",
      "",
      "Storvik 2025-03-04",
      "Vision Storvik",
      "Lena Mark",
    ].join("\n");
    expect(sections(text)).toEqual([
      ["Mötets öppnande", null],
      ["Lokalerna i simhallen", null],
      ["Bemanning i biblioteksfilialerna under sommarmånaderna juni till och med augusti 2025", null],
    ]);
  });

  it("takes the document kind written alone as the title, and the line after it as a subtitle", () => {
    const text = [
      "Region Norrfjäll",
      "Hälso- och sjukvården",
      "",
      "MINNESANTECKNINGAR",
      "Verksamhetens samverkansgrupp (VSG)",
      "",
      "1. Mötets öppnande",
      "Mötet öppnades.",
      "2. Semesterplanering",
      "Arbetsgivaren informerade om semesterplaneringen.",
    ].join("\n");
    expect(sections(text)).toEqual([
      ["Mötets öppnande", null],
      ["Semesterplanering", null],
    ]);
  });
});

describe("labels in columns and tables are not items", () => {
  it("reads a label column, its roster lines and a table's rows as no heading", () => {
    const text = [
      "Protokoll från skyddskommittén den 12 mars 2025",
      "",
      "Tid och plats          Onsdagen den 12 mars 2025 kl. 9.00, Rådhuset",
      "Närvarande             Arbetsgivaren",
      "                       Karin Ås, förvaltningschef",
      "                       Arbetstagarna",
      "                       Ola Berg, huvudskyddsombud, Kommunal",
      "Paragrafer             1–2",
      "",
      "§ 1 Sjukfrånvaro",
      "Arbetsgivaren redovisade sjukfrånvaron.",
      "",
      "Enhet          Sjukfrånvaro, %          Förändring",
      "Hemtjänst          7,2          +0,4",
      "Särskilt boende          8,1          −0,3",
      "",
      "§ 2 Skyddsronder",
      "Ronderna genomförs i april.",
    ].join("\n");
    expect(sections(text)).toEqual([
      ["Sjukfrånvaro", null],
      ["Skyddsronder", null],
    ]);
  });
});

describe("news and newsletters", () => {
  it("drops a newspaper's masthead, byline, headline and fact box label", () => {
    const text = [
      "ÖSTRABYGDENS KURIR",
      "Tisdag 3 mars 2026 · Lokalt · Östraby",
      "",
      "Oenighet om den nya fritidsgården",
      "",
      "Förhandlingen om fritidsgården avslutades i oenighet i tisdags, enligt Kommunal.",
      "",
      "Publicerad 2026-03-03",
      "",
      "FAKTA: Samverkan i kommunen",
      "",
      "Enligt avtalet ska facket få information innan beslut fattas.",
    ].join("\n");
    expect(sections(text)).toEqual([]);
  });

  it("keeps a newsletter's items, not its title lines, greeting or signature", () => {
    const text = [
      "SEKOKLUBBEN HAMNSTAD",
      "Medlemsbrev april 2025",
      "",
      "Rapport från samverkansgruppen 2 april 2025",
      "",
      "Hej alla medlemmar!",
      "",
      "Schemat för sommaren",
      "",
      "Arbetsgivaren presenterade schemat. Vi framförde att passen är för långa.",
      "",
      "Hälsningar",
      "Per Ek, ordförande",
      "Stina Al, kassör",
    ].join("\n");
    expect(sections(text)).toEqual([["Schemat för sommaren", null]]);
  });
});

describe("group headings written as headings", () => {
  it("reads decision, MBL and other-questions headings over their items as groups", () => {
    const text = [
      "# Protokoll samverkansgruppen 5 maj 2025",
      "## Ärenden för beslut",
      "### 4. Ny delegationsordning",
      "Text.",
      "## Förhandling enligt MBL § 11",
      "### 5. Flytt av arkivet",
      "Text.",
      "## Övriga frågor",
      "### 6. Parkering (Vision)",
      "Text.",
    ].join("\n");
    expect(sections(text)).toEqual([
      ["Ny delegationsordning", "beslut"],
      ["Flytt av arkivet", "mbl11"],
      ["Parkering (Vision)", "ovrigt"],
    ]);
    const plain = [
      "Protokoll från samverkansgruppen den 5 maj 2025",
      "§ 1 Mötets öppnande",
      "Mötet öppnades.",
      "ÖVRIGA FRÅGOR",
      "§ 2 Arbetskläder (Kommunal)",
      "Text.",
    ].join("\n");
    expect(sections(plain)).toEqual([
      ["Mötets öppnande", null],
      ["Arbetskläder (Kommunal)", "ovrigt"],
    ]);
  });

  it("keeps 'Övriga frågor' an item when text stands under it", () => {
    const text = "Protokoll från gruppen den 5 maj 2025\n1. Budget\nText.\n2. Övriga frågor\nInga.";
    expect(sections(text)).toEqual([
      ["Budget", null],
      ["Övriga frågor", "ovrigt"],
    ]);
  });
});
