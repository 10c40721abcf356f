import { describe, expect, it } from "vitest";
import { extractAgendaFromDocument, extractAgendaFromText } from "./extract";
import { htmlDocument } from "./node-html";

// The classes of failure blind set 12 showed once read (issue 13, thirteenth round): each a root cause in the
// reader, written as a family of invented examples with other names, numbers and layout.

const textItems = (text: string) =>
  extractAgendaFromText(text).items.map((item) => [item.number, item.title, item.dnr]);

describe("a facts line under an item naming a motion and its case at another body", () => {
  it("is no part of the title, and the other registry's case is not the item's (flat table)", () => {
    const text = [
      "Kallelse byggnadsnämnden 2025-04-09",
      "",
      "Nr Ärende Dnr",
      "1 Val av justerare",
      "2 Bygglov för carport, Berga 1:12 BN 2025-000101",
      "3 Svar på remiss från kommunstyrelsen om motion om solceller på kommunens tak BN 2025-000133",
      "  Motion (2025:3), KS 2025/0041",
      "4 Strandskyddsdispens för bastu, Näs 2:7 BN 2025-000140",
      "5 Detaljplan för Norra hamnen, granskning BN 2024-000980",
    ].join("\n");
    expect(textItems(text)).toEqual([
      ["1", "Val av justerare", []],
      ["2", "Bygglov för carport, Berga 1:12", ["BN 2025-000101"]],
      [
        "3",
        "Svar på remiss från kommunstyrelsen om motion om solceller på kommunens tak",
        ["BN 2025-000133"],
      ],
      ["4", "Strandskyddsdispens för bastu, Näs 2:7", ["BN 2025-000140"]],
      ["5", "Detaljplan för Norra hamnen, granskning", ["BN 2024-000980"]],
    ]);
  });

  it("also for a citizens' proposal set out under a laid-out title", () => {
    const text = [
      "Föredragningslista barn- och utbildningsnämnden 2025-05-20",
      "",
      "1    Godkännande av dagordningen",
      "2    Läsårstider 2026/2027                                   BUN 2025/0061",
      "3    Svar på medborgarförslag om längre öppettider på fritids BUN 2025/0077",
      "     Medborgarförslag (2025:11), KS 2025/0190",
      "4    Skolskjutsregler 2026                                   BUN 2025/0093",
    ].join("\n");
    expect(textItems(text)).toEqual([
      ["1", "Godkännande av dagordningen", []],
      ["2", "Läsårstider 2026/2027", ["BUN 2025/0061"]],
      ["3", "Svar på medborgarförslag om längre öppettider på fritids", ["BUN 2025/0077"]],
      ["4", "Skolskjutsregler 2026", ["BUN 2025/0093"]],
    ]);
  });

  it("gives the item its case where that is the agenda's own registry", () => {
    const text = [
      "Kommunstyrelsen 2025-06-10",
      "",
      "1 Val av justerare",
      "2 Delårsrapport april 2025",
      "  KS 2025/0301",
      "3 Svar på motion om fler bänkar i centrum",
      "  Motion (2024:19), KS 2024/0411",
      "4 Riktlinjer för representation",
      "  KS 2025/0122",
    ].join("\n");
    expect(textItems(text)).toEqual([
      ["1", "Val av justerare", []],
      ["2", "Delårsrapport april 2025", ["KS 2025/0301"]],
      ["3", "Svar på motion om fler bänkar i centrum", ["KS 2024/0411"]],
      ["4", "Riktlinjer för representation", ["KS 2025/0122"]],
    ]);
  });

  it("leaves a title that opens with the motion as it is", () => {
    const text = [
      "Kommunfullmäktige 2025-06-16",
      "",
      "1 Val av justerare",
      "2 Motion (2025:4) om gratis kollektivtrafik för pensionärer KS 2025/0150",
      "3 Årsredovisning 2024 KS 2025/0077",
    ].join("\n");
    expect(textItems(text)).toEqual([
      ["1", "Val av justerare", []],
      ["2", "Motion (2025:4) om gratis kollektivtrafik för pensionärer", ["KS 2025/0150"]],
      ["3", "Årsredovisning 2024", ["KS 2025/0077"]],
    ]);
  });
});

