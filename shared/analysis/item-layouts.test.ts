import { describe, expect, it } from "vitest";
import { analyseMinutes } from "./analyse";
import { toParagraphs } from "./paragraphs";

// Item layouts beyond "§ N" and "N.", invented for this test (blind 6 showed the classes: the number before the
// sign, "3 §", as in protocols of central negotiations; letters past "h)" and sub-items "c1.", "c2." indented
// under a lettered item, in text wrapped at the margin).
const sections = (text: string) => analyseMinutes(text).sections.map((s) => s.title);
const wrapped =
  "Arbetsgivaren redogjorde för läget och konstaterade att rekryteringen av sjuksköterskor har gått\n" +
  "trögt under våren och att bemanningen inför sommaren därför planeras med inhyrd personal från\n" +
  "bemanningsföretag i större utsträckning än tidigare år, vilket kostar och oroar verksamheten.";

describe("the number before the sign", () => {
  it("reads '1 §', '2 §' as item numbers", () => {
    const text = [
      "PROTOKOLL",
      "fört vid central förhandling",
      "Datum: 2025-04-02",
      "1 § Förhandlingens omfattning",
      "Förhandlingen gäller nedläggningen av jourmottagningen.",
      "2 § Seko:s ståndpunkt",
      "Seko anser att beslutet är förhastat.",
      "3 § Arbetsgivarens ståndpunkt",
      "Arbetsgivaren anser att beslutet är nödvändigt.",
      "4 § Avslut",
      "Förhandlingen förklaras avslutad.",
    ].join("\n");
    expect(sections(text)).toEqual([
      "Förhandlingens omfattning",
      "Seko:s ståndpunkt",
      "Arbetsgivarens ståndpunkt",
      "Avslut",
    ]);
  });
});

describe("letters past h and indented sub-items", () => {
  it("reads 'i)', 'j)' and 'c1.', 'c2.' as items, also in text wrapped at the margin", () => {
    const text = [
      "Protokoll från institutionens samverkansgrupp 2025-02-11",
      "",
      "a) Mötets öppnande",
      "Ordföranden öppnade mötet.",
      "b) Dagordning",
      "Dagordningen godkändes.",
      "c) Personal",
      "   c1. Bemanning i sommar",
      `   ${wrapped.replaceAll("\n", "\n   ")}`,
      "   c2. Sjukfrånvaro",
      "   Sjukfrånvaron har minskat.",
      "d) Ekonomi",
      wrapped,
      "e) Lokaler",
      wrapped,
      "f) Arbetsmiljö",
      wrapped,
      "g) Rekrytering",
      wrapped,
      "h) Övriga frågor",
      "Inga övriga frågor.",
      "",
      "i) Nästa möte",
      "Den 12 mars.",
      "j) Mötets avslutande",
      "Ordföranden avslutade mötet.",
    ].join("\n");
    expect(sections(text)).toEqual([
      "Mötets öppnande",
      "Dagordning",
      "Personal",
      "Bemanning i sommar",
      "Sjukfrånvaro",
      "Ekonomi",
      "Lokaler",
      "Arbetsmiljö",
      "Rekrytering",
      "Övriga frågor",
      "Nästa möte",
      "Mötets avslutande",
    ]);
  });
});

describe("headings ending in a colon over an item label", () => {
  it("reads 'Budget:' as an item where 'Ansvarig:' or 'Föredragande:' stands under it", () => {
    const text = [
      "Enhetens samverkansgrupp",
      "Protokoll 2025-01-20",
      "",
      "Inledning:",
      "Mötet öppnades.",
      "",
      "Budget:",
      "Ansvarig: Lars Berg",
      "Enhetschefen redogjorde för budgeten.",
      "",
      "Lokaler:",
      "Föredragare: Eva Lund",
      "Flytten sker i maj.",
      "",
      "Övrigt:",
      "Inget.",
    ].join("\n");
    expect(sections(text)).toEqual(["Inledning", "Budget", "Lokaler", "Övrigt"]);
  });
});

describe("an unnumbered markdown heading over numbered ones of its level", () => {
  it("reads '## Samverkan enligt MBL § 11' right above '## § 3 …' as the group, not an item", () => {
    const text = [
      "# Protokoll samverkansgrupp",
      "## § 1 Öppnande",
      "Mötet öppnas.",
      "## Samverkan enligt MBL § 11",
      "## § 2 Ny bemanning",
      "Vision anser att bemanningen är för låg.",
      "## Information enligt 19 § MBL",
      "## § 3 Sjukfrånvaro",
      "HR informerar.",
      "## § 4 Ärende enligt MBL § 11 om lokaler",
      "Arbetsgivaren informerar.",
    ].join("\n");
    expect(analyseMinutes(text).sections.map((s) => [s.title, s.group ?? null])).toEqual([
      ["Öppnande", null],
      ["Ny bemanning", "mbl11"],
      ["Sjukfrånvaro", "mbl19"],
      ["Ärende enligt MBL § 11 om lokaler", "mbl11"],
    ]);
  });
});

