import { describe, expect, it } from "vitest";
import { agendaFromPortalJson } from "./adapters/json";
import { scanDnr } from "./dnr";
import { extractAgendaFromText } from "./extract";
import { page, pageRows, textRows } from "./testing/rows";

// The classes of failure blind sets 20 and 21 showed once read (issue 13, nineteenth round): each a root cause
// in the reader, written as a family of invented examples with other bodies, layouts and wording, and a
// negative.

describe("a labelled number typed against its title", () => {
  it("reads 'Punkt 4Taxor' and '§ 12Budget' as the number and the title", () => {
    expect(
      textRows(
        [
          "Ärendelista",
          "Punkt 1  Upprop",
          "Punkt 2Taxor för hamnen 2026",
          "§ 3Revisionsrapport om bostadsanpassning",
          "Punkt 4  Ekonomisk uppföljning",
        ].join("\n"),
      ),
    ).toEqual([
      ["1", "Upprop", []],
      ["2", "Taxor för hamnen 2026", []],
      ["§ 3", "Revisionsrapport om bostadsanpassning", []],
      ["4", "Ekonomisk uppföljning", []],
    ]);
  });

  it("leaves a bare number glued to a word alone ('3D-modell')", () => {
    expect(textRows(["Dagordning", "1. Upprop", "3D-modell av torget", "2. Budget"].join("\n"))).toEqual([
      ["1", "Upprop", []],
      ["2", "Budget", []],
    ]);
  });
});

// A fixed-width export: number, title, dnr and presenter columns; a title of 39 characters fills its column.
const row = (number: string, title: string, dnr = "", presenter = ""): string =>
  `${number.padEnd(5)}${title.padEnd(39)}${dnr.padEnd(14)}${presenter}`.trimEnd();
const fixedWidth = (rows: readonly string[]): string =>
  [
    row("Nr", "Ärende", "Dnr", "Föredragande"),
    row("----", "-".repeat(38), "-".repeat(13), "-".repeat(12)),
    ...rows,
  ].join("\n");

describe("a fixed-width title that fills its column", () => {
  it("is cut where the dnr column starts, with no space left before the dnr", () => {
    expect(
      textRows(
        fixedWidth([
          row("1", "Upprop"),
          row("2", "Markanvisning för kvarteret Lärkan 3:14", "BN 2024.118", "Sara Ek"),
          row("3", "Taxor för hamnen 2026", "BN 2024.120", "Sara Ek"),
        ]),
      ),
    ).toEqual([
      ["1", "Upprop", []],
      ["2", "Markanvisning för kvarteret Lärkan 3:14", ["BN 2024.118"]],
      ["3", "Taxor för hamnen 2026", ["BN 2024.120"]],
    ]);
  });

  it("takes the registry's letters with the number where they stand left of the column's slack", () => {
    expect(
      textRows(
        [
          "Nr   Ärende                                            Diarienr",
          "---- ------------------------------------------------- ------------",
          "1    Upprop",
          "2    Hastighetsgräns 30 km/tim på Skolvägen MTN 2025/0412",
          "3    Vinterväghållning                                 MTN 2025/0415",
        ].join("\n"),
      ),
    ).toEqual([
      ["1", "Upprop", []],
      ["2", "Hastighetsgräns 30 km/tim på Skolvägen", ["MTN 2025/0412"]],
      ["3", "Vinterväghållning", ["MTN 2025/0415"]],
    ]);
  });
});

describe("a time of day is no case number", () => {
  it("is not read after a label or in a dnr column", () => {
    expect(scanDnr("Dnr 14:05").found).toEqual([]);
    expect(scanDnr("13.30", { column: true }).found).toEqual([]);
    expect(scanDnr("Dnr KS.0412.25").found.map((dnr) => dnr.dnr)).toEqual(["KS.0412.25"]);
  });

  it("leaves a print stamp under a fixed-width list out of the items", () => {
    const rows = textRows(
      fixedWidth([
        row("1", "Upprop"),
        row("2", "Taxor för hamnen 2026", "BN 2024.120", "Sara Ek"),
        "",
        `${"Utskrivet ur diariet 2024-03-02".padEnd(44)}09:17`,
      ]),
    );
    expect(rows).toEqual([
      ["1", "Upprop", []],
      ["2", "Taxor för hamnen 2026", ["BN 2024.120"]],
    ]);
  });
});

