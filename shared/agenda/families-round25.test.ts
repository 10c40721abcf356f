import { describe, expect, it } from "vitest";
import { agendaFromPortalJson } from "./adapters/json";
import { scanDnr } from "./dnr";
import { extractAgendaFromText } from "./extract";
import { pageRows, textRows } from "./testing/rows";
import { plainLine } from "./text";

// The classes of failure blind sets 27 and 28 showed once read (issue 13, twenty-fifth round): each a root cause
// in the reader, written as a family of invented examples with other bodies, layouts and wording, and a negative.

const pad = (left: string, width: number, right: string) => `${left.padEnd(width)}${right}`;

describe("a documents column of file names beside an item's facts and its wrapped title", () => {
  const text = [
    "Styrelsen för Vattenförbundet Ådal",
    "Sammanträde 2026-05-07",
    "",
    pad("Nr     Ärende", 58, "Bilagor"),
    "Nr 1   Sammanträdets öppnande",
    pad("Nr 2   Ombyggnad av reningsverket i Norrvik och", 58, "Förstudie_reningsverk.pdf"),
    pad("       ledningsnätet mot Söderbacka, etapp två", 58, "Kartbilaga 3.pdf"),
    pad("       Diarienr VFÅ 2026/18", 58, "Kostnadskalkyl.xlsx"),
    pad("Nr 3   Taxa för slamtömning 2027", 58, "Taxeförslag.docx"),
    pad("       Diarienr VFÅ 2026/22, VFÅ 2025/90", 58, "Tjänsteskrivelse taxa.pdf"),
    "Nr 4   Övriga frågor",
  ].join("\n");

  it("reads the title's rest and the dnr beside a file name in a later column", () => {
    expect(textRows(text)).toEqual([
      ["1", "Sammanträdets öppnande", []],
      [
        "2",
        "Ombyggnad av reningsverket i Norrvik och ledningsnätet mot Söderbacka, etapp två",
        ["VFÅ 2026/18"],
      ],
      ["3", "Taxa för slamtömning 2027", ["VFÅ 2026/22", "VFÅ 2025/90"]],
      ["4", "Övriga frågor", []],
    ]);
  });

  it("still reads a line that is only a file name as the item's document, not its title", () => {
    const lines = [
      "Styrelsen för Vattenförbundet Ådal",
      "Sammanträde 2026-05-07",
      "",
      "1  Ombyggnad av reningsverket i Norrvik och",
      "   förstudie_reningsverk_2026.pdf",
      "2  Övriga frågor",
    ].join("\n");
    expect(textRows(lines)[0]).toEqual(["1", "Ombyggnad av reningsverket i Norrvik och", []]);
  });
});

describe("a labelled dnr line that ends in a bracket of words", () => {
  const text = (remark: string) =>
    [
      "Kulturnämnden",
      "Sammanträde 2026-02-19",
      "",
      "1  Val av justerare",
      "2  Bidrag till studieförbunden 2027",
      `   Diarienummer 2025.0419 ${remark}`,
      "3  Övriga frågor",
    ].join("\n");

  it("gives the item its dnr, the remark no part of it", () => {
    expect(textRows(text("(gamla registret)"))[1]).toEqual([
      "2",
      "Bidrag till studieförbunden 2027",
      ["2025.0419"],
    ]);
    expect(textRows(text("(se även bilaga)"))[1]).toEqual([
      "2",
      "Bidrag till studieförbunden 2027",
      ["2025.0419"],
    ]);
  });
});

describe("a schedule column of clock times before the numbers, with a pause of its own", () => {
  const text = (pause: string) =>
    [
      "Fritidsnämnden",
      "Sammanträde 2026-09-03",
      "",
      "08.30   6   Upprop",
      "08.40   7   Simhallens driftbudget 2027",
      "        8   Ny taxa för idrottshallar",
      pause,
      "        9   Föreningsbidrag hösten 2026",
      "10.00   10  Övriga frågor",
    ].join("\n");

  it("reads the pause as no item and the numbers after it in order", () => {
    expect(textRows(text("10.30       Fika")).map((row) => row[0])).toEqual(["6", "7", "8", "9", "10"]);
    expect(textRows(text("10:30       Bensträckare")).map((row) => row[0])).toEqual([
      "6",
      "7",
      "8",
      "9",
      "10",
    ]);
  });

  it("still reads a sub-item numbered like a time where no time stands before a number", () => {
    const plain = [
      "Fritidsnämnden",
      "Sammanträde 2026-09-03",
      "",
      "9   Anmälningar",
      "9.15  Delegationsbeslut",
    ];
    expect(textRows(plain.join("\n")).map((row) => row[0])).toEqual(["9", "9.15"]);
  });
});

