import { describe, expect, it } from "vitest";
import { analyseMinutes } from "./analyse";

// Minutes exported from meeting systems and tables as plain text, invented for this test (round sections27; blinds
// 31, 32 and 34 showed the classes): an item's number in a row's first field and its title in the next, rules
// boxing headings, type fields under an item, a signature log and justering lists written as a sentence or a line.
const sections = (text: string) => analyseMinutes(text).sections.map((s) => [s.title, s.group ?? null]);
const justering = (text: string) => analyseMinutes(text).justering.map((j) => [j.name, j.org, j.note]);

describe("an item's number and title in the fields of a row", () => {
  it("reads a table exported with pipes between its cells, the rest of the row as the item's text", () => {
    const text = [
      "Protokoll från samverkansgruppen 2025-03-11",
      "",
      "Nr | Fråga | Noteringar | Ansvarig",
      "1 | Inledning | Ordföranden hälsade välkommen. | –",
      "2 | Vinterväghållning | Gatuchefen redovisade det nya schemat. Seko motsätter sig schemat. | GC",
      "Seko vill att frågan tas upp igen i april. | –",
      "3 | Övriga frågor | Inga övriga frågor. | –",
    ].join("\n");
    expect(sections(text)).toEqual([
      ["Inledning", null],
      ["Vinterväghållning", null],
      ["Övriga frågor", "ovrigt"],
    ]);
    expect(
      analyseMinutes(text).statements.some((s) => s.org === "seko" && s.sectionTitle === "Vinterväghållning"),
    ).toBe(true);
  });

  it("reads a record's fields boxed by rules, its number labelled and counted, a reference field after the title", () => {
    const text = [
      "Sjöby kommun | Miljöförvaltningen",
      "==================================================",
      "PROTOKOLL FÖRVALTNINGSGRUPP",
      "Status: Godkänt",
      "==================================================",
      "",
      "--------------------------------------------------",
      "Ärende 1 (av 3) · Mötets öppnande",
      "--------------------------------------------------",
      "Mötet öppnades.",
      "",
      "==================================================",
      "ÄRENDEN ENLIGT MBL § 11",
      "==================================================",
      "--------------------------------------------------",
      "Ärende 2 (av 3) · Nytt tidrapporteringssystem | Dnr MF 2025-0031",
      "--------------------------------------------------",
      "Förvaltningen presenterade förslaget. Vision har inga invändningar.",
      "",
      "==================================================",
      "ÖVRIGA FRÅGOR",
      "==================================================",
      "Ärende 3 (av 3) · Parkeringen vid Åvägen",
      "Kommunal tog upp parkeringen.",
    ].join("\n");
    expect(sections(text)).toEqual([
      ["Mötets öppnande", null],
      ["Nytt tidrapporteringssystem", "mbl11"],
      ["Parkeringen vid Åvägen", "ovrigt"],
    ]);
  });

  it("keeps a row of figures whose numbers do not count up as text", () => {
    const text = [
      "Protokoll från samverkansgruppen 2025-03-11",
      "",
      "1. Sjukfrånvaro",
      "Frånvaron per enhet:",
      "12 | Hemtjänst Norr | 7,1 %",
      "30 | Hemtjänst Syd | 6,4 %",
    ].join("\n");
    expect(sections(text)).toEqual([["Sjukfrånvaro", null]]);
  });
});

describe("a type field under an item's heading", () => {
  const items = (field: string, above = "") =>
    [
      "Protokoll från samverkansgruppen 2025-03-11",
      "",
      ...(above ? [above] : []),
      "1. Ny bemanningsmodell",
      field,
      "Arbetsgivaren presenterade modellen.",
      "2. Lönekartläggning",
      "Typ: Information",
      "HR redovisade kartläggningen.",
    ].join("\n");

  it("sets the item's group by the MBL part or the group word it names", () => {
    expect(sections(items("Typ: Samverkan enligt 11 § MBL"))).toEqual([
      ["Ny bemanningsmodell", "mbl11"],
      ["Lönekartläggning", "information"],
    ]);
    expect(sections(items("Beslutsstatus: Information (MBL § 19)"))[0]).toEqual([
      "Ny bemanningsmodell",
      "mbl19",
    ]);
    expect(sections(items("Form: Dialog"))[0]).toEqual(["Ny bemanningsmodell", "dialog"]);
  });

  it("gives way to a group heading above the item, and a field naming no group is no item", () => {
    expect(sections(items("Typ: MBL § 11", "Beslutsärenden"))).toEqual([
      ["Ny bemanningsmodell", "beslut"],
      ["Lönekartläggning", "beslut"],
    ]);
    expect(sections(items("Typ: Formalia"))[0]).toEqual(["Ny bemanningsmodell", null]);
  });
});

describe("justering in a signature log, a sentence or a line of names", () => {
  // A record with two items, its signatures after the last; the unions' people in its roster.
  const minutes = (signatures: string) =>
    `Minnesanteckningar förvaltningsgrupp 2025-10-02\nNärvarande: Ola Berg, HR-chef; Siv Ek, Seko\n\n§ 1 Lokaler\nSeko motsätter sig flytten.\n§ 2 Nästa möte\nDen 6 november.\n\n${signatures}`;

  it("reads a signature log under 'Signeringar', a comment of a signature not given as its note", () => {
    const log = [
      "Signeringar",
      "  Ola Berg (arbetsgivaren)     signerat 2025-10-03 09:12 (BankID)",
      '  Siv Ek (Seko)                ej signerat – kommentar: "Signerar med reservation punkt 1."',
    ].join("\n");
    expect(justering(minutes(log))).toEqual([
      ["Ola Berg", "arbetsgivaren", null],
      ["Siv Ek", "seko", "Signerar med reservation punkt 1."],
    ]);
  });

  it("reads the names of a labelled sentence in the perfect ('Justering: Protokollet har justerats … av')", () => {
    const line =
      "Justering: Protokollet har justerats digitalt 2025-10-05 av Ola Berg (arbetsgivaren) och Siv Ek (Seko, oenighet punkt 1).";
    expect(justering(minutes(line))).toEqual([
      ["Ola Berg", "arbetsgivaren", null],
      ["Siv Ek", "seko", "oenighet punkt 1"],
    ]);
  });

  it("reads a line of names under a paragraph whose last sentence announces them", () => {
    const text = [
      "Nästa möte hålls 2025-11-06. Protokollet justeras digitalt i ärendesystemet av:",
      "Ola Berg (arbetsgivaren), Siv Ek (Seko)",
    ].join("\n");
    expect(justering(minutes(text))).toEqual([
      ["Ola Berg", "arbetsgivaren", null],
      ["Siv Ek", "seko", null],
    ]);
  });
});