describe("another body's dnr after its name of several words ('Sörby kommuns dnr')", () => {
  it("goes with the whole name, so a dnr line with it in brackets stays a dnr line", () => {
    const text = [
      "Kallelse direktionen 2025-03-13",
      "",
      "1     Val av justerare",
      "2     Yttrande till medlemskommunen Sörby över förslag till",
      "      översiktsplan",
      "      Dnr 4-210-2025 (Sörby kommuns dnr KS 2025/0099)",
      "3     Avtal om räddningstjänst i Norrmark",
      "      Dnr 4-214-2025 (Region Västerlands dnr RV 2025-01234)",
      "4     Remissvar om skyddsrum",
      "      Dnr 4-220-2025 (Länsstyrelsen i Norrlands läns dnr 451-2211-2025)",
    ].join("\n");
    expect(textItems(text)).toEqual([
      ["1", "Val av justerare", []],
      ["2", "Yttrande till medlemskommunen Sörby över förslag till översiktsplan", ["4-210-2025"]],
      ["3", "Avtal om räddningstjänst i Norrmark", ["4-214-2025"]],
      ["4", "Remissvar om skyddsrum", ["4-220-2025"]],
    ]);
  });

  it("leaves a title naming the municipality without a dnr label as it is", () => {
    const text = [
      "Kallelse direktionen 2025-03-13",
      "",
      "1 Samarbete med Sörby kommuns räddningsvärn Dnr 4-230-2025",
      "2 Budget 2026 Dnr 4-231-2025",
    ].join("\n");
    expect(textItems(text)).toEqual([
      ["1", "Samarbete med Sörby kommuns räddningsvärn", ["4-230-2025"]],
      ["2", "Budget 2026", ["4-231-2025"]],
    ]);
  });
});

describe("a closing group heading ('Avslutning')", () => {
  const classes = (text: string) => extractAgendaFromText(text).items.map((item) => [item.number, item.mbl]);

  it("gives its items no class, after a decision group", () => {
    const text = [
      "Föredragningslista förbundsdirektionen 2025-10-02",
      "",
      "Ärenden för beslut",
      "3 Budget 2026 Dnr 2025/41",
      "4 Taxa för tillsyn 2026 Dnr 2025/44",
      "",
      "Avslutning",
      "5 Nästa sammanträde",
      "6 Sammanträdets avslutande",
    ].join("\n");
    expect(classes(text)).toEqual([
      ["3", "mbl11"],
      ["4", "mbl11"],
      ["5", null],
      ["6", null],
    ]);
  });

  it("also in capitals, after an information group", () => {
    const text = [
      "KALLELSE SOCIALNÄMNDEN 2025-11-12",
      "",
      "INFORMATIONSÄRENDEN",
      "7 Delegationsbeslut",
      "8 Meddelanden",
      "AVSLUTANDE PUNKTER",
      "9 Övriga frågor",
    ].join("\n");
    expect(classes(text)).toEqual([
      ["7", "mbl19"],
      ["8", "mbl19"],
      ["9", null],
    ]);
  });
});