describe("a label's word in lower case after a title left unfinished", () => {
  it("goes on with the title after a spaced dash or a dangling word", () => {
    expect(
      textRows(
        [
          "Punkt 1   Upprop",
          "Punkt 2   Renhållningstaxa 2026 –",
          "          förslag till regionfullmäktige",
          "          Dnr TN 2025/61",
          "Punkt 3   Yttrande över remiss om",
          "          beslut om vattenskyddsområde",
          "          Dnr TN 2025/70",
        ].join("\n"),
      ),
    ).toEqual([
      ["1", "Upprop", []],
      ["2", "Renhållningstaxa 2026 – förslag till regionfullmäktige", ["TN 2025/61"]],
      ["3", "Yttrande över remiss om beslut om vattenskyddsområde", ["TN 2025/70"]],
    ]);
  });

  it("still ends a finished title", () => {
    expect(
      textRows(
        [
          "Punkt 1   Upprop",
          "Punkt 2   Renhållningstaxa 2026",
          "          Förslag till beslut: att anta taxan",
        ].join("\n"),
      ),
    ).toEqual([
      ["1", "Upprop", []],
      ["2", "Renhållningstaxa 2026", []],
    ]);
  });
});

describe("a standing point's whole name in laid-out text", () => {
  it("is complete: a capitalised line under it describes the point", () => {
    expect(
      textRows(
        [
          "3      Anmälningsärenden",
          "       Lista över inkomna skrivelser, bilaga 3:1",
          "4      Val av protokolljusterare",
          "       Protokollet justeras på kansliet 12 maj",
          "5      Ny cykelplan för tätorten",
          "       Gamla stan och Norrmalm",
        ].join("\n"),
      ),
    ).toEqual([
      ["3", "Anmälningsärenden", []],
      ["4", "Val av protokolljusterare", []],
      ["5", "Ny cykelplan för tätorten Gamla stan och Norrmalm", []],
    ]);
  });
});

describe("a class marker ending a laid-out title's line", () => {
  it("ends the title: the lines under it describe the item", () => {
    expect(
      textRows(
        [
          "§ 12        Lägesrapport från förbundschefen (Information)",
          "            Förbundschefen berättar om arbetet med den nya larmcentralen och",
          "            om övningarna under våren.",
          "§ 13        Taxa för tillsyn enligt lagen om brandfarliga",
          "            och explosiva varor",
        ].join("\n"),
      ),
    ).toEqual([
      ["§ 12", "Lägesrapport från förbundschefen", []],
      ["§ 13", "Taxa för tillsyn enligt lagen om brandfarliga och explosiva varor", []],
    ]);
  });
});

describe("another body named in a bracket after the own dnr, not in the genitive", () => {
  it("is that body's dnr and leaves the line a dnr line", () => {
    expect(
      textRows(
        [
          "Föredragningslista",
          "1. Avgifter för vuxenutbildning 2026",
          "Dnr VUX 2025/0310 (Tranås kommun, KS dnr KS 2025:411)",
          "Föredragande: Lina Berg",
          "2. Remiss om ny förbundsordning",
          "Dnr VUX 2025/0312 (Region Östmark dnr RS 2025-0977)",
          "Punkterna presenteras av förbundschefen.",
        ].join("\n"),
      ),
    ).toEqual([
      ["1", "Avgifter för vuxenutbildning 2026", ["VUX 2025/0310"]],
      ["2", "Remiss om ny förbundsordning", ["VUX 2025/0312"]],
    ]);
  });

  it("keeps the committee's own older number in a bracket its own", () => {
    expect(
      scanDnr("Dnr VUX 2025/0310 (Nämndens tidigare dnr VUX 2024/0077)").found.map((d) => d.foreign),
    ).toEqual([false, false]);
  });
});

describe("Word's table of meeting facts, labels in bold", () => {
  it("reads each row as a label and its value, so the meeting's date is found", () => {
    const agenda = page(
      [
        "<h1>Kallelse till sammanträde med valnämnden</h1>",
        "<table><tr><td><p><strong>Dag</strong></p></td><td><p>Måndagen den 9 mars 2026</p></td></tr>",
        "<tr><td><p><strong>Plats</strong></p></td><td><p>Rådhuset, sal 2</p></td></tr></table>",
        "<p>Kallelsen skickad 2026-02-20.</p>",
        "<ol><li>Upprop</li><li>Budget för valet 2026</li></ol>",
      ].join(""),
    );
    expect(agenda.meetingDate).toBe("2026-03-09");
    expect(agenda.items.map((item) => item.title)).toEqual(["Upprop", "Budget för valet 2026"]);
  });

  it("leaves a numbered table's bold titles items", () => {
    expect(
      pageRows(
        [
          "<h2>Ärenden</h2><table>",
          "<tr><td>1</td><td><strong>Upprop</strong></td></tr>",
          "<tr><td>2</td><td><strong>Valdistrikt</strong></td></tr></table>",
        ].join(""),
      ),
    ).toEqual([
      ["1", "Upprop", []],
      ["2", "Valdistrikt", []],
    ]);
  });
});

