import { describe, expect, it } from "vitest";
import { agendaFromPortalJson } from "./adapters/json";
import { scanDnr } from "./dnr";
import { extractAgendaFromDocument, extractAgendaFromText } from "./extract";
import { htmlDocument } from "./node-html";
import { pageRows, textRows } from "./testing/rows";

// The classes of failure blind set 9 showed once read (issue 13, tenth round), each written as a family:
// invented examples with other names, numbers and layouts.

const dnrOf = (text: string, column = false) => scanDnr(text, { column }).found.map((dnr) => dnr.dnr);

/** A portal answer's meeting with these item records, read as number, title and dnr. */
const items = (records: Record<string, unknown>[]) =>
  agendaFromPortalJson(
    { meeting: { committee: "Miljönämnden", meetingDate: "2025-10-07", agenda: records } },
    null,
  )?.items.map((item) => [item.number, item.title, item.dnr]);

describe("a two-digit year, the registry's letters and a serial written together ('25RK1880')", () => {
  it("is a dnr under a label or in a dnr column, one or several", () => {
    expect(dnrOf("Dnr 24RJ0452")).toEqual(["24RJ0452"]);
    expect(dnrOf("Diarienummer: 25RVG11, 25RVG12")).toEqual(["25RVG11", "25RVG12"]);
    expect(dnrOf("23RH7", true)).toEqual(["23RH7"]);
  });

  it("is none unlabelled, in a file's name or glued to more", () => {
    expect(dnrOf("Uppföljning 24RJ0452 av vårdgarantin")).toEqual([]);
    expect(dnrOf("24RJ0452-3 Tjänsteskrivelse.pdf", true)).toEqual([]);
    expect(dnrOf("Projekt 24RJ0452X")).toEqual([]);
  });
});

describe("a portal answer's case number under any name a registry gives the field", () => {
  it("reads a form no family knows in a field named for the case number", () => {
    expect(
      items([
        { number: "1", title: "Budget 2026", caseNumber: "26RK12" },
        { number: "2", title: "Regional cancerplan", caseNumber: "25RK1880, 25RK1881" },
        { number: "3", title: "Övriga frågor", caseNumber: null },
      ]),
    ).toEqual([
      ["1", "Budget 2026", ["26RK12"]],
      ["2", "Regional cancerplan", ["25RK1880", "25RK1881"]],
      ["3", "Övriga frågor", []],
    ]);
    expect(
      items([
        { nr: "4", rubrik: "Taxor för färdtjänst", arendenummer: "RS.0412.25" },
        { nr: "5", rubrik: "Delårsrapport", ärendenummer: "RS.0377.25" },
      ]),
    ).toEqual([
      ["4", "Taxor för färdtjänst", ["RS.0412.25"]],
      ["5", "Delårsrapport", ["RS.0377.25"]],
    ]);
  });

  it("takes no database key, date or word from such a field", () => {
    expect(
      items([
        { number: "1", title: "Budget 2026", caseNumber: "48211" },
        { number: "2", title: "Lokalplan", caseNumber: "2025-11-04" },
        { number: "3", title: "Information", caseNumber: "saknas" },
      ]),
    ).toEqual([
      ["1", "Budget 2026", []],
      ["2", "Lokalplan", []],
      ["3", "Information", []],
    ]);
  });
});

describe("a title wrapped after a <br> onto a line that opens with a label's word in lower case", () => {
  it("joins 'förslag till …', 'beslut om …' after a <br> to the title, beside group rows", () => {
    const rows = pageRows(`<h1>Kultur- och fritidsnämnden</h1>
      <table><thead><tr><th>Nr</th><th>Ärende</th><th>Dnr</th></tr></thead><tbody>
      <tr><td colspan="3"><h3>Beslutsärenden</h3></td></tr>
      <tr><td>1</td><td>Taxor för idrottshallar 2026 &lt;br&gt; förslag till kommunfullmäktige</td><td>KFN 2025/41</td></tr>
      <tr><td>2</td><td>Bidrag till studieförbund<br>beslut om fördelning 2026</td><td>KFN 2025/52</td></tr>
      <tr><td colspan="3"><h3>Anmälningsärenden</h3></td></tr>
      <tr><td>3</td><td>Delegationsbeslut<br>Förslag till beslut: Nämnden noterar</td><td>KFN 2025/3</td></tr>
      </tbody></table>`);
    expect(rows).toEqual([
      ["1", "Taxor för idrottshallar 2026 förslag till kommunfullmäktige", ["KFN 2025/41"]],
      ["2", "Bidrag till studieförbund beslut om fördelning 2026", ["KFN 2025/52"]],
      ["3", "Delegationsbeslut", ["KFN 2025/3"]],
    ]);
  });
});