// A page whose unnumbered items are repeated blocks of divs (cards, whatever their classes) under the agenda's
// heading: read as the entries of a list, as the same page made of <ul><li> is.
describe("unnumbered items as repeated div blocks under an agenda heading", () => {
  const pageItems = (html: string) =>
    extractAgendaFromDocument(
      htmlDocument(`<html><body>${html}</body></html>`),
      "https://www.kommun.se/m",
    ).items.map((item) => [item.number, item.title, item.dnr]);
  const card = (cls: string, title: string, dnr = "") =>
    `<div class="${cls}"><div class="${cls}__title">${title}</div>` +
    (dnr ? `<div class="${cls}__meta"><div>Ärendenummer</div><div>${dnr}</div></div>` : "") +
    "</div>";

  it("gives each block's title and dnr", () => {
    const html =
      "<h1>Fritidsnämnden 2025-09-09</h1><h2>Ärenden</h2>" +
      card("agenda-card", "Val av justerare") +
      card("agenda-card", "Bidrag till föreningar 2026", "FRN 2025/0031") +
      card("agenda-card", "Ny simhall, förstudie", "FRN 2025/0040") +
      card("agenda-card", "Meddelanden");
    expect(pageItems(html)).toEqual([
      [null, "Val av justerare", []],
      [null, "Bidrag till föreningar 2026", ["FRN 2025/0031"]],
      [null, "Ny simhall, förstudie", ["FRN 2025/0040"]],
      [null, "Meddelanden", []],
    ]);
  });

  it("also for blocks without classes, under a list heading of another wording", () => {
    const block = (title: string, dnr = "") =>
      `<div><div><span>${title}</span></div>${dnr ? `<div>Dnr ${dnr}</div>` : ""}</div>`;
    const html =
      "<div>Socialnämnden</div><div>Sammanträde 2025-11-18</div><div><div>Föredragningslista</div>" +
      block("Upprop") +
      block("Riktlinjer för ekonomiskt bistånd 2026", "SN 2025/0211") +
      block("Avgifter inom äldreomsorgen 2026", "SN 2025/0214") +
      "</div>";
    expect(pageItems(html)).toEqual([
      [null, "Upprop", []],
      [null, "Riktlinjer för ekonomiskt bistånd 2026", ["SN 2025/0211"]],
      [null, "Avgifter inom äldreomsorgen 2026", ["SN 2025/0214"]],
    ]);
  });

  it("takes the title, not a bullet the block draws before it", () => {
    const row = (title: string, dnr: string) =>
      `<section class="row"><div class="dot">•</div><div class="name">${title}</div><div class="case">Diarienummer: ${dnr}</div></section>`;
    const html =
      "<h1>Miljönämnden</h1><p>Sammanträde 2025-12-03</p><h2>Ärendelista</h2>" +
      row("Tillsynsplan 2026", "MN 2025/0190") +
      row("Taxa för prövning och tillsyn 2026", "MN 2025/0201") +
      row("Yttrande över vattenplan för Åby", "MN 2025/0207");
    expect(pageItems(html)).toEqual([
      [null, "Tillsynsplan 2026", ["MN 2025/0190"]],
      [null, "Taxa för prövning och tillsyn 2026", ["MN 2025/0201"]],
      [null, "Yttrande över vattenplan för Åby", ["MN 2025/0207"]],
    ]);
  });

  it("gives the items of cards that carry dnr where no agenda heading stands above them (a second reading)", () => {
    const html =
      "<h1>Kommunstyrelsen</h1><div>Sammanträde 2025-06-10 kl 09.00</div>" +
      card("c", "Val av justerare") +
      card("c", "Årsredovisning 2024", "KS 2025/0040") +
      card("c", "Taxor 2026", "KS 2025/0122") +
      card("c", "Försäljning av fastigheten Kvarnen 2:4", "KS 2025/0131");
    expect(pageItems(html)).toEqual([
      [null, "Val av justerare", []],
      [null, "Årsredovisning 2024", ["KS 2025/0040"]],
      [null, "Taxor 2026", ["KS 2025/0122"]],
      [null, "Försäljning av fastigheten Kvarnen 2:4", ["KS 2025/0131"]],
    ]);
  });

  it("takes a card's linked title for its item, not for the item above's document", () => {
    const linked = (n: number, title: string, dnr = "") =>
      `<div class="arende"><a href="/arenden/${n}">${title}</a>${dnr ? `<div>Diarienummer ${dnr}</div>` : ""}</div>`;
    const html =
      "<h1>Kommunstyrelsen</h1><div>Sammanträde 2025-06-10 kl 09.00</div>" +
      linked(1, "Val av justerare") +
      linked(2, "Årsredovisning 2024", "KS 2025/0040") +
      linked(3, "Taxor 2026", "KS 2025/0122") +
      linked(4, "Försäljning av fastighet", "KS 2025/0131");
    expect(pageItems(html)).toEqual([
      [null, "Val av justerare", []],
      [null, "Årsredovisning 2024", ["KS 2025/0040"]],
      [null, "Taxor 2026", ["KS 2025/0122"]],
      [null, "Försäljning av fastighet", ["KS 2025/0131"]],
    ]);
  });

  it("gives no item from repeated blocks outside an agenda (a page's news teasers)", () => {
    const html =
      "<h1>Nyheter</h1>" +
      card("teaser", "Ny förskola invigd i Åby") +
      card("teaser", "Vägarbete på Storgatan") +
      card("teaser", "Sommarjobb för unga 2026", "KS 2025/0301");
    expect(pageItems(html)).toEqual([]);
  });
});

// Unnumbered headings at the items' level: a word as often a title as a heading ("Delegationsbeslut",
// "Meddelanden") at that level is an item, not a group heading that ends the list.
describe("a weak group word among unnumbered item headings", () => {
  const page = (html: string) =>
    extractAgendaFromDocument(
      htmlDocument(`<html><body>${html}</body></html>`),
      "https://www.kommun.se/m",
    ).items.map((item) => [item.title, item.mbl]);

  it("is an item at the items' level, and the items after it stay", () => {
    const html =
      "<h1>Fritidsnämnden 2025-09-09</h1><h2>Ärenden</h2><h3>Val av justerare</h3>" +
      "<h3>Bidrag till föreningar 2026</h3><p>Dnr FRN 2025/0031</p><h3>Delegationsbeslut</h3>" +
      "<h3>Ny simhall, förstudie</h3><p>Dnr FRN 2025/0040</p><h3>Meddelanden</h3>";
    expect(page(html)).toEqual([
      ["Val av justerare", null],
      ["Bidrag till föreningar 2026", null],
      ["Delegationsbeslut", null],
      ["Ny simhall, förstudie", null],
      ["Meddelanden", null],
    ]);
  });

  it("also with h4 items under a decision group", () => {
    const html =
      "<h2>Tekniska nämnden 2025-10-01</h2><h3>Beslutsärenden</h3><h4>Taxa för renhållning 2026</h4>" +
      "<h4>Meddelanden</h4><h4>Trafikplan för centrum</h4>";
    expect(page(html)).toEqual([
      ["Taxa för renhållning 2026", "mbl11"],
      ["Meddelanden", "mbl11"],
      ["Trafikplan för centrum", "mbl11"],
    ]);
  });

  it("stays a group heading above the items' level", () => {
    const html =
      "<h1>Fritidsnämnden 2025-09-09</h1><h2>Ärenden</h2><h3>Bidrag till föreningar 2026</h3>" +
      "<h3>Ny simhall, förstudie</h3><h2>Meddelanden</h2><h3>Protokoll från idrottsrådet</h3>";
    expect(page(html)).toEqual([
      ["Bidrag till föreningar 2026", null],
      ["Ny simhall, förstudie", null],
      ["Protokoll från idrottsrådet", "mbl19"],
    ]);
  });
});

