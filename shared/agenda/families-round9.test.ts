import { describe, expect, it } from "vitest";
import { extractAgendaFromText } from "./extract";
import { groupHeading } from "./mbl";
import { findMeta } from "./meta";
import { isProcedural } from "./procedural";
import { page, pageRows, textRows } from "./testing/rows";

// The classes of failure blind set 8 showed once read, and the key conventions decided with it (issue 13,
// ninth round), each written as a family: invented examples with other names, numbers and layouts.

const classes = (agenda: ReturnType<typeof extractAgendaFromText>) =>
  agenda.items.map((item) => [item.number, item.mbl, item.procedural]);

describe("the meeting's form slots the key conventions call procedural", () => {
  it.each([
    "Övriga frågor",
    "Övrigt",
    "Nästa sammanträde",
    "Nästa sammanträde 2025-11-18",
    "Mötets avslutande",
    "ÖVRIGA FRÅGOR",
  ])("%s is procedural", (title) => {
    expect(isProcedural(title)).toBe(true);
  });

  it.each([
    "Övrigt stöd till föreningar 2025",
    "Övriga frågor om skolskjuts, svar på medborgarförslag",
    "Sammanträdesplan för nästa år",
  ])("%s is a case", (title) => {
    expect(isProcedural(title)).toBe(false);
  });
});

describe("an item titled with a group word that has sub-items groups them", () => {
  it("gives the item and its sub-items mbl19 under a decision heading, in text", () => {
    const text = [
      "Kallelse Tekniska nämnden 2025-05-06",
      "Beslutsärenden",
      "4. Taxa för hamnavgifter 2026",
      "5. Anmälningsärenden",
      "5 a) Trafiknämndens protokoll 2025-04-10",
      "5 b) Länsstyrelsens beslut om strandskydd",
      "6. Meddelanden",
      "7. Övriga frågor",
    ].join("\n");
    expect(classes(extractAgendaFromText(text))).toEqual([
      ["4", "mbl11", false],
      ["5", "mbl19", false],
      ["5 a", "mbl19", false],
      ["5 b", "mbl19", false],
      // Without sub-items the word is the item's title only: the heading's class.
      ["6", "mbl11", false],
      ["7", "mbl11", true],
    ]);
  });

  it("does it for Delegationsbeslut and Informationsärenden items with numbered sub-items in a page's list", () => {
    const agenda = page(
      "<p>Föredragningslista Kultur- och fritidsnämnden 2025-09-16</p>" +
        "<ol><li>Val av justerare</li><li>Verksamhetsplan 2026</li></ol>" +
        "<p>9 Delegationsbeslut</p><p>9.1 Beslut om bidrag till studieförbund</p><p>9.2 Beslut om lokalbokning</p>" +
        "<p>10 Informationsärenden</p><p>10.1 Biblioteksstatistik</p><p>11 Kulturchefen informerar</p>",
    );
    expect(agenda.items.slice(2).map((item) => [item.number, item.title, item.mbl])).toEqual([
      ["9", "Delegationsbeslut", "mbl19"],
      ["9.1", "Beslut om bidrag till studieförbund", "mbl19"],
      ["9.2", "Beslut om lokalbokning", "mbl19"],
      ["10", "Informationsärenden", "mbl19"],
      ["10.1", "Biblioteksstatistik", "mbl19"],
      ["11", "Kulturchefen informerar", null],
    ]);
  });
});

describe("a bracket at a title's end that holds only dnr is the item's dnr cell", () => {
  it("takes the spaced and serial/year families there, one or several, and leaves other bracketed numbers", () => {
    const text = [
      "Föredragningslista",
      "Kultur- och fritidsnämnden, onsdag 4 september 2024 kl. 15.00",
      "1  Upprop",
      "2  Delårsrapport per augusti 2024 (101 – 044 / 24)",
      "3  Taxor för bad och ishall 2025 (101 – 051 / 24, 101 – 052 / 24)",
      "4  Avtal om drift av friluftsgården (0512/2024 och 0513/2024)",
      "5  Svar på motion om spontanidrott (2024:6)",
      "6  Verksamhetsplan för fritidsgårdarna (2025/26)",
      "7  Rapport (101 – 060 / 24) om föreningsbidragen",
      "8  Nämndens protokoll (7/2024)",
      "9  Avgifter för sotning 2025 [101 – 071 / 24]",
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["1", "Upprop", []],
      ["2", "Delårsrapport per augusti 2024", ["101 – 044 / 24"]],
      ["3", "Taxor för bad och ishall 2025", ["101 – 051 / 24", "101 – 052 / 24"]],
      ["4", "Avtal om drift av friluftsgården", ["0512/2024", "0513/2024"]],
      ["5", "Svar på motion om spontanidrott (2024:6)", []],
      ["6", "Verksamhetsplan för fritidsgårdarna (2025/26)", []],
      ["7", "Rapport (101 – 060 / 24) om föreningsbidragen", []],
      ["8", "Nämndens protokoll (7/2024)", []],
      ["9", "Avgifter för sotning 2025", ["101 – 071 / 24"]],
    ]);
  });

  it("does so on a page's list entries too", () => {
    expect(
      pageRows(
        "<h1>Dagordning Förbundsstyrelsen 2024-10-02</h1><ol><li>Budget 2025 (210 – 118 / 24)</li>" +
          "<li>Ny förbundsordning (210 – 090 / 24)</li></ol>",
      ),
    ).toEqual([
      ["1", "Budget 2025", ["210 – 118 / 24"]],
      ["2", "Ny förbundsordning", ["210 – 090 / 24"]],
    ]);
  });
});

