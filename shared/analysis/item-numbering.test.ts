import { describe, expect, it } from "vitest";
import { analyseMinutes } from "./analyse";

// How items are numbered and marked, invented for this test (blind set 5 showed the classes: letters and roman
// numerals as item numbers, numbered headings ending in a colon, a capital "ÖVRIGT" over items of its own, a
// running footer with the page as "2 (3)").
const sections = (text: string) => analyseMinutes(text).sections.map((s) => [s.title, s.group ?? null]);

describe("letters and roman numerals number items", () => {
  it("reads 'A.', 'B.' and 'B.1' as items and their sub-items", () => {
    const text = [
      "Protokoll från samverkansrådet den 4 november 2025",
      "A. Mötets formalia",
      "Mötet öppnades.",
      "B. Lagerflytten",
      "B.1 Tidplan",
      "Vd redogjorde för tidplanen.",
      "B.2 Förhandling enligt MBL § 11",
      "Förhandlingen avslutades i enighet.",
      "C. Övriga frågor",
      "Inga.",
    ].join("\n");
    expect(sections(text)).toEqual([
      ["Mötets formalia", null],
      ["Lagerflytten", null],
      ["Tidplan", null],
      ["Förhandling enligt MBL § 11", "mbl11"],
      ["Övriga frågor", "ovrigt"],
    ]);
  });

  it("reads 'I.' to 'IX.' under group headings, with 'ÖVRIGT' over items of its own", () => {
    const text = [
      "Protokoll samverkansgruppen 2025-11-04",
      "I. Inledning",
      "Mötet öppnades.",
      "",
      "INFORMATION",
      "II. Sommarvikarier",
      "Chefen informerade.",
      "III. Städavtalet",
      "Chefen informerade.",
      "",
      "BESLUT",
      "IV. Nya öppettider",
      "Beslut enligt förslaget.",
      "",
      "ÖVRIGT",
      "V. Julbordet",
      "Seko frågade om datum.",
    ].join("\n");
    expect(sections(text)).toEqual([
      ["Inledning", null],
      ["Sommarvikarier", "information"],
      ["Städavtalet", "information"],
      ["Nya öppettider", "beslut"],
      ["Julbordet", "ovrigt"],
    ]);
  });

  // Round 9 (blind 10): sub-items lettered under a roman numeral or a letter, "V.a", "B.b".
  it("reads 'V.a' and 'IV.b' under a roman numeral as its sub-items", () => {
    const text = [
      "Protokoll samverkansgruppen 2025-11-04",
      "IV. Arbetsmiljö",
      "IV.a Skyddsronder",
      "Ronderna är klara.",
      "IV.b Ny rutin för tillbud",
      "HR-chefen redogjorde för rutinen.",
      "V. Övriga frågor",
      "Inga.",
    ].join("\n");
    expect(sections(text).map(([title]) => title)).toEqual([
      "Arbetsmiljö",
      "Skyddsronder",
      "Ny rutin för tillbud",
      "Övriga frågor",
    ]);
    expect(analyseMinutes(text).sections.map((s) => s.number)).toEqual(["IV", "IV.a", "IV.b", "V"]);
  });

  it("does not read a person's initial as an item number", () => {
    const text = [
      "Protokoll samverkansgruppen 2025-11-04",
      "1. Lokalerna",
      "Seko frågade om flytten.",
      "A. Berg",
      "2. Nästa möte",
      "I december.",
    ].join("\n");
    expect(sections(text).map(([title]) => title)).toEqual(["Lokalerna", "Nästa möte"]);
  });
});

describe("a numbered heading ending in a colon", () => {
  it("is an item, without its colon", () => {
    const text = [
      "Protokoll fört vid förhandling enligt MBL § 11",
      "1. Förhandlingens öppnande:",
      "Arbetsgivaren öppnade förhandlingen.",
      "2. Ärendet:",
      "Förslaget gäller nya scheman.",
      "3. Parternas ståndpunkter:",
      "Seko godtar förslaget.",
    ].join("\n");
    expect(sections(text)).toEqual([
      ["Förhandlingens öppnande", "mbl11"],
      ["Ärendet", "mbl11"],
      ["Parternas ståndpunkter", "mbl11"],
    ]);
  });
});