describe("an agenda table with group rows, bold titles and sub-items in the title cell", () => {
  const table = [
    "<h2>Dagordning</h2><table><thead><tr><th>Nr</th><th>Ärende</th><th>Bilagor</th></tr></thead><tbody>",
    "<tr><td></td><td><strong>Medborgardialog</strong><br>kl. 17.30–18.00</td><td></td></tr>",
    "<tr><td>1.</td><td><strong>Val av justerare</strong><br>Justering sker på kansliet.</td><td></td></tr>",
    '<tr><th colspan="3"><h3>Beslutsärenden</h3></th></tr>',
    "<tr><td>2.*</td><td><strong>Detaljplan för Norra hamnen</strong><br>Dnr KN-2025/311</td><td></td></tr>",
    "<tr><td>3.</td><td><strong>Meddelanden</strong>",
    '<ol type="a"><li>Beslut på delegation</li><li>Skrivelse från hyresgästföreningen</li></ol></td><td></td></tr>',
    "</tbody></table>",
  ].join("");

  it("reads it as a table: regular-weight lines describe the item, a lettered list gives sub-items", () => {
    expect(pageRows(table)).toEqual([
      [null, "Medborgardialog", []],
      ["1", "Val av justerare", []],
      ["2", "Detaljplan för Norra hamnen", ["KN-2025/311"]],
      ["3", "Meddelanden", []],
      ["3 a", "Beslut på delegation", []],
      ["3 b", "Skrivelse från hyresgästföreningen", []],
    ]);
    expect(page(table).items.map((item) => item.mbl)).toEqual([
      null,
      null,
      "mbl11",
      "mbl19",
      "mbl19",
      "mbl19",
    ]);
  });

  it("keeps a title wrapped in bold over two lines whole", () => {
    expect(
      pageRows(
        [
          "<table><thead><tr><th>Nr</th><th>Ärende</th></tr></thead><tbody>",
          "<tr><td>1</td><td><strong>Upprop</strong></td></tr>",
          "<tr><td>2</td><td><strong>Bidrag till föreningar</strong><br><strong>inom idrott 2026</strong></td></tr>",
          "</tbody></table>",
        ].join(""),
      ),
    ).toEqual([
      ["1", "Upprop", []],
      ["2", "Bidrag till föreningar inom idrott 2026", []],
    ]);
  });

  it("still reads a page laid out in a table with headings in its cells as text", () => {
    const agenda = page(
      [
        "<table><tr><td><h2>Föredragningslista</h2><p>1. Upprop</p><p>2. Budget</p></td>",
        "<td><h3>Kontakt</h3><p>Eva Ek</p></td></tr></table>",
      ].join(""),
    );
    expect(agenda.items.map((item) => item.title)).toEqual(["Upprop", "Budget"]);
  });
});

it("reads a text agenda's number with a closed-doors asterisk after its point ('5.*')", () => {
  const agenda = extractAgendaFromText(
    ["Föredragningslista", "4. Upprop", "5.* Ansökan om bistånd"].join("\n"),
  );
  expect(agenda.items.map((item) => [item.number, item.title])).toEqual([
    ["4", "Upprop"],
    ["5", "Ansökan om bistånd"],
  ]);
});

describe("a portal's list of item records", () => {
  const answer = (records: readonly object[]) => ({
    meeting: { body: "Fritidsnämnden", date: "2025-09-02" },
    punkter: records,
  });

  it("keeps a formal point without number or dnr before the numbered items", () => {
    const agenda = agendaFromPortalJson(
      answer([
        { nummer: "", rubrik: "Mötets öppnande", dnr: null },
        { nummer: "1", rubrik: "Upprop", dnr: null },
        { nummer: "2", rubrik: "Taxor för idrottshallar 2026", dnr: "FN 2025/31" },
        { nummer: "", rubrik: "Bilaga: taxetabell", dnr: null },
        { nummer: "3", rubrik: "Ekonomisk uppföljning", dnr: "FN 2025/40" },
      ]),
      null,
    );
    expect(agenda?.items.map((item) => [item.number, item.title, item.dnr])).toEqual([
      [null, "Mötets öppnande", []],
      ["1", "Upprop", []],
      ["2", "Taxor för idrottshallar 2026", ["FN 2025/31"]],
      ["3", "Ekonomisk uppföljning", ["FN 2025/40"]],
    ]);
  });

  it("reads no dnr from a counterparty's or any other body's field", () => {
    const agenda = agendaFromPortalJson(
      answer([
        { nummer: "1", rubrik: "Upprop", dnr: null },
        { nummer: "2", rubrik: "Länsstyrelsens beslut om fiskevård", dnr: null, motpartDnr: "511-4410-2025" },
        {
          nummer: "3",
          rubrik: "Remiss om friluftsplan",
          dnr: "FN 2025/52",
          annanMyndighetDnr: "TRV 2025/1188",
        },
        { nummer: "4", rubrik: "Simhallens öppettider", dnr: "FN 2025/55", otherCaseNo: "KS 2025/301" },
      ]),
      null,
    );
    expect(agenda?.items.map((item) => item.dnr)).toEqual([[], [], ["FN 2025/52"], ["FN 2025/55"]]);
  });
});