describe("a line naming the body that prepared the item, under its title", () => {
  it("is no part of the title: 'Beredd av AU …', 'Berett av arbetsutskottet …', 'Behandlad i KSAU …'", () => {
    const text = [
      "Kallelse Tekniska nämnden 2025-04-08",
      "",
      "Nr  Ärende                                                  Dnr",
      "1   Val av justerare",
      "2   Taxa för vatten och avlopp 2026                         TN 2025.031",
      "    Beredd av AU 2025-03-18",
      "3   Gatubelysning i Norrby, etapp 2                         TN 2025.044",
      "    Berett av arbetsutskottet 2025-03-18 § 12",
      "4   Trafiksäkerhetsplan                                     TN 2025.050",
      "    Behandlad i TNAU 2025-03-18",
      "5   Renovering av Storgatan, beredd av",
      "    arbetsutskottet i samråd med förvaltningen",
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["1", "Val av justerare", []],
      ["2", "Taxa för vatten och avlopp 2026", ["TN 2025.031"]],
      ["3", "Gatubelysning i Norrby, etapp 2", ["TN 2025.044"]],
      ["4", "Trafiksäkerhetsplan", ["TN 2025.050"]],
      ["5", "Renovering av Storgatan, beredd av arbetsutskottet i samråd med förvaltningen", []],
    ]);
  });
});

describe("another body's case number in a form no family knows beside the item's own dnr", () => {
  it("keeps the own dnr of a facts line 'Dnr SN 2025/14 · Förvaltningsrättens mål nr 412-25'", () => {
    const item = (facts: string, n: string) => `<div class="item"><div class="head"><span>•</span>
      <span class="nr">${n}</span><div class="title">Yttrande i ärende om bistånd</div></div>
      <div class="facts">${facts}</div></div>`;
    const rows = pageRows(`<h1>Socialnämnden</h1><p>Sammanträde 2025-03-04</p>
      ${item("<span>Dnr SN 2025/14</span> <span>Förvaltningsrättens mål nr 412-25</span>", "1")}
      ${item("<span>Dnr SN 2025/15</span> <span>Kammarrättens målnummer 88-25</span>", "2")}
      ${item("<span>Dnr SN 2025/16</span> <span>IVO:s ärende 8.5-1122/25</span>", "3")}
`);
    expect(rows).toEqual([
      ["1", "Yttrande i ärende om bistånd", ["SN 2025/14"]],
      ["2", "Yttrande i ärende om bistånd", ["SN 2025/15"]],
      ["3", "Yttrande i ärende om bistånd", ["SN 2025/16"]],
    ]);
  });

  it("never takes that case number itself", () => {
    const own = (text: string) => scanDnr(text).found.filter((dnr) => !dnr.foreign);
    expect(own("Förvaltningsrättens mål nr 412-25")).toEqual([]);
    expect(own("Kammarrättens målnummer 88-25")).toEqual([]);
  });
});