describe("a running footer with the page in parentheses", () => {
  it("is no item", () => {
    const text = [
      "Protokoll samverkansgruppen 2025-11-04",
      "1. Lokalerna",
      "Seko frågade om flytten.",
      "Åby kommun – Tekniska förvaltningen – Protokoll SVG 2025-11-04 – 1 (2)",
      "2. Nästa möte",
      "I december.",
      "Åby kommun – Tekniska förvaltningen – Protokoll SVG 2025-11-04 – 2 (2)",
    ].join("\n");
    expect(sections(text).map(([title]) => title)).toEqual(["Lokalerna", "Nästa möte"]);
  });

  it("is no item where the text marks its items otherwise, with the page or only the date", () => {
    const text = [
      "# Minnesanteckningar SVG",
      "## Lokalerna",
      "Seko frågade om flytten.",
      "Åby kommun – Tekniska förvaltningen – SVG 2025-11-04 – sida 1",
      "## Nästa möte",
      "I december.",
      "*Åby tekniska – SVG – Minnesanteckningar 2025-11-04*",
    ].join("\n");
    expect(sections(text).map(([title]) => title)).toEqual(["Lokalerna", "Nästa möte"]);
  });
});

describe("a lettered line over items numbered otherwise", () => {
  it("is their group, not an item", () => {
    const text = [
      "Protokoll samverkansgruppen 2025-11-04",
      "A. INFORMATION",
      "§ 10 Sommarvikarier",
      "Chefen informerade.",
      "B. ÄRENDEN ENLIGT MBL § 11",
      "§ 11 Nya öppettider",
      "Förhandlingen avslutades i enighet.",
      "C. ÖVRIGA FRÅGOR",
      "§ 12 Julbordet",
      "Seko frågade om datum.",
    ].join("\n");
    expect(sections(text)).toEqual([
      ["Sommarvikarier", "information"],
      ["Nya öppettider", "mbl11"],
      ["Julbordet", "ovrigt"],
    ]);
  });
});

describe("a heading in capitals after the roster", () => {
  it("ends the roster and is an item, never an attendee", () => {
    const found = analyseMinutes(
      [
        "PROTOKOLL 2025-11-04",
        "Närvarande: Kim Lund, enhetschef; Seko: Ali Berg",
        "Förhinder: Vision",
        "MÖTETS INLEDNING",
        "Enhetschefen öppnar mötet. Till justerare utses Ali Berg, Seko.",
        "TIDIGARE ANTECKNINGAR",
        "Anteckningarna läggs till handlingarna.",
        "SCHEMAN",
        "Seko påpekar att schemat kommer sent.",
      ].join("\n"),
    );
    expect(found.sections.map((s) => s.title)).toEqual([
      "MÖTETS INLEDNING",
      "TIDIGARE ANTECKNINGAR",
      "SCHEMAN",
    ]);
    expect(found.roster.absent).toEqual([{ org: "vision" }]);
  });
});

describe("the lines around a markdown text's items", () => {
  it("reads a bold line under the title as its subtitle, the secretary's label and a closing line as no item", () => {
    const text = [
      "# Minnesanteckningar – arbetsplatsträff med samverkan",
      "",
      "**Åby kommun, Tekniska förvaltningen – Gatuenheten**",
      "",
      "## 1. Lokalerna",
      "Seko frågade om flytten.",
      "## 2. Nästa möte",
      "I december.",
      "",
      "Vid tangentbordet: Kim Lund",
      "",
      "*Seko Åby, klubbstyrelsen*",
    ].join("\n");
    expect(sections(text).map(([title]) => title)).toEqual(["Lokalerna", "Nästa möte"]);
  });

  it("reads an attendance table's header and its role rows as the roster", () => {
    const found = analyseMinutes(
      [
        "# Minnesanteckningar SVG",
        "**Närvarande**",
        "| Funktion | Person |",
        "| --- | --- |",
        "| Enhetschef (ordförande) | Kim Lund |",
        "| Seko | Ali Berg |",
        "## 1. Lokalerna",
        "Seko frågade om flytten.",
      ].join("\n"),
    );
    expect(found.sections.map((s) => s.title)).toEqual(["Lokalerna"]);
    expect(found.roster.employer.map((p) => p.name)).toEqual(["Kim Lund"]);
  });
});

describe("a table flattened to one cell a line", () => {
  it("reads each number cell with the title cell after it as an item, and the header cells as none", () => {
    const text = [
      "Protokoll skyddskommitté 2025-11-04",
      "Plats: Lagret",
      "Nr",
      "Fråga",
      "Noteringar",
      "1",
      "Skyddsrond på lagret",
      "Ronden genomfördes i oktober.",
      "2",
      "Buller i verkstaden",
      "Seko påpekar att hörselskydden är slitna.",
      "3",
      "Nästa möte",
      "I januari.",
    ].join("\n");
    expect(sections(text)).toEqual([
      ["Skyddsrond på lagret", null],
      ["Buller i verkstaden", null],
      ["Nästa möte", null],
    ]);
  });

  it("keeps a page number alone on its line out of the text", () => {
    const text = [
      "Protokoll samverkansgruppen 2025-11-04",
      "1. Lokalerna",
      "Seko frågade om flytten.",
      "2",
      "Arbetsgivaren svarade att flytten sker i maj.",
      "2. Nästa möte",
      "I december.",
    ].join("\n");
    expect(sections(text).map(([title]) => title)).toEqual(["Lokalerna", "Nästa möte"]);
  });
});