describe("a presenter's name alone under a title in laid-out text", () => {
  const text = (second: string, third: string) =>
    [
      "Tekniska nämnden",
      "Sammanträde 2026-10-15",
      "",
      "1    Val av justerare",
      pad("2    Ny gatubelysning längs Storvägen och", 60, "TN 2026/31"),
      "     cykelbanan vid Sjövik",
      `     ${second}`,
      pad("3    Vinterväghållning 2026–2027", 60, "TN 2026/40"),
      `     ${third}`,
      "4    Övriga frågor",
    ].join("\n");

  it("leaves a name with a role after a comma, and a bare name beside it, out of the title", () => {
    expect(textRows(text("Maja Lundgren", "Oskar Berg, gatuchef")).slice(1, 3)).toEqual([
      ["2", "Ny gatubelysning längs Storvägen och cykelbanan vid Sjövik", ["TN 2026/31"]],
      ["3", "Vinterväghållning 2026–2027", ["TN 2026/40"]],
    ]);
  });

  it("still wraps two capitalised words under a title where no presenter has a role", () => {
    expect(textRows(text("Norra Hamnen", "Oskar Berg")).slice(1, 2)).toEqual([
      ["2", "Ny gatubelysning längs Storvägen och cykelbanan vid Sjövik Norra Hamnen", ["TN 2026/31"]],
    ]);
  });
});

describe("a registry's list with the dnr column between the numbers and the titles", () => {
  const header = pad("Nr   Dnr", 21, "Ärende");
  const text = (...rows: string[]) =>
    ["Miljönämnden", "Sammanträde: 2026-11-05", "", header, ...rows].join("\n");

  it("reads a sub-item whose number leaves one space before its dnr, its title in the next cell", () => {
    const rows = textRows(
      text(
        pad("6", 21, "Anmälningar"),
        pad("6.1 MN 2026/0201", 21, "Beslut om tillsyn av"),
        pad("", 21, "fordonstvätten i Ekby"),
        pad("6.2 MN 2026/0208", 21, "Skrivelse från Naturskyddsföreningen"),
      ),
    );
    expect(rows).toEqual([
      ["6", "Anmälningar", []],
      ["6.1", "Beslut om tillsyn av fordonstvätten i Ekby", ["MN 2026/0201"]],
      ["6.2", "Skrivelse från Naturskyddsföreningen", ["MN 2026/0208"]],
    ]);
  });

  it("reads a second dnr in the dnr column beside the title's rest as both", () => {
    const rows = textRows(
      text(
        pad("4    MN 2026/0180", 21, "Avgifter för livsmedelskontroll samt"),
        pad("     MN 2025/0377", 21, "ändrad timtaxa"),
        pad("5    MN 2026/0190", 21, "Tillsynsplan 2027"),
      ),
    );
    expect(rows).toEqual([
      ["4", "Avgifter för livsmedelskontroll samt ändrad timtaxa", ["MN 2026/0180", "MN 2025/0377"]],
      ["5", "Tillsynsplan 2027", ["MN 2026/0190"]],
    ]);
  });
});

describe("another body's dnr on the line that ends a title left hanging on a preposition", () => {
  const text = (second: string) =>
    [
      "Byggnadsnämnden",
      "Sammanträde 2026-06-11",
      "",
      "1   Val av justerare",
      "2   Yttrande över länsplan för",
      `    ${second}`,
      "3   Övriga frågor",
    ].join("\n");

  it("goes on with the title; the other body's dnr is not the item's", () => {
    expect(textRows(text("Norrbacka län, RN dnr RS 2026-00412"))[1]).toEqual([
      "2",
      "Yttrande över länsplan för Norrbacka län",
      [],
    ]);
  });
});

describe("a group heading a plain-text export draws between runs of one character", () => {
  it("reads the words between the runs, and leaves emphasis and a rule alone", () => {
    expect(plainLine("  *** INFORMATIONSPUNKTER ***")).toBe("INFORMATIONSPUNKTER");
    expect(plainLine("== Beslutsfrågor ==")).toBe("Beslutsfrågor");
    expect(plainLine("**Beslutsfrågor**")).toBe("Beslutsfrågor");
    expect(plainLine("==========")).toBe("==========");
  });

  it("gives the items under it the heading's class", () => {
    const text = [
      "Kulturnämnden",
      "Sammanträde 2026-03-26",
      "",
      "1    Upprop",
      "",
      "     ~~ ÄRENDEN FÖR BESLUT ~~",
      "",
      "2    Konstinköp 2026",
      "",
      "     ~~ INFORMATION ~~",
      "",
      "3    Bibliotekets besökstal",
    ].join("\n");
    expect(extractAgendaFromText(text).items.map((item) => [item.number, item.mbl])).toEqual([
      ["1", null],
      ["2", "mbl11"],
      ["3", "mbl19"],
    ]);
  });
});