describe("a case number in a form no family knows, right after a 'Dnr' or 'Diarienummer' label", () => {
  it("is the item's dnr, one or several", () => {
    expect(dnrOf("Dnr 2024KS0123")).toEqual(["2024KS0123"]);
    expect(dnrOf("Diarienummer: KS-24-0123")).toEqual(["KS-24-0123"]);
    expect(dnrOf("Dnr KS24-0456 och KS24-0457")).toEqual(["KS24-0456", "KS24-0457"]);
    expect(
      textRows(
        [
          "Föredragningslista Kommunstyrelsen 2025-09-02",
          "1. Val av justerare",
          "2. Budget 2026 med plan för 2027-2028",
          "   Dnr: KS.0412.25",
          "3. Lokalförsörjningsplan, Dnr KS.0377.25",
        ].join("\n"),
      ),
    ).toEqual([
      ["1", "Val av justerare", []],
      ["2", "Budget 2026 med plan för 2027-2028", ["KS.0412.25"]],
      ["3", "Lokalförsörjningsplan", ["KS.0377.25"]],
    ]);
  });

  it("is none without the label, a year, a page, a date or a word after it", () => {
    expect(dnrOf("Översyn KS.0412.25 av taxan")).toEqual([]);
    expect(dnrOf("Dnr: se bilaga 2")).toEqual([]);
    expect(dnrOf("Dnr 2024")).toEqual([]);
    expect(dnrOf("Dnr KS 2024/12 2024-05-06")).toEqual(["KS 2024/12"]);
    expect(dnrOf("Trafikverkets dnr TRV-24-0118").length).toBe(1);
  });
});

describe("a case number in a form no family knows, alone in a table's dnr column", () => {
  it("is the row's dnr, one or several", () => {
    const rows = pageRows(`<h1>Kommunstyrelsen</h1><p>Sammanträde 2025-09-02</p>
      <table><thead><tr><th>Nr</th><th>Ärende</th><th>Diarienummer</th></tr></thead><tbody>
      <tr><td>1</td><td>Val av justerare</td><td></td></tr>
      <tr><td>2</td><td>Budget 2026</td><td>KS.0412.25</td></tr>
      <tr><td>3</td><td>Lokalförsörjningsplan</td><td>KS.0377.25, KS.0378.25</td></tr>
      <tr><td>4</td><td>Information om bredband</td><td>se bilaga</td></tr>
      <tr><td>5</td><td>Delårsrapport</td><td>2025-08-31</td></tr>
      </tbody></table>`);
    expect(rows).toEqual([
      ["1", "Val av justerare", []],
      ["2", "Budget 2026", ["KS.0412.25"]],
      ["3", "Lokalförsörjningsplan", ["KS.0377.25", "KS.0378.25"]],
      ["4", "Information om bredband", []],
      ["5", "Delårsrapport", []],
    ]);
  });
});

describe("a table's dnr column under a header the registry names otherwise", () => {
  const table = (header: string, numberHeader = "Nr") =>
    pageRows(`<h1>Kommunstyrelsen</h1><p>Sammanträde 2025-09-02</p>
      <table><tr><th>${numberHeader}</th><th>Ärende</th><th>${header}</th></tr>
      <tr><td>1</td><td>Val av justerare</td><td></td></tr>
      <tr><td>2</td><td>Budget 2026</td><td>2025/12</td></tr>
      <tr><td>3</td><td>Taxor</td><td>KS 2025/13</td></tr></table>`);
  const expected = [
    ["1", "Val av justerare", []],
    ["2", "Budget 2026", ["2025/12"]],
    ["3", "Taxor", ["KS 2025/13"]],
  ];

  it("reads a bare number under 'Diarie-nr', 'Ärende-id', 'Beteckning' or a second 'Ärendenummer'", () => {
    expect(table("Diarie-nr")).toEqual(expected);
    expect(table("Ärende-id")).toEqual(expected);
    expect(table("Beteckning")).toEqual(expected);
    expect(table("Ärendenummer")).toEqual(expected);
  });

  it("reads no bare number under another column's header", () => {
    expect(table("Anteckning")).toEqual([
      ["1", "Val av justerare", []],
      ["2", "Budget 2026", []],
      ["3", "Taxor", ["KS 2025/13"]],
    ]);
  });
});