describe("the attendance list", () => {
  it("takes 'Ledamöter' as its heading, people written after their role and a guest under a caption", () => {
    const found = analyseMinutes(
      [
        "Protokoll skyddskommitté 2025-11-04",
        "Ledamöter",
        "Platschef Kim Lund, ordförande",
        "Skyddsombud Ali Berg, Seko",
        "Företagshälsan (adjungerad): Eva Ros, Hälsokliniken",
        "1. Skyddsrond",
        "Ronden genomfördes i oktober.",
      ].join("\n"),
    );
    expect(found.sections.map((s) => s.title)).toEqual(["Skyddsrond"]);
    expect(found.roster.unions).toEqual([{ org: "seko", people: [{ name: "Ali Berg" }] }]);
  });
});

describe("attendance written on one line per side", () => {
  const roster = (line: string) =>
    analyseMinutes(
      [
        "Anteckningar från informationsmöte 2025-11-04",
        "Deltagare från arbetsgivaren: hamnchef Kim Lund, HR-chef Eva Ros",
        line,
        "1. Budget",
        "Seko påpekar att budgeten är snäv.",
      ].join("\n"),
    );

  it("reads each union with its people in parentheses", () => {
    const found = roster(
      "Deltagare från arbetstagarorganisationerna: Seko (Ali Berg, Per Holm), Unionen (Mia Ek)",
    );
    expect(found.roster.unions).toEqual([
      { org: "seko", people: [{ name: "Ali Berg" }, { name: "Per Holm" }] },
      { org: "unionen", people: [{ name: "Mia Ek" }] },
    ]);
    expect(found.statements.map((s) => s.org)).toEqual(["seko"]);
  });

  it("reads each union as a label of its own, the unions separated by full stops", () => {
    const found = roster("Närvarande för arbetstagarna: Seko: Ali Berg, Per Holm. Unionen: Mia Ek.");
    expect(found.roster.unions).toEqual([
      { org: "seko", people: [{ name: "Ali Berg" }, { name: "Per Holm" }] },
      { org: "unionen", people: [{ name: "Mia Ek" }] },
    ]);
    expect(found.statements.map((s) => s.org)).toEqual(["seko"]);
  });
});

describe("an unnumbered item before or after the numbered ones", () => {
  it("is an item where a sentence follows it, and a plain line between numbered items is not", () => {
    const text = [
      "Anteckningar från informationsmöte enligt MBL § 19",
      "Datum: 2025-11-04",
      "",
      "Inledning",
      "Direktören inleder med att mötet är ett informationsmöte.",
      "",
      "Ärende 1: Budget",
      "Ekonomichefen redovisar ramarna.",
      "Särskilt om lokalerna",
      "Seko påpekar att hyrorna stiger.",
      "",
      "Ärende 2: Lönebildning",
      "HR-chefen informerar om tidplanen.",
      "",
      "Övriga frågor",
      "Unionen ställer fråga om parkeringen.",
      "",
      "Antecknat av Kim Lund",
    ].join("\n");
    expect(sections(text)).toEqual([
      ["Inledning", "mbl19"],
      ["Budget", "mbl19"],
      ["Lönebildning", "mbl19"],
      ["Övriga frågor", "ovrigt"],
    ]);
  });
});

describe("sub-items lettered a), b)", () => {
  it("stand under the item or group above them, each its own item", () => {
    const text = [
      "Protokoll samverkansgruppen 2025-11-04",
      "§ 1 Lokalerna",
      "Seko frågade om flytten.",
      "§ 2 Övriga frågor",
      "a) Julbordet",
      "Seko frågade om datum.",
      "b) Parkeringen",
      "Unionen frågade om avgiften.",
    ].join("\n");
    expect(sections(text)).toEqual([
      ["Lokalerna", null],
      ["Övriga frågor", "ovrigt"],
      ["Julbordet", "ovrigt"],
      ["Parkeringen", "ovrigt"],
    ]);
  });
});

describe("the employer's people written after their roles", () => {
  it("are named without the role, in small letters or hyphenated", () => {
    const found = analyseMinutes(
      [
        "Anteckningar från informationsmöte 2025-11-04",
        "Deltagare från arbetsgivaren: hamnchef Kim Lund, HR-chef Eva Ros, förhandlare Per Ek (antecknare)",
        "1. Budget",
        "Kim Lund redovisar ramarna.",
      ].join("\n"),
    );
    expect(found.roster.employer.map((p) => p.name)).toEqual(["Kim Lund", "Eva Ros", "Per Ek"]);
    expect(found.statements.map((s) => s.org)).toEqual(["arbetsgivaren"]);
  });
});