describe("a running footer without a page number", () => {
  it("goes from its first page too, so a title cut by the page break keeps its dnr on the next page", () => {
    const text = [
      "Ekby kommun                                     KALLELSE",
      "Kulturnämnden                                   2025-04-08",
      "",
      "1       Upprop",
      "2       Motion om fler bibliotek på landsbygden",
      "",
      "Ekby kommun · Kulturförvaltningen · Torget 1 · www.ekby.example",
      "\fEkby kommun                                     KALLELSE",
      "Kulturnämnden                                   2025-04-08",
      "",
      "        Dnr KN 2025/0031",
      "3       Ekonomisk uppföljning",
      "        Dnr KN 2025/0040",
      "",
      "Ekby kommun · Kulturförvaltningen · Torget 1 · www.ekby.example",
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["1", "Upprop", []],
      ["2", "Motion om fler bibliotek på landsbygden", ["KN 2025/0031"]],
      ["3", "Ekonomisk uppföljning", ["KN 2025/0040"]],
    ]);
  });
});

describe("a dnr label qualified by the number's time", () => {
  it("is the committee's own: 'Tidigare dnr' beside the current one", () => {
    expect(
      textRows(
        [
          "Föredragningslista",
          "1. Lokalplan för grundskolan 2026–2030",
          "UBN-2025-00412",
          "Tidigare dnr U77-0311/24",
          "2. Skolskjuts",
          "UBN-2025-00420",
        ].join("\n"),
      ),
    ).toEqual([
      ["1", "Lokalplan för grundskolan 2026–2030", ["UBN-2025-00412", "U77-0311/24"]],
      ["2", "Skolskjuts", ["UBN-2025-00420"]],
    ]);
  });
});

describe("a later page that sets its items further in", () => {
  it("reads the next number there as an item, not as a point under the item above", () => {
    const text = [
      "Valnämnden                         Föredragningslista",
      "§ 4   Upprop",
      "§ 5   Budget för valet 2026",
      "      Dnr VN 2025/12",
      "§ 6   Valdistrikt",
      "\fValnämnden",
      "2026-01-20            Avslutning",
      "                      § 7   Nästa möte",
      "                            1. Datum för mötet i mars",
      "                      § 8   Mötet avslutas",
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["§ 4", "Upprop", []],
      ["§ 5", "Budget för valet 2026", ["VN 2025/12"]],
      ["§ 6", "Valdistrikt", []],
      ["§ 7", "Nästa möte", []],
      ["§ 8", "Mötet avslutas", []],
    ]);
  });
});

it("reads 'För kännedom' over a list of recipients as no group heading", () => {
  const agenda = extractAgendaFromText(
    [
      "Kallade",
      "Direktionens ledamöter",
      "För kännedom",
      "Revisorerna",
      "Medlemskommunerna",
      "§ 1  Mötets öppnande",
      "§ 2  Budget 2026",
    ].join("\n"),
  );
  expect(agenda.items.map((item) => [item.number, item.mbl])).toEqual([
    ["§ 1", null],
    ["§ 2", null],
  ]);
});

describe("a bracketed note about an item's papers or standing under its title", () => {
  it("is no part of the title; a bracket of the title's own wording is", () => {
    expect(
      textRows(
        [
          "Punkt 1   Upprop",
          "Punkt 2   Ny brandstation i Östby",
          "          (tillkommande ärende, handlingar skickas senare)",
          "Punkt 3   Försäljning av tomter i Norrby",
          "          (Handlingarna delas ut på mötet)",
          "Punkt 4   Detaljplan för kvarteret Ugglan",
          "          (Norrby 4:12 och 4:13)",
        ].join("\n"),
      ),
    ).toEqual([
      ["1", "Upprop", []],
      ["2", "Ny brandstation i Östby", []],
      ["3", "Försäljning av tomter i Norrby", []],
      ["4", "Detaljplan för kvarteret Ugglan (Norrby 4:12 och 4:13)", []],
    ]);
  });
});