describe("a dnr label in an element of its own beside its value", () => {
  it("reads 'Dnr' + '2025/12' as one labelled dnr, in spans or in divs", () => {
    const item = (n: string, title: string, facts: string) =>
      `<div class="item"><h3>${n}. ${title}</h3>${facts}</div>`;
    const rows = pageRows(`<h1>Kommunstyrelsen</h1><p>Sammanträde 2025-09-02</p>
      ${item("1", "Val av justerare", "")}
      ${item("2", "Budget 2026", '<div><span class="label">Dnr</span> <span class="value">2025/12</span></div>')}
      ${item("3", "Taxor", '<div class="meta"><div class="label">Diarienummer</div><div class="value">KS.0412.25</div></div>')}
      ${item("4", "Lokalplan", '<div><span class="label">Ärendenummer:</span><span class="value">2025/14</span></div>')}
      ${item("5", "Bredband", '<div><span class="label">Diarieplan</span> <span class="value">2025/15</span></div>')}
      ${item("6", "Näringslivsplan", "<div>Dnr</div><div></div>")}
      ${item("7", "Avfallsplan", "<div>Dnr</div>")}`);
    expect(rows).toEqual([
      ["1", "Val av justerare", []],
      ["2", "Budget 2026", ["2025/12"]],
      ["3", "Taxor", ["KS.0412.25"]],
      ["4", "Lokalplan", ["2025/14"]],
      ["5", "Bredband", []],
      ["6", "Näringslivsplan", []],
      ["7", "Avfallsplan", []],
    ]);
  });
});

describe("a portal record's case as an object of its own beside the record's title", () => {
  it("reads the case object's number, a bare one too, and each case of a list", () => {
    expect(
      items([
        { number: "1", title: "Val av justerare" },
        { number: "2", title: "Tillsynsplan 2026", case: { number: "MN 2025/88", title: "Tillsynsplan" } },
        { number: "3", title: "Taxa för livsmedelskontroll", case: { number: "2025/91" } },
        { number: "4", title: "Remissvar om strandskydd", errand: { diarienummer: "MN 2025/95" } },
        { number: "5", title: "Naturvårdsplan", cases: [{ id: 7, caseNumber: "2025/97" }] },
      ]),
    ).toEqual([
      ["1", "Val av justerare", []],
      ["2", "Tillsynsplan 2026", ["MN 2025/88"]],
      ["3", "Taxa för livsmedelskontroll", ["2025/91"]],
      ["4", "Remissvar om strandskydd", ["MN 2025/95"]],
      ["5", "Naturvårdsplan", ["2025/97"]],
    ]);
  });

  it("reads no referring body's case object and no bare number of another object", () => {
    expect(
      items([
        { number: "1", title: "Val av justerare", presenter: { name: "Eva Lund", phone: "0521-72 10 00" } },
        { number: "2", title: "Yttrande om vindkraft", referredBy: { caseNumber: "KS 2025/301" } },
        { number: "3", title: "Information", meta: { created: "2025-09-30", version: "2025/3" } },
        {
          number: "4",
          title: "Budget",
          meeting: { id: 9, protocol: "MN 2025/4" },
          file: { name: "MN 2025/5" },
        },
      ]),
    ).toEqual([
      ["1", "Val av justerare", []],
      ["2", "Yttrande om vindkraft", []],
      ["3", "Information", []],
      ["4", "Budget", []],
    ]);
  });

  it("reads a dnr inside a text field's markup", () => {
    expect(
      items([
        { number: "1", title: "Val av justerare", body: "" },
        { number: "2", title: "Tillsynsplan 2026", body: "<p><b>Diarienummer</b> 2025/88</p>" },
        { number: "3", title: "Taxa", body: "<p>Dnr:&nbsp;<strong>MN 2025/91</strong></p>" },
      ]),
    ).toEqual([
      ["1", "Val av justerare", []],
      ["2", "Tillsynsplan 2026", ["2025/88"]],
      ["3", "Taxa", ["MN 2025/91"]],
    ]);
  });
});