describe("items as records of a meeting system", () => {
  // Blind 7 showed the class: each item a record of labelled fields in columns, "Paragraf | § 2025:14",
  // "Ärende | title", "Ärendetyp | Information enligt MBL § 19", over the item's text.
  const record = (gap: string) =>
    [
      "PROTOKOLL",
      "Samverkansgrupp för tekniska förvaltningen",
      "",
      `Paragraf${gap}§ 2026:3`,
      `Ärende${gap}Ekonomi efter första kvartalet`,
      `Ärendetyp${gap}Information enligt MBL § 19`,
      "Ekonomichefen redovisar utfallet.",
      "",
      `Paragraf${gap}§ 2026:4`,
      `Rubrik${gap}Nytt schema för driftavdelningen`,
      `Ärendetyp${gap}Samverkan enligt MBL § 11`,
      "Kommunal anser att schemat är för tätt.",
      "",
      `Paragraf${gap}§ 2026:5`,
      `Ärende${gap}Friskvård`,
      `Ärendetyp${gap}Övrigt`,
      "Vision frågar om friskvårdsbidraget.",
      "",
      `Paragraf${gap}§ 2026:6`,
      `Ärende${gap}Mötets avslutande`,
      "Ordföranden avslutar mötet.",
    ].join("\n");
  it.each([["\t"], ["        "]])(
    "reads the title field as the item and its type as its group (gap %j)",
    (gap) => {
      const analysis = analyseMinutes(record(gap));
      expect(analysis.sections.map((s) => [s.title, s.group ?? null])).toEqual([
        ["Ekonomi efter första kvartalet", "mbl19"],
        ["Nytt schema för driftavdelningen", "mbl11"],
        ["Friskvård", "ovrigt"],
        ["Mötets avslutande", null],
      ]);
      expect(analysis.statements.map((s) => [s.org, s.sectionTitle])).toEqual([
        ["arbetsgivaren", "Ekonomi efter första kvartalet"],
        ["kommunal", "Nytt schema för driftavdelningen"],
        ["vision", "Friskvård"],
      ]);
    },
  );
});

describe('a preamble\'s "Ärende" label', () => {
  it("is no item where no record's number or type stands beside it", () => {
    const text = [
      "PROTOKOLL förhandling enligt MBL § 11",
      "Ärende        Omorganisation av kundtjänsten",
      "Datum         2026-02-03",
      "",
      "§ 1 Förhandlingsfrågan",
      "Arbetsgivaren redogör för förslaget.",
      "§ 2 Avslutning",
      "Förhandlingen avslutas i enighet.",
    ].join("\n");
    expect(sections(text)).toEqual(["Förhandlingsfrågan", "Avslutning"]);
  });
});

describe('items headed by a bold "Ärende:" label', () => {
  // Blind 7 showed the class: "**Ärende: title**" under lettered group lines "**A. Information enligt MBL § 19**".
  it("reads the label's value as the item and the lettered line over it as its group", () => {
    const text = [
      "**Protokoll samverkansgrupp**",
      "",
      "Ärende: Samverkansgruppens möte i mars",
      "",
      "**A. Information enligt 19 § MBL**",
      "",
      "**Ärende: Delårsbokslut**",
      "",
      "Ekonomichefen redogör för bokslutet.",
      "",
      "**Ärende: Rekrytering**",
      "",
      "HR-chefen informerar om läget.",
      "",
      "**B. Förhandling enligt MBL § 11**",
      "",
      "**Ärende: Ny städorganisation**",
      "",
      "Kommunal motsätter sig förslaget.",
      "",
      "**C. Övriga frågor**",
      "",
      "**Ärende: Julfest**",
      "",
      "Inga synpunkter.",
    ].join("\n");
    expect(analyseMinutes(text).sections.map((s) => [s.title, s.group ?? null])).toEqual([
      ["Delårsbokslut", "mbl19"],
      ["Rekrytering", "mbl19"],
      ["Ny städorganisation", "mbl11"],
      ["Julfest", "ovrigt"],
    ]);
  });
});

describe("items as rows of a two-column table", () => {
  // Blind 7 showed the class: "Fråga | Anteckning" rows, the numbered title in the first cell and the text in
  // the second, more lines of the item under the row.
  it.each([["\t"], ["     "]])(
    "reads each row's first cell as the item and its second as its text (gap %j)",
    (gap) => {
      const text = [
        "Protokoll samverkansgrupp 2026-01-20",
        `Punkt${gap}Anteckning`,
        `1. Mötets öppnande${gap}Ordföranden öppnade mötet.`,
        `2. Bemanning i köket${gap}Kostchefen redogjorde för bemanningen under våren.`,
        "Kommunal påpekade att två tjänster är vakanta.",
        `3. Övriga frågor${gap}Vision frågade om friskvårdsbidraget.`,
      ].join("\n");
      const analysis = analyseMinutes(text);
      expect(sections(text)).toEqual(["Mötets öppnande", "Bemanning i köket", "Övriga frågor"]);
      expect(analysis.statements.map((s) => [s.org, s.sectionTitle])).toEqual([
        ["arbetsgivaren", "Bemanning i köket"],
        ["kommunal", "Bemanning i köket"],
        ["vision", "Övriga frågor"],
      ]);
    },
  );
});