describe("a reference opening a line, then the body whose case it is and its number", () => {
  const found = (text: string) => scanDnr(text).found.map((dnr) => [dnr.dnr, dnr.foreign]);

  it("reads the number as that body's", () => {
    expect(found("Ref. Sjöfartsverket SJV 2026/3310")).toEqual([["SJV 2026/3310", true]]);
    expect(found("Referens: Region Norrbacka RN 2025-00871")).toEqual([["RN 2025-00871", true]]);
  });

  it("reads a number after a registry's capitals alone as the item's own", () => {
    expect(found("Ref. BN 2026/14")).toEqual([["BN 2026/14", false]]);
  });

  it("leaves the reference line out of the title above", () => {
    const text = [
      "Tekniska nämnden",
      "Sammanträde 2026-04-16",
      "",
      "1   Val av justerare",
      "2   Yttrande över farledsplanen för Ådalen   TN 2026/51",
      "    Ref. Sjöfartsverket SJV 2026/3310",
      "3   Övriga frågor",
    ].join("\n");
    expect(textRows(text)[1]).toEqual(["2", "Yttrande över farledsplanen för Ådalen", ["TN 2026/51"]]);
  });
});

describe("a span of years wrapped alone onto a title's next line", () => {
  const text = (rest: string) =>
    [
      "Utbildningsnämnden",
      "Sammanträde 2026-02-05",
      "",
      "1     Upprop",
      "2     Antagningsregler för gymnasiets introduktionsprogram läsåret",
      `      ${rest}`,
      "3     Övriga frågor",
    ].join("\n");

  it("goes on with the title, no page number", () => {
    expect(textRows(text("2027/2028"))[1]?.[1]).toBe(
      "Antagningsregler för gymnasiets introduktionsprogram läsåret 2027/2028",
    );
  });

  it("still drops a page number written with a slash", () => {
    expect(textRows(text("3/12"))[1]?.[1]).toBe(
      "Antagningsregler för gymnasiets introduktionsprogram läsåret",
    );
  });
});

describe("a portal's list of sections, with items standing between the sections", () => {
  const item = (nr: string, rubrik: string, arende: string | null = null) => ({
    typ: "punkt",
    nr,
    rubrik,
    arende,
    filer: [],
  });
  const section = (rubrik: string, underpunkter: object[]) => ({ typ: "avsnitt", rubrik, underpunkter });
  const answer = {
    organ: "Överförmyndarnämnden",
    datum: "2026-08-20",
    dagordning: [
      item("1", "Mötets öppnande"),
      item("2", "Val av justerare"),
      section("Beslutsärenden", [
        item("3", "Arvodesregler för gode män", "ÖFN 2026/12"),
        item("4", "Tillsynsplan 2027", "ÖFN 2026/15"),
      ]),
      section("Informationsärenden", [
        item("5", "Ärendestatistik", "ÖFN 2026/3"),
        item("6", "Utbildning för ställföreträdare"),
      ]),
      item("7", "Mötets avslutande"),
    ],
  };

  it("reads those items in their places, under no heading", () => {
    const agenda = agendaFromPortalJson(answer, null);
    expect(agenda?.items.map((entry) => [entry.number, entry.title, entry.dnr, entry.mbl])).toEqual([
      ["1", "Mötets öppnande", [], null],
      ["2", "Val av justerare", [], null],
      ["3", "Arvodesregler för gode män", ["ÖFN 2026/12"], "mbl11"],
      ["4", "Tillsynsplan 2027", ["ÖFN 2026/15"], "mbl11"],
      ["5", "Ärendestatistik", ["ÖFN 2026/3"], "mbl19"],
      ["6", "Utbildning för ställföreträdare", [], "mbl19"],
      ["7", "Mötets avslutande", [], null],
    ]);
  });
});

describe("a presenter in brackets alone on a title's wrapped line", () => {
  const text = (second: string) =>
    [
      "Socialnämnden",
      "Sammanträde 2026-01-21",
      "",
      "1.  Val av justerare",
      "2.  Information",
      "    a) Läget i försörjningsstödet och prognosen för våren",
      `       ${second}`,
      "3.  Övriga frågor",
    ].join("\n");

  it("is no part of the title", () => {
    expect(textRows(text("(Hanna Sjöström)"))[2]?.[1]).toBe(
      "Läget i försörjningsstödet och prognosen för våren",
    );
    expect(textRows(text("(Hanna Sjöström, enhetschef)"))[2]?.[1]).toBe(
      "Läget i försörjningsstödet och prognosen för våren",
    );
  });

  it("keeps a bracketed body's name", () => {
    expect(textRows(text("(Region Norrbacka)"))[2]?.[1]).toBe(
      "Läget i försörjningsstödet och prognosen för våren (Region Norrbacka)",
    );
  });
});

describe("a presenter after a line break whose role is two joined words", () => {
  it("is no part of the title", () => {
    const body = `<h1>Miljönämnden</h1><p>Sammanträde 2026-05-19</p><h2>Föredragningslista</h2>
      <p>1. Val av justerare</p>
      <p>2. Förvaltningen informerar<br>Miljö- och hälsoskyddschef Sara Ek</p>
      <p>3. Övriga frågor</p>`;
    expect(pageRows(body)[1]).toEqual(["2", "Förvaltningen informerar", []]);
  });
});