describe("a 'Label: value' line under an item whose label is a dnr label of another spelling", () => {
  it("gives the item its dnr: 'Ärendenummer: …', 'Ärendenr: …', 'Diarie-nr: …'", () => {
    const text = [
      "Kallelse Byggnadsnämnden 2025-05-20",
      "1. Val av justerare",
      "2. Detaljplan för Åsen 3:4",
      "   Ärendenummer: BN 2025/13",
      "3. Bygglovstaxa 2026",
      "   Ärendenr: 2025/21",
      "4. Tillsyn av ovårdad tomt",
      "   Diarie-nr: BN 2025/30",
      "5. Strandskyddsdispens",
      "   Kontakt: Lars Ek 2025/31",
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["1", "Val av justerare", []],
      ["2", "Detaljplan för Åsen 3:4", ["BN 2025/13"]],
      ["3", "Bygglovstaxa 2026", ["2025/21"]],
      ["4", "Tillsyn av ovårdad tomt", ["BN 2025/30"]],
      ["5", "Strandskyddsdispens", []],
    ]);
  });
});

describe("a bare dnr in an element the markup names as the case number", () => {
  it("is labelled by its class, itemprop or title: span, div, a table's title cell", () => {
    const rows = pageRows(`<h1>Tekniska nämnden</h1><p>Sammanträde 2025-04-08</p>
      <ul class="agenda">
        <li><span class="nr">1</span> <span class="title">Val av justerare</span></li>
        <li><span class="nr">2</span> <span class="title">Taxa för vatten 2026</span> <span class="dnr">2025/31</span></li>
        <li><span class="nr">3</span> <span class="title">Gatubelysning</span> <span itemprop="caseNumber">2025/44</span></li>
      </ul>
      <div class="item"><h3>4. Trafikplan</h3><div class="item__diarienummer">2025/50</div></div>
      <div class="item"><h3>5. Parkeringsnorm</h3><div><span title="Diarienummer">2025/52</span></div></div>
      <div class="item"><h3>6. Snöröjning</h3><div class="dnr">–</div></div>
      <div class="item"><h3>7. Vägplan</h3><div class="date">2025/53</div></div>`);
    expect(rows).toEqual([
      ["1", "Val av justerare", []],
      ["2", "Taxa för vatten 2026", ["2025/31"]],
      ["3", "Gatubelysning", ["2025/44"]],
      ["4", "Trafikplan", ["2025/50"]],
      ["5", "Parkeringsnorm", ["2025/52"]],
      ["6", "Snöröjning", []],
      ["7", "Vägplan", []],
    ]);
  });
});

describe("a meeting date written without its year, as an e-mail or a short kallelse does", () => {
  const dateOf = (head: string) =>
    extractAgendaFromText(`${head}\n\n1. Val av justerare\n2. Budget 2026, KS 2025/12\n`).meetingDate;

  it("takes the year from the header's other date where a weekday or a time says it is the meeting's", () => {
    expect(
      dateOf(
        "Skickat: den 9 januari 2025 15:42\nHär kommer dagordningen till kommunstyrelsens sammanträde onsdag 22 januari kl 13.00. Arbetsutskottet berett ärendena 2025-01-08.",
      ),
    ).toBe("2025-01-22");
    expect(dateOf("Kallelse till kommunstyrelsen\nTid: tisdag 4 mars kl. 09.00\nUtskick 2025-02-20")).toBe(
      "2025-03-04",
    );
    // Sent in December for a meeting in January: the next year.
    expect(dateOf("Utskick 2024-12-18\nKallelse till socialnämnden torsdag 9 januari kl. 13.15")).toBe(
      "2025-01-09",
    );
  });

  it("leaves a yearless date without a weekday or a time, and a full meeting date wins", () => {
    expect(dateOf("Kallelse till kommunstyrelsen\nSammanträde 2025-03-04\nSvar senast 20 februari")).toBe(
      "2025-03-04",
    );
    expect(dateOf("Utskick 2025-02-20\nKallelse till kommunstyrelsen\nSvar senast 25 februari")).toBe(
      "2025-02-20",
    );
  });
});

