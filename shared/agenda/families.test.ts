import { describe, expect, it } from "vitest";
import { extractAgendaFromText } from "./extract";
import { layoutPage } from "./pdf-layout";
import { pageRows, textRows } from "./testing/rows";

// The classes of failure blind set 4 showed once read (issue 13, fifth round), each written as a family:
// invented examples with other names, numbers and layouts, and variants the blind document does not have.

describe("a flattened table with a presenter column (pdftotext without layout)", () => {
  it("keeps the dnr label, the presenter and a wrapped presenter's rest out of the titles", () => {
    const text = [
      "Miljö- och byggnadsnämnden kallas till sammanträde",
      "Tid: onsdagen den 12 mars 2025 kl. 09.00",
      "Nr Ärende Diarienummer Föredragande",
      "1 Upprop 2 Val av justerare",
      // A row without a dnr whose presenter stands in the column on a later row too.
      "3 Information om tillsynsarbetet Miljöchef Karin Holm",
      "4 Taxa för prövning och tillsyn 2026 Diarienummer: 2025/44 Miljöchef Karin Holm",
      "5 Detaljplan för kvarteret Linden, antagande av Dnr 2025/61 Planarkitekt",
      "planhandlingarna Jonas Berg",
      "6 Yttrande över remiss om vattenskydd Dnr 2025/70 Bygglovschef Per Nyman",
      "7 Delegationsbeslut Dnr 2025/3 8 Meddelanden Dnr 2025/2",
      "9 Rapport från nämndens utbildningsdag Bygglovschef Per Nyman",
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["1", "Upprop", []],
      ["2", "Val av justerare", []],
      ["3", "Information om tillsynsarbetet", []],
      ["4", "Taxa för prövning och tillsyn 2026", ["2025/44"]],
      ["5", "Detaljplan för kvarteret Linden, antagande av planhandlingarna", ["2025/61"]],
      ["6", "Yttrande över remiss om vattenskydd", ["2025/70"]],
      ["7", "Delegationsbeslut", ["2025/3"]],
      ["8", "Meddelanden", ["2025/2"]],
      ["9", "Rapport från nämndens utbildningsdag", []],
    ]);
  });
});

describe("a PDF page set in two columns", () => {
  // Narrow glyphs on the left, wide on the right: counted in characters, the right column drifts.
  const at = (str: string, x: number, y: number, glyph = 5) => ({
    str,
    x,
    y,
    width: str.length * glyph,
    height: 10,
  });
  const left = (str: string, x: number, y: number) => at(str, x, y, 3.4);
  const right = (str: string, x: number, y: number) => at(str, x, y, 6.2);
  const items = [
    at("Miljö- och byggnadsnämnden", 50, 760),
    at("KALLELSE", 330, 760),
    at("Sammanträde: onsdag 12 mars 2025 kl. 09.00", 50, 748),
    left("1", 50, 700),
    left("Upprop", 70, 700),
    right("6", 330, 700),
    right("Yttrande över detaljplan för", 350, 700),
    left("2", 50, 688),
    left("Val av justerare", 70, 688),
    right("Västra hamnen", 350, 688),
    right("Dnr MBN 2025/77", 350, 676),
    left("BESLUTSÄRENDEN", 50, 664),
    left("3", 50, 652),
    left("Taxa för bygglov och förhandsbesked 2026", 70, 652),
    right("INFORMATIONSÄRENDEN", 330, 646),
    left("Dnr MBN 2025/12", 70, 640),
    right("7", 330, 634),
    right("Delegationsbeslut", 350, 634),
    left("4", 50, 628),
    left("Tillsynsplan enligt miljöbalken", 70, 628),
    right("Dnr MBN 2025/2", 350, 622),
    left("5", 50, 616),
    left("Förslag till nya riktlinjer för", 70, 616),
    right("8", 330, 610),
    right("Meddelanden", 350, 610),
    left("strandskyddsdispenser", 70, 604),
    left("Dnr MBN 2025/40", 70, 592),
    at("Miljö- och byggnadsnämnden · Box 1 · 123 45 Norrby · Tfn 0123-456 78 · www.norrby.se", 50, 560),
  ];

  it("finds the columns by the gap in the x positions and reads the left one first", () => {
    const agenda = extractAgendaFromText(layoutPage(items).join("\n"));
    expect(agenda.items.map((item) => [item.number, item.title, item.dnr, item.mbl])).toEqual([
      ["1", "Upprop", [], null],
      ["2", "Val av justerare", [], null],
      ["3", "Taxa för bygglov och förhandsbesked 2026", ["MBN 2025/12"], "mbl11"],
      ["4", "Tillsynsplan enligt miljöbalken", [], "mbl11"],
      ["5", "Förslag till nya riktlinjer för strandskyddsdispenser", ["MBN 2025/40"], "mbl11"],
      ["6", "Yttrande över detaljplan för Västra hamnen", ["MBN 2025/77"], "mbl11"],
      ["7", "Delegationsbeslut", ["MBN 2025/2"], "mbl19"],
      ["8", "Meddelanden", [], "mbl19"],
    ]);
  });
});