describe("an attachment after the signatures", () => {
  // Blind 7 showed the class: "Bilaga 1: …", "Bilaga – Protokollsanteckning från Vision" after the justering.
  it.each([
    "Bilaga 1: Protokollsanteckning från Seko",
    "Bilaga – Tidplan för flytten (3 sidor)",
    "Bilaga A: Fördelning av tjänster per enhet",
  ])("is no item: %j", (caption) => {
    const text = [
      "Protokoll förhandling",
      "§ 1 Flytt av depån",
      "Arbetsgivaren redogör för flytten.",
      "§ 2 Avslutning",
      "Förhandlingen avslutas.",
      "",
      "Justeras",
      "Eva Lind, arbetsgivaren",
      "",
      caption,
      "Seko anser att flytten kommer för tidigt.",
    ].join("\n");
    const analysis = analyseMinutes(text);
    expect(sections(text)).toEqual(["Flytt av depån", "Avslutning"]);
    expect(analysis.statements.map((s) => [s.org, s.sectionTitle])).toEqual([
      ["arbetsgivaren", "Flytt av depån"],
      ["seko", "Avslutning"],
    ]);
  });
});

describe("a press article's crossheads", () => {
  it("reads no item in an article with a byline: its crossheads are furniture, yet no 'hon' reaches across one", () => {
    const text = [
      "NORRBY KURIREN · LOKALT · Torsdag 6 mars 2025",
      "Nattpatrullen dras in i Norrby",
      "Kommunens förslag att slå ihop nattpatrullerna möter motstånd.",
      "Text: Sara Holm",
      "Förslaget innebär att två patruller blir en från maj.",
      "Facket kräver en riskbedömning",
      "Kommunal anser att ensamarbetet ökar med förslaget.",
      'Kommunen: "Ingen blir ensam"',
      "Hon säger att oron är obefogad.",
      "Äldreomsorgschefen Eva Berg menar att bemanningen räcker.",
    ].join("\n");
    const analysis = analyseMinutes(text);
    expect(analysis.sections).toEqual([]);
    expect(analysis.statements.map((s) => [s.org, s.text.slice(0, 24)])).toEqual([
      ["kommunal", "Kommunal anser att ensam"],
      ["arbetsgivaren", "Äldreomsorgschefen Eva B"],
    ]);
  });

  // Blind 11 showed the class: a union's newsletter written as an article, its byline at the end with the
  // writer's role ("*Text: Tove Lindh, informationsansvarig i sektionen*").
  it.each(["Text: Ida Ås, informationsansvarig i avdelningen", "*Av Ida Ås, redaktör*"])(
    "reads the byline %j at the end, with the writer's role, as an article's",
    (byline) => {
      const text = [
        "MEDLEMSNYTT nr 2 – avdelningen i Norrby",
        "## Nattpatrullen dras in",
        "Kommunens förslag att slå ihop nattpatrullerna möter motstånd.",
        "### Facket kräver en riskbedömning",
        "Kommunal anser att ensamarbetet ökar med förslaget.",
        "### Vad händer nu?",
        "Förvaltningen redogjorde för tidplanen.",
        byline,
      ].join("\n");
      expect(analyseMinutes(text).sections).toEqual([]);
    },
  );

  // The second: the last line names a person and a role, no byline.
  it.each([[[]], [["Antecknat av: Ida Ås, nämndsekreterare"]]])(
    "keeps the items of minutes that have no byline (%j)",
    (last) => {
      const text = [
        "Minnesanteckningar samverkansgruppen 6 mars 2025",
        "Plats: Rådhuset",
        "Nattpatrullen",
        "Kommunal anser att ensamarbetet ökar med förslaget.",
        "Budget",
        "Förvaltningen redogjorde för budgeten.",
        ...last,
      ].join("\n");
      expect(analyseMinutes(text).sections.map((s) => s.title)).toEqual(["Nattpatrullen", "Budget"]);
    },
  );
});

// Round 16 (blind 19): the item's marker and number alone on a line, its title on the line under it.
describe("an item's marker alone on its line over the title", () => {
  it.each(["Punkt", "Ärende", "§", "PKT"])(
    "reads '%s N' and the line under it as one numbered item",
    (mark) => {
      const text = [
        "PROTOKOLL",
        "Förhandling enligt 11 § MBL 2025-06-03",
        "",
        `${mark} 1`,
        "Ny bemanningsmodell",
        "Arbetsgivaren presenterade modellen.",
        "",
        `${mark} 2`,
        "Avslut",
        "Förhandlingen avslutades.",
      ].join("\n");
      expect(analyseMinutes(text).sections.map((s) => [s.number?.replace("§ ", ""), s.title])).toEqual([
        ["1", "Ny bemanningsmodell"],
        ["2", "Avslut"],
      ]);
    },
  );

  it("keeps a marker over a sentence apart from it", () => {
    expect(toParagraphs("Punkt 1\nMötet öppnades.").map((p) => p.text)).toEqual([
      "Punkt 1",
      "Mötet öppnades.",
    ]);
  });
});