describe("a dnr of the spaced classification form in brackets after the title, without a label", () => {
  it("is the item's dnr, one or several", () => {
    expect(dnrOf("Delårsbokslut per april 2025 (004 – 118 / 25)")).toEqual(["004 – 118 / 25"]);
    expect(dnrOf("Avtal om larmcentral (002 – 233 / 25, 002 – 241 / 25)")).toEqual([
      "002 – 233 / 25",
      "002 – 241 / 25",
    ]);
    expect(
      textRows(
        [
          "Dagordning Direktionen 2025-06-12",
          "1. Val av justerare",
          "2. Handlingsprogram 2026–2029, remissversion (003 – 150 / 25)",
        ].join("\n"),
      ),
    ).toEqual([
      ["1", "Val av justerare", []],
      ["2", "Handlingsprogram 2026–2029, remissversion", ["003 – 150 / 25"]],
    ]);
  });

  it("is none unbracketed and unlabelled, or among other words in the brackets", () => {
    expect(dnrOf("Delårsbokslut 004 – 118 / 25")).toEqual([]);
    expect(dnrOf("Rapport (sida 004 – 118 / 25)")).toEqual([]);
  });
});

describe("a dnr label at a line's end whose number wraps onto the next line", () => {
  it("leaves the title without the label", () => {
    const text = [
      "Föredragningslista Farsta stadsdelsnämnd 2025-06-17",
      "1. Val av justerare",
      "2. Ansökan om medel för sommarlovsaktiviteter 2025, svar på remiss Dnr",
      "   1.5.1-0340/2025",
      "3. Parklek i Hökarängen, diarienummer:",
      "   FA 2025/0118",
      "4. Översyn av ordningen för dnr",
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["1", "Val av justerare", []],
      ["2", "Ansökan om medel för sommarlovsaktiviteter 2025, svar på remiss", ["1.5.1-0340/2025"]],
      ["3", "Parklek i Hökarängen", ["FA 2025/0118"]],
      ["4", "Översyn av ordningen för dnr", []],
    ]);
  });
});

describe("a line that opens with the item's labelled dnr and goes on with a remark", () => {
  it("gives the item its dnr: 'Dnr MBN 2025-000290. Kommunfullmäktiges beslut KF … § 133.'", () => {
    const rows = pageRows(`<h1>Miljö- och byggnadsnämnden</h1><p>Sammanträde 2025-09-24</p>
      <ol><li>Val av justerare</li>
      <li><p>Taxa för miljöbalkens område 2026</p><p>Dnr MBN 2025-000290. Kommunfullmäktiges beslut KF 2024-11-27 § 133.</p></li>
      <li><p>Tillsynsplan 2026</p><p>Diarienummer: 2025/301 – ärendet bordlades i augusti</p></li>
      <li><p>Information om vindkraft</p><p>Kommunstyrelsen har dnr KS 2025/12 för ärendet.</p></li></ol>`);
    expect(rows).toEqual([
      ["1", "Val av justerare", []],
      ["2", "Taxa för miljöbalkens område 2026", ["MBN 2025-000290"]],
      ["3", "Tillsynsplan 2026", ["2025/301"]],
      ["4", "Information om vindkraft", []],
    ]);
  });
});

describe("an unnumbered list whose lines open with the dnr before the title", () => {
  it("keeps each line an item of its own", () => {
    const rows = pageRows(`<h1>Miljö- och byggnadsnämnden</h1><p>Sammanträde 2025-09-24</p>
      <h2>Föredragningslista</h2>
      <ul><li>Val av justerare</li><li>Dnr MBN 2025-000290 Taxa för miljöbalkens område 2026</li>
      <li>Dnr MBN 2025-000301 Tillsynsplan 2026</li></ul>`);
    expect(rows.map((row) => row[1])).toEqual([
      "Val av justerare",
      "Taxa för miljöbalkens område 2026",
      "Tillsynsplan 2026",
    ]);
  });
});

describe("an authority's decision named in the title, followed by the case number bearing its letter", () => {
  it("is the authority's case, not the committee's", () => {
    const own = (text: string) =>
      scanDnr(text)
        .found.filter((dnr) => !dnr.foreign)
        .map((dnr) => dnr.dnr);
    expect(own("Skolinspektionens beslut efter tillsyn av Ekbackens skola, SI 2025:3120")).toEqual([]);
    expect(own("Trafikverkets samrådsunderlag för väg 56, TRV 2025/1123")).toEqual([]);
    expect(own("Länsstyrelsens beslut om naturreservat LST 2025/88")).toEqual([]);
  });

  it("leaves the committee's own dnr after its own or another body's name", () => {
    const own = (text: string) =>
      scanDnr(text)
        .found.filter((dnr) => !dnr.foreign)
        .map((dnr) => dnr.dnr);
    expect(own("Kommunstyrelsens beslut om budget 2026, KS 2025/12")).toEqual(["KS 2025/12"]);
    expect(own("Yttrande över Skolinspektionens rapport, BUN 2025/44")).toEqual(["BUN 2025/44"]);
  });
});