// Text copied from a portal's page: the list position, the item's own number and its title in cells of their
// own (tabs), as "1 | 2" with the title on the line below already reads.
describe("a copied line of position, number and title in cells", () => {
  it("takes the item's own number and the title after it", () => {
    const text = [
      "Socialnämnden 2025-05-06",
      "",
      "1\t1\tVal av justerare",
      "2\t2\tGodkännande av dagordning",
      "3\t4\tRiktlinjer för hemtjänst\tSN 2025/31",
      "4\t5\tAvgifter 2026\tSN 2025/44, SN 2024/190",
      "5\t6\tMeddelanden",
    ].join("\n");
    expect(textItems(text)).toEqual([
      ["1", "Val av justerare", []],
      ["2", "Godkännande av dagordning", []],
      ["4", "Riktlinjer för hemtjänst", ["SN 2025/31"]],
      ["5", "Avgifter 2026", ["SN 2025/44", "SN 2024/190"]],
      ["6", "Meddelanden", []],
    ]);
  });

  it("also set apart by spaces, with letters in the own numbers", () => {
    const text = [
      "Kallelse tekniska nämnden 2025-10-07",
      "",
      "1    1     Sammanträdets öppnande",
      "2    2     Ny renhållningstaxa              TN 2025/0140",
      "3    2 A   Taxa för slamtömning             TN 2025/0141",
      "4    3     Övriga frågor",
    ].join("\n");
    expect(textItems(text)).toEqual([
      ["1", "Sammanträdets öppnande", []],
      ["2", "Ny renhållningstaxa", ["TN 2025/0140"]],
      ["2 A", "Taxa för slamtömning", ["TN 2025/0141"]],
      ["3", "Övriga frågor", []],
    ]);
  });

  it("leaves a number and a title-less count alone (a table of counts is no agenda)", () => {
    const text = ["Statistik 2025", "", "Ärende\tAntal\tAvslag", "Bygglov\t12\t3", "Strandskydd\t4\t1"].join(
      "\n",
    );
    expect(textItems(text)).toEqual([]);
  });
});

// Text copied from a page: each element on its line, an empty line between, so a dnr label and its value
// stand apart ("Ärendenummer:" / "" / "BIN 2025/0061").
describe("a dnr label and its value set apart by an empty line", () => {
  it("are one labelled line, a bare number included", () => {
    const text = [
      "Bildningsnämnden",
      "Datum: 2025-04-22",
      "",
      "1.",
      "",
      "Sammanträdets öppnande",
      "",
      "2.",
      "",
      "Läsårstider 2026/2027",
      "",
      "Ärendenummer:",
      "",
      "BIN 2025/0061",
      "",
      "3.",
      "",
      "Skolskjutsregler",
      "",
      "Dnr",
      "",
      "2025/0093",
      "",
      "4.",
      "",
      "Kulturgaranti för elever",
      "",
      "Diarienummer",
      "",
      "BIN.0412.25",
    ].join("\n");
    expect(textItems(text)).toEqual([
      ["1", "Sammanträdets öppnande", []],
      ["2", "Läsårstider 2026/2027", ["BIN 2025/0061"]],
      ["3", "Skolskjutsregler", ["2025/0093"]],
      ["4", "Kulturgaranti för elever", ["BIN.0412.25"]],
    ]);
  });

  it("do not label a line that is no case number", () => {
    const text = [
      "Bildningsnämnden 2025-04-22",
      "",
      "1 Skolskjutsregler",
      "",
      "Dnr",
      "",
      "Beslut i juni 2025",
      "2 Budget 2026",
    ].join("\n");
    expect(textItems(text).map(([number, , dnr]) => [number, dnr])).toEqual([
      ["1", []],
      ["2", []],
    ]);
  });
});