describe("items numbered by their group's letter and a figure", () => {
  // Blind 7 showed the class: "A  INFORMATION" over "A1  …", "A2  …", "B  SAMVERKAN (…)" over "B1  …".
  it("reads the bare letter's line as the group and 'A1' as the item's number", () => {
    const text = [
      "Anteckningar från samverkansgruppen 2026-03-02",
      "",
      "A  INFORMATION",
      "",
      "A1  Ekonomisk uppföljning",
      "Vd redogjorde för läget.",
      "",
      "A2  Arbetsmiljö",
      "HR-chefen informerade om sjukfrånvaron.",
      "",
      "B  SAMVERKAN ENLIGT MBL § 11",
      "",
      "B1  Ny schemaläggning i tvätteriet",
      "Seko välkomnar förslaget.",
      "",
      "C  ÖVRIGT",
      "C1 Julbord",
      "Inget att anmäla.",
    ].join("\n");
    expect(sections(text)).toEqual([
      ["Ekonomisk uppföljning", "information"],
      ["Arbetsmiljö", "information"],
      ["Ny schemaläggning i tvätteriet", "mbl11"],
      ["Julbord", "ovrigt"],
    ]);
  });
});

describe("items numbered as the moments of a negotiation", () => {
  // Blind 7 showed the class: "Moment 1 – Parter", "MOMENT 2: …", "Moment 3. …" number the items.
  it.each([
    ["Moment 1 – Parter", "Moment 2 – Förhandlingsfrågan"],
    ["MOMENT 1: Parter", "MOMENT 2: Förhandlingsfrågan"],
    ["Moment 1. Parter", "Moment 2. Förhandlingsfrågan"],
  ])("reads %j and %j as items", (first, second) => {
    const text = [
      "Protokoll central förhandling",
      first,
      "Arbetsgivarsidan: Regionen genom HR-chefen.",
      "",
      second,
      "Vision har påkallat förhandling om bemanningen.",
    ].join("\n");
    expect(sections(text)).toEqual([
      ["Parter", null],
      ["Förhandlingsfrågan", null],
    ]);
  });
});

describe("sub-items lettered with a full stop", () => {
  // Blind 7 showed the class: "§ 46 Övriga frågor" over "a. Arbetsjackor …", "b. Information om …".
  it("reads 'a.' and 'b.' as sub-items of the item above, each line its own", () => {
    const text = [
      "Protokoll lokal samverkansgrupp",
      "§ 12 Budget",
      "Prefekten redogjorde för budgeten.",
      "§ 13 Övriga frågor",
      "a. Parkering vid huvudentrén",
      "Seko tog upp att parkeringen är full.",
      "b. Julbord",
      "ST frågade om datum för julbordet.",
    ].join("\n");
    expect(sections(text)).toEqual([
      ["Budget", null],
      ["Övriga frågor", "ovrigt"],
      ["Parkering vid huvudentrén", "ovrigt"],
      ["Julbord", "ovrigt"],
    ]);
  });
});

describe("a numbered heading ending in a colon, with the group in parentheses", () => {
  // Blind 11 showed the class: "3. Omorganisation Elnät – ny driftcentral (samverkan enl. MBL 11 §):": the
  // parentheses and the dash do not make the heading a sentence.
  const titles = (heading: string) =>
    analyseMinutes(
      [
        "Samverkansråd – minnesanteckningar",
        "1. Budget:",
        "Föredragande: Eva Ek",
        "- Vision tog upp budgeten.",
        heading,
        "Föredragande: Per Ås",
        "- Unionen tog upp frågan.",
      ].join("\n"),
    ).sections.map((s) => s.title);
  it.each([
    [
      "2. Ny driftcentral i Berga – flytt av jouren (samverkan enligt MBL 11 §):",
      "Ny driftcentral i Berga – flytt av jouren (samverkan enligt MBL 11 §)",
    ],
    ["2. Nya lokaler – kontoret (info enl. MBL 19 §):", "Nya lokaler – kontoret (info enl. MBL 19 §)"],
  ])("reads %j as an item", (heading, title) => {
    expect(titles(heading)).toEqual(["Budget", title]);
  });

  it("does not read a long numbered sentence ending in a colon as an item", () => {
    expect(
      titles("2. Arbetsgivaren och facket kom under mötet överens om följande punkter för hösten:"),
    ).toEqual(["Budget"]);
  });
});