describe("an authority named later in the title", () => {
  it("leaves the committee's own dnr of the same letter", () => {
    expect(
      scanDnr("Riktlinjer enligt Socialstyrelsens föreskrifter, SN 2025/44").found.map((dnr) => dnr.foreign),
    ).toEqual([false]);
  });
});

describe("an accordion: each item's title a disclosure button, its facts a collapsed panel", () => {
  it("reads the button in a heading or with aria-expanded, and the panel it controls", () => {
    const rows = pageRows(`<h1>Kommunstyrelsen</h1><p>Sammanträde 2025-09-02</p>
      <div class="accordion">
        <h3><button aria-expanded="false" aria-controls="p1">1. Val av justerare</button></h3>
        <div id="p1" hidden><p>Ordföranden föreslår Eva Lund.</p></div>
        <h3><button aria-expanded="false" aria-controls="p2">2. Budget 2026</button></h3>
        <div id="p2" hidden><p>Dnr KS 2025/12</p></div>
        <button class="acc" aria-expanded="true" aria-controls="p3">3. Taxor 2026</button>
        <div id="p3"><p>Dnr KS 2025/13</p><button type="button">Visa handlingar</button></div>
      </div>
      <div hidden><h3>4. Protokoll 2025-08-12</h3></div>
      <div role="tablist"><button role="tab" aria-controls="t2" aria-selected="false">Protokoll</button></div>
      <div id="t2" hidden><h2>Protokoll</h2><p>§ 41 Val av justerare</p></div>`);
    expect(rows).toEqual([
      ["1", "Val av justerare", []],
      ["2", "Budget 2026", ["KS 2025/12"]],
      ["3", "Taxor 2026", ["KS 2025/13"]],
    ]);
  });
});

describe("a portal answer's meeting date as a program writes it", () => {
  const dateOf = (meeting: Record<string, unknown>) =>
    agendaFromPortalJson(
      {
        meeting: {
          committee: "Kommunstyrelsen",
          ...meeting,
          agenda: [
            { number: "1", title: "Val av justerare" },
            { number: "2", title: "Budget 2026", caseNumber: "KS 2025/12" },
          ],
        },
      },
      null,
    )?.meetingDate;

  it("reads a .NET date, epoch milliseconds or seconds, and a compact date in a field named for it", () => {
    expect(dateOf({ meetingDate: "/Date(1756807200000)/" })).toBe("2025-09-02");
    expect(dateOf({ meetingDate: "/Date(1756807200000+0200)/" })).toBe("2025-09-02");
    expect(dateOf({ startTime: 1756807200000 })).toBe("2025-09-02");
    expect(dateOf({ start: 1756807200 })).toBe("2025-09-02");
    expect(dateOf({ meetingStart: "20250902T130000" })).toBe("2025-09-02");
    // Late in the evening UTC is the next day in Sweden.
    expect(dateOf({ startTime: "/Date(1756850400000)/" })).toBe("2025-09-03");
  });

  it("reads no number of another field, nor a created time", () => {
    expect(dateOf({ id: 1756807200, startDate: "2025-09-04" })).toBe("2025-09-04");
    expect(dateOf({ created: 1756807200000 })).toBe(null);
    expect(dateOf({ meetingId: 1756807200 })).toBe(null);
  });
});