describe("another body's case written under an item", () => {
  it("keeps a court's or an authority's case line out of the title, whatever it calls the case", () => {
    const body = `<h2>Föredragningslista</h2><ol>
      <li>Överklagat beslut om bygglov<br>Dnr BN 2025/14<br>Mark- och miljödomstolens mål nr P 1432-25</li>
      <li>Tillsyn av förskolan Solen<br>Dnr BN 2025/20<br>Skolinspektionens målnummer 2025:881</li>
      <li>Begäran om yttrande<br>Kammarrätten i Sundsvalls mål 2211-24</li>
    </ol>`;
    expect(pageRows(body)).toEqual([
      ["1", "Överklagat beslut om bygglov", ["BN 2025/14"]],
      ["2", "Tillsyn av förskolan Solen", ["BN 2025/20"]],
      ["3", "Begäran om yttrande", []],
    ]);
  });
});

describe("the body's name and the formal items in other word forms", () => {
  it("reads a committee named by a list of compounds, and opening and closing written as verbs", () => {
    const text = [
      "KALLELSE",
      "Vård-, omsorgs- och folkhälsonämnden kallas till sammanträde",
      "Tid: måndagen den 3 mars 2025 kl. 13.00",
      "",
      "1. Mötet öppnas",
      "2. Ordföranden öppnar sammanträdet och förrättar upprop",
      "3. Budgetuppföljning februari 2025",
      "4. Sammanträdet avslutas",
    ].join("\n");
    const agenda = extractAgendaFromText(text);
    expect([agenda.committee, agenda.meetingDate]).toEqual([
      "Vård-, omsorgs- och folkhälsonämnden",
      "2025-03-03",
    ]);
    expect(agenda.items.map((item) => [item.number, item.procedural])).toEqual([
      ["1", true],
      ["2", true],
      ["3", false],
      ["4", true],
    ]);
  });
});

describe("a fixed-width export whose title runs up to the dnr column", () => {
  it("splits the line at the header's dnr column, also where only one space is left before it", () => {
    const text = [
      "Nr  Ärende                                   Diarienr",
      "--  ---------------------------------------- ------------",
      " 1  Upprop",
      " 2  Verksamhetsberättelse och bokslut för år 420 – 7 / 25",
      "    2024 och nämndens verksamheter",
      " 3  Taxor för tillsyn enligt livsmedelslagen 420 – 19 / 25",
      " 4  Riktlinjer för serveringstillstånd       421 – 3 / 25",
      "                                             421 – 88 / 24",
      "10  Meddelanden                              002 – 2 / 25",
    ].join("\r\n");
    expect(textRows(text)).toEqual([
      ["1", "Upprop", []],
      ["2", "Verksamhetsberättelse och bokslut för år 2024 och nämndens verksamheter", ["420 – 7 / 25"]],
      ["3", "Taxor för tillsyn enligt livsmedelslagen", ["420 – 19 / 25"]],
      ["4", "Riktlinjer för serveringstillstånd", ["421 – 3 / 25", "421 – 88 / 24"]],
      ["10", "Meddelanden", ["002 – 2 / 25"]],
    ]);
  });
});