describe("the body that meets named by its kind alone, or by its kind before the district's name", () => {
  it.each([
    [
      ["NORRHAMNS HAMN AB", "DAGORDNING", "Styrelsen, onsdag 5 mars 2025 kl. 14.00, Hamnkontoret"],
      "Styrelsen",
    ],
    [
      ["Räddningstjänsten Västerfors", "Direktionen sammanträder torsdag 4 april 2024 kl. 09.00"],
      "Direktionen",
    ],
    [
      ["Kvarnby stad", "Stadsdelsnämnden Östra Kvarnby | Tisdag 10 juni 2025 kl. 18.00"],
      "Stadsdelsnämnden Östra Kvarnby",
    ],
    [["Dagordning för stadsdelsnämnden Norrmalm 2024-05-02"], "Stadsdelsnämnden Norrmalm"],
    [["Stadsdelsnämnden", "Sammanträde 2025-02-11"], "Stadsdelsnämnden"],
    [["Stadsdelsnämnden Sammanträde 2025-02-11"], "Stadsdelsnämnden"],
    [
      ["Socialnämnden", "Kallelse 2025-02-11", "Remiss från Direktionen för Räddningstjänsten"],
      "Socialnämnden",
    ],
  ])("%j gives %s", (header, committee) => {
    expect(findMeta(header).committee).toBe(committee);
  });
});

describe("a decision heading naming the body the cases go to", () => {
  it.each([
    ["Ärenden till kommunstyrelsen", "mbl11"],
    ["Ärenden till barn- och utbildningsnämnden", "mbl11"],
    ["Ärenden till direktionen", "mbl11"],
    ["ÄRENDEN TILL REGIONSTYRELSEN", "mbl11"],
  ])("%s heads %s items", (heading, mbl) => {
    expect(groupHeading(heading)?.mbl).toBe(mbl);
  });

  it("is no heading when it names no body", () => {
    expect(groupHeading("Ärenden till Trafikverket")).toBeUndefined();
  });

  it("gives the items under it in a Word file's headings their class", () => {
    const agenda = page(
      "<p>Kommunstyrelsen sammanträder tisdagen den 3 juni 2025 kl. 09.00</p>" +
        "<ol><li>1. Upprop</li></ol><h1>Ärenden till kommunstyrelsen</h1>" +
        "<ol><li>2. Delårsrapport april 2025</li></ol><p>KS 2025/0102-1.2</p>" +
        "<h1>Meddelanden</h1><ol><li>3. Protokoll från Västerby Vatten AB:s styrelse</li></ol>",
    );
    expect(agenda.items.map((item) => [item.number, item.mbl])).toEqual([
      ["1", null],
      ["2", "mbl11"],
      ["3", "mbl19"],
    ]);
  });
});

describe("a wrapped title's next line that starts with a year", () => {
  it("goes on with the title in text without layout, so the dnr line under it is the item's", () => {
    const text = [
      "Kallelse Arbetsmarknadsnämnden 2025-04-23",
      "1. Upprop",
      "2. Plan för arbetsmarknadsinsatser",
      "2025–2027",
      "Dnr AMN 2024/311",
      "3. Riktlinjer för bostadsanpassning från",
      "2025, revidering",
      "Dnr AMN 2024/320",
      "4. Rapport om feriearbeten",
      "2024-08-30 Protokollsutdrag",
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["1", "Upprop", []],
      ["2", "Plan för arbetsmarknadsinsatser 2025–2027", ["AMN 2024/311"]],
      ["3", "Riktlinjer för bostadsanpassning från 2025, revidering", ["AMN 2024/320"]],
      // A date opens no wrap.
      ["4", "Rapport om feriearbeten", []],
    ]);
  });
});