describe("a meeting date shown without its year in a <time> element, or with an ordinal day", () => {
  const dateOf = (html: string) =>
    extractAgendaFromDocument(
      htmlDocument(
        `<html><head><title>Möte</title></head><body><h1>Kommunstyrelsen</h1>${html}<ol><li>Val av justerare</li><li>Budget 2026, KS 2025/12</li></ol></body></html>`,
      ),
      "https://www.kommun.example/",
    ).meetingDate;

  it("takes the year from the element's datetime", () => {
    expect(
      dateOf('<p>Sammanträde <time datetime="2025-09-02T13:00">tisdag 2 september kl. 13</time></p>'),
    ).toBe("2025-09-02");
    expect(dateOf('<p>Möte <time datetime="2025-09-02">2 sep</time></p>')).toBe("2025-09-02");
  });

  it("reads '2:a september 2025' and '1:a oktober 2025'", () => {
    expect(dateOf("<p>Tisdagen den 2:a september 2025, kl. 13.00</p>")).toBe("2025-09-02");
    expect(dateOf("<p>Sammanträde onsdagen den 1:a oktober 2025</p>")).toBe("2025-10-01");
  });

  it("leaves a <time> whose text has its year, or whose datetime is no date", () => {
    expect(dateOf('<p>Sammanträde <time datetime="2025-09-03">2 september 2025</time></p>')).toBe(
      "2025-09-02",
    );
    expect(dateOf('<p>Sammanträde <time datetime="13:00">kl. 13</time> 2025-09-02</p>')).toBe("2025-09-02");
  });
});

describe("a table row spanning the table that holds the item's dnr", () => {
  it("gives the item above its dnr rather than starting a group", () => {
    const rows = pageRows(`<h1>Kommunstyrelsen</h1><p>Sammanträde 2025-09-02</p>
      <table><tr><th>Nr</th><th>Ärende</th></tr>
      <tr><td>1</td><td>Val av justerare</td></tr>
      <tr><td>2</td><td>Budget 2026</td></tr><tr><td colspan="2">Dnr KS 2025/12</td></tr>
      <tr><td colspan="2"><b>Anmälningsärenden</b></td></tr>
      <tr><td>3</td><td>Delegationsbeslut</td></tr><tr><td colspan="2">KS 2025/3, KS 2025/4</td></tr></table>`);
    expect(rows).toEqual([
      ["1", "Val av justerare", []],
      ["2", "Budget 2026", ["KS 2025/12"]],
      ["3", "Delegationsbeslut", ["KS 2025/3", "KS 2025/4"]],
    ]);
  });
});

describe("an ARIA table of divs: role table, row, columnheader and cell", () => {
  it("reads its header's column roles as a table's", () => {
    const cells = (role: string, texts: string[]) =>
      `<div role="row">${texts.map((text) => `<div role="${role}">${text}</div>`).join("")}</div>`;
    const rows = pageRows(`<h1>Kommunstyrelsen</h1><p>Sammanträde 2025-09-02</p>
      <div role="table"><div role="rowgroup">${cells("columnheader", ["Nr", "Ärende", "Diarienummer"])}</div>
      <div role="rowgroup">${cells("cell", ["1", "Val av justerare", ""])}${cells("cell", ["2", "Budget 2026", "2025/12"])}
      ${cells("cell", ["3", "Taxor", "KS 2025/13"])}</div></div>`);
    expect(rows).toEqual([
      ["1", "Val av justerare", []],
      ["2", "Budget 2026", ["2025/12"]],
      ["3", "Taxor", ["KS 2025/13"]],
    ]);
  });
});

describe("a laid-out text's dnr column under a registry's other name", () => {
  it("reads a bare number under 'Beteckning' or 'Diarie-nr', none under 'Anteckning'", () => {
    const text = (header: string) =>
      textRows(
        [
          "Kallelse Kommunstyrelsen 2025-09-02",
          "",
          `Nr   Ärende                    ${header}`,
          "1    Val av justerare",
          "2    Budget 2026               2025/12",
          "3    Taxor                     KS 2025/13",
        ].join("\n"),
      ).map((row) => row[2]);
    expect(text("Beteckning")).toEqual([[], ["2025/12"], ["KS 2025/13"]]);
    expect(text("Diarie-nr")).toEqual([[], ["2025/12"], ["KS 2025/13"]]);
    expect(text("Anteckning")).toEqual([[], [], ["KS 2025/13"]]);
  });
});