describe("another body's dnr in brackets inside the title's wording, cut by a line break", () => {
  it("keeps the reference in the title across the break in a laid-out table with a Dnr column", () => {
    const text = [
      "Barn- och utbildningsnämnden kallas till sammanträde 2025-05-13",
      "Nr    Ärende                                                      Dnr",
      "4     Budgetuppföljning april 2025                                BUN 2025/0101",
      "5     Yttrande till Skolinspektionen (Skolinspektionens dnr       BUN 2025/0120",
      "      2025:4411) om tillsyn av Ekbackens skola",
      "5 A   Yttrande till IVO (IVO dnr                                  BUN 2025/0121",
      "      3.5.1-02211/2025) om elevhälsan                             BUN 2025/0122",
      "6     Läsårstider 2026/2027                                       BUN 2025/0133",
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["4", "Budgetuppföljning april 2025", ["BUN 2025/0101"]],
      [
        "5",
        "Yttrande till Skolinspektionen (Skolinspektionens dnr 2025:4411) om tillsyn av Ekbackens skola",
        ["BUN 2025/0120"],
      ],
      [
        "5 A",
        "Yttrande till IVO (IVO dnr 3.5.1-02211/2025) om elevhälsan",
        ["BUN 2025/0121", "BUN 2025/0122"],
      ],
      ["6", "Läsårstider 2026/2027", ["BUN 2025/0133"]],
    ]);
  });

  it("does so in text without layout, and a bracket with an own label still gives the item its dnr", () => {
    const text = [
      "Kallelse Miljönämnden 2025-06-03",
      "1. Svar till Länsstyrelsen (Länsstyrelsens dnr",
      "551-2231-2025) om naturreservatet Ekudden",
      "Dnr MN 2025/77",
      "2. Taxa för tillsyn (dnr MN 2025/80)",
    ].join("\n");
    expect(textRows(text)).toEqual([
      [
        "1",
        "Svar till Länsstyrelsen (Länsstyrelsens dnr 551-2231-2025) om naturreservatet Ekudden",
        ["MN 2025/77"],
      ],
      ["2", "Taxa för tillsyn", ["MN 2025/80"]],
    ]);
  });
});

describe("a presenter the agenda names elsewhere, alone on the line under a title", () => {
  it("is no part of the title, with or without a role after the name; a proper name that wraps a title is", () => {
    const text = [
      "Föredragningslista",
      "Tekniska nämnden 2025-10-14",
      "1.   Upprop",
      "2.   Taxor för vatten och avlopp 2026                  TN 2025/0201",
      "     Föredragande: Karin Lund, ekonomichef",
      "3.   Förvaltningschefen informerar",
      "     Karin Lund",
      "4.   Detaljplan för kvarteret",
      "     Lunden Östra                                      TN 2025/0210",
      "5.   Ekonomichefen informerar",
      "     Karin Lund, ekonomichef",
      "6.   Teknisk chef informerar",
      "     Ekonomichef Karin Lund",
      "7.   Mötets avslutande",
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["1", "Upprop", []],
      ["2", "Taxor för vatten och avlopp 2026", ["TN 2025/0201"]],
      ["3", "Förvaltningschefen informerar", []],
      ["4", "Detaljplan för kvarteret Lunden Östra", ["TN 2025/0210"]],
      ["5", "Ekonomichefen informerar", []],
      // Or with the role before the name.
      ["6", "Teknisk chef informerar", []],
      ["7", "Mötets avslutande", []],
    ]);
  });

  it("is no part of a list entry's title after a line break on a page", () => {
    expect(
      pageRows(
        "<h1>Dagordning Kulturnämnden 2025-11-04</h1><ol><li>Budget 2026<br>Föredragande: Per Ek</li>" +
          "<li>Kulturchefen informerar<br>Per Ek</li></ol>",
      ),
    ).toEqual([
      ["1", "Budget 2026", []],
      ["2", "Kulturchefen informerar", []],
    ]);
  });
});

describe("a laid-out table's dnr column ends where the next column of its header starts", () => {
  it("reads a bare number under the Dnr header as a dnr, and one under a later column as none", () => {
    const text = [
      "Kallelse Byggnadsnämnden 2025-03-19",
      "Nr   Ärende                                   Dnr           Beredning",
      "1    Val av justerare",
      "2    Detaljplan för Åsvägen                   2025/118      Remiss från Kommunstyrelsen, KS",
      "     etapp 2                                                2025/0190",
      "3    Bygglovstaxa 2026                        2025/131      BNAU 2025-03-05 § 12",
      "4    Strandskydd vid Ekviken                  2025/140      Länsstyrelsen",
      "                                                            2025/0021",
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["1", "Val av justerare", []],
      ["2", "Detaljplan för Åsvägen etapp 2", ["2025/118"]],
      ["3", "Bygglovstaxa 2026", ["2025/131"]],
      ["4", "Strandskydd vid Ekviken", ["2025/140"]],
    ]);
  });
});

describe("a meeting date written with its weekday but without a year", () => {
  it.each([
    [
      [
        "Skickat: den 3 februari 2026 10:12",
        "Här kommer kallelsen till nämndens sammanträde tisdag 17 februari kl. 09.00 i Sessionssalen.",
      ],
      "2026-02-17",
    ],
    [["Utskick 2025-12-19", "Socialnämnden sammanträder torsdagen den 8 januari kl. 13.00"], "2026-01-08"],
    // The weekday fits neither that year nor the next: the year-less date is not read.
    [["Skickat 2026-02-03", "Sammanträde fredag 17 februari kl. 9.00"], "2026-02-03"],
  ])("%j gives %s", (header, date) => {
    expect(findMeta(header).meetingDate).toBe(date);
  });
});
