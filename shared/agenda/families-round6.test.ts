import { describe, expect, it } from "vitest";
import { agendaFromPortalJson } from "./adapters/json";
import { scanDnr } from "./dnr";
import { extractAgendaFromText } from "./extract";
import { findMeta } from "./meta";
import { isProcedural } from "./procedural";
import { page, pageRows, textRows } from "./testing/rows";

// The classes of failure blind set 5 showed once read (issue 13, sixth round), each written as a family:
// invented examples with other names, numbers and layouts, and variants the blind document does not have.

describe("a portal list whose entries print a list position before the item's own number", () => {
  it("takes the own number from a separate element after the position and a drawn bullet", () => {
    const body = `
      <h2>Dagordning</h2>
      <ol class="points">
        <li><span class="idx">1</span><div class="body"><span class="dot">•</span>
          <span class="no">1</span><a href="#p1">Mötets öppnande</a></div></li>
        <li><span class="idx">2</span><div class="body"><span class="dot">•</span>
          <span class="no">2</span><a href="#p2">Val av protokollsjusterare</a></div></li>
        <li class="group"><h4>Ärenden för beslut</h4></li>
        <li><span class="idx">3</span><div class="body"><span class="dot">•</span>
          <span class="no">3</span><a href="#p3">Taxor för kulturskolan 2026</a>
          <div class="dnr">Diarienummer: KFN 2025/140</div></div></li>
        <li><span class="idx">4</span><div class="body"><span class="dot">•</span>
          <span class="no">3 b</span><a href="#p4">Avgiftsbefrielse för syskon</a>
          <div class="dnr">Diarienummer: KFN 2025/141</div></div></li>
        <li><span class="idx">5</span><div class="body"><span class="dot">▪</span>
          <span class="no">4</span><a href="#p5">Riktlinjer för lokalbokning i<br>idrottshallarna</a>
          <div class="dnr">Diarienummer: KFN 2025/120</div></div></li>
        <li class="group"><h4>Informationsärenden</h4></li>
        <li><span class="idx">6</span><div class="body"><span class="dot">•</span>
          <span class="no">5</span><a href="#p6">Besöksstatistik för simhallen</a></div></li>
      </ol>`;
    const agenda = page(body);
    expect(agenda.items.map((item) => [item.number, item.title, item.dnr, item.mbl])).toEqual([
      ["1", "Mötets öppnande", [], null],
      ["2", "Val av protokollsjusterare", [], null],
      ["3", "Taxor för kulturskolan 2026", ["KFN 2025/140"], "mbl11"],
      ["3 b", "Avgiftsbefrielse för syskon", ["KFN 2025/141"], "mbl11"],
      ["4", "Riktlinjer för lokalbokning i idrottshallarna", ["KFN 2025/120"], "mbl11"],
      ["5", "Besöksstatistik för simhallen", [], "mbl19"],
    ]);
  });

  it("takes the own number where the position stands in a block of its own before a numbered line", () => {
    const body = `
      <h2>Ärendelista</h2>
      <ul class="list">
        <li><div class="pos">1</div><p>§ 41 Upprop</p></li>
        <li><div class="pos">2</div><p>§ 42 Detaljplan för Norra kajen, samråd</p><p>Dnr BN 2025/77</p></li>
        <li><div class="pos">3</div><p>§ 43 Bygglov för flerbostadshus, Gran 5</p><p>Dnr BN 2025/81</p></li>
      </ul>`;
    expect(pageRows(body)).toEqual([
      ["§ 41", "Upprop", []],
      ["§ 42", "Detaljplan för Norra kajen, samråd", ["BN 2025/77"]],
      ["§ 43", "Bygglov för flerbostadshus, Gran 5", ["BN 2025/81"]],
    ]);
  });

  it("does the same in the text such a page gives when copied", () => {
    const text = [
      "Tekniska nämnden, sammanträde 2025-05-14",
      "Ärenden",
      "1",
      "• 1",
      "Sammanträdets öppnande",
      "2",
      "• 2",
      "Gatukostnader för Västra området",
      "Dnr TN 2025/31",
      "3",
      "• 2 a",
      "Parkeringstaxa 2026",
      "Dnr TN 2025/36",
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["1", "Sammanträdets öppnande", []],
      ["2", "Gatukostnader för Västra området", ["TN 2025/31"]],
      ["2 a", "Parkeringstaxa 2026", ["TN 2025/36"]],
    ]);
  });
});

describe("items run together on a line, as text without layout gives them", () => {
  it("cuts before a lettered sub-item after its parent's dnr, also where the letters start at B", () => {
    const text = [
      "Kallelse till byggnadsnämnden 2025-04-09",
      "5 Taxa för bygglov 2026 BN/2025:044 5 B Taxa för strandskyddsdispens BN/2025:045 6 Meddelanden",
      "7 Planbesked för Hamnen 2:1 BN/2025:050 7 a Planbesked för Hamnen 2:4 BN/2025:051",
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["5", "Taxa för bygglov 2026", ["BN/2025:044"]],
      ["5 B", "Taxa för strandskyddsdispens", ["BN/2025:045"]],
      ["6", "Meddelanden", []],
      ["7", "Planbesked för Hamnen 2:1", ["BN/2025:050"]],
      ["7 a", "Planbesked för Hamnen 2:4", ["BN/2025:051"]],
    ]);
  });

  it("gives a dnr wrapped to the start of the next line to the item above, and starts the next item", () => {
    const text = [
      "Föredragningslista för kommunstyrelsen 2025-06-02",
      "1 Upprop 2 Budget 2026 med plan för 2027-2028 KS 2025/101",
      "KS 2025/102 3 Köp av fastigheten Ekeby 1:12 KS 2025/130",
      "Dnr KS 2025/131, KS 2025/132 4 Delegationsbeslut KS 2025/2",
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["1", "Upprop", []],
      ["2", "Budget 2026 med plan för 2027-2028", ["KS 2025/101", "KS 2025/102"]],
      ["3", "Köp av fastigheten Ekeby 1:12", ["KS 2025/130", "KS 2025/131", "KS 2025/132"]],
      ["4", "Delegationsbeslut", ["KS 2025/2"]],
    ]);
  });
});

describe("a portal answer that groups its items in sections", () => {
  const meeting = (sections: unknown) => ({
    sammantrade: {
      organ: "Kultur- och fritidsnämnden",
      datum: "2025-03-18",
      sektioner: sections,
    },
  });

  it("reads the items of every section, each under its section's heading", () => {
    const answer = meeting([
      {
        namn: "Inledning",
        arenden: [
          { punkt: "1", rubrik: "Upprop", dnr: [] },
          { punkt: "2", rubrik: "Val av justerare", dnr: [] },
        ],
      },
      {
        namn: "Beslutsärenden",
        arenden: [
          { punkt: "3", rubrik: "Föreningsbidrag 2026", dnr: ["KFN 2025-00031"] },
          { punkt: "3.1", rubrik: "Bidrag till studieförbund", dnr: ["KFN 2025-00032"] },
          { punkt: "4", rubrik: "Öppettider för biblioteken", dnr: ["KFN 2025-00040"] },
        ],
      },
      {
        namn: "Anmälningsärenden",
        arenden: [{ punkt: "5", rubrik: "Delegationsbeslut", dnr: ["KFN 2025-00002"] }],
      },
    ]);
    const agenda = agendaFromPortalJson(answer, null);
    expect([agenda?.committee, agenda?.meetingDate]).toEqual(["Kultur- och fritidsnämnden", "2025-03-18"]);
    expect(agenda?.items.map((item) => [item.number, item.title, item.dnr, item.mbl])).toEqual([
      ["1", "Upprop", [], null],
      ["2", "Val av justerare", [], null],
      ["3", "Föreningsbidrag 2026", ["KFN 2025-00031"], "mbl11"],
      ["3.1", "Bidrag till studieförbund", ["KFN 2025-00032"], "mbl11"],
      ["4", "Öppettider för biblioteken", ["KFN 2025-00040"], "mbl11"],
      ["5", "Delegationsbeslut", ["KFN 2025-00002"], "mbl19"],
    ]);
  });

  it("reads sections keyed by their heading", () => {
    const answer = {
      organ: "Miljönämnden",
      motesdatum: "2025-09-03",
      punkter: {
        "Information enligt MBL § 19": [
          { nr: "6", titel: "Tillsynsrapport första halvåret", diarienr: "MN 2025/88" },
          { nr: "7", titel: "Meddelanden", diarienr: "" },
        ],
        "Samverkas enligt MBL § 11": [
          { nr: "4", titel: "Ny organisation för livsmedelskontrollen", diarienr: "MN 2025/61" },
          { nr: "5", titel: "Taxa för tillsyn enligt miljöbalken", diarienr: "MN 2025/64" },
        ],
      },
    };
    const agenda = agendaFromPortalJson(answer, null);
    expect(agenda?.items.map((item) => [item.number, item.title, item.dnr, item.mbl])).toEqual([
      ["6", "Tillsynsrapport första halvåret", ["MN 2025/88"], "mbl19"],
      ["7", "Meddelanden", [], "mbl19"],
      ["4", "Ny organisation för livsmedelskontrollen", ["MN 2025/61"], "mbl11"],
      ["5", "Taxa för tillsyn enligt miljöbalken", ["MN 2025/64"], "mbl11"],
    ]);
  });
});

describe("the meeting date where the header's first lines are read as a list", () => {
  it("weighs a meeting date below a line taken for an item and dropped against the print date above", () => {
    const text = [
      "HEBY KOMMUN                                   ÄRENDELISTA",
      "Utbildningsnämnden                            Utskrift 2025-01-20 16:02",
      "Protokoll dnr: UN 2025/1",
      "",
      "Sammanträdesdag: 2025-01-29   Tid: 08:30   Plats: Kommunhuset",
      "",
      "1   Upprop",
      "2   Val av justerare",
      "3   Skolskjuts, riktlinjer                  UN 2024/301",
    ].join("\n");
    const agenda = extractAgendaFromText(text);
    expect(agenda.items.map((item) => item.title)).toEqual([
      "Upprop",
      "Val av justerare",
      "Skolskjuts, riktlinjer",
    ]);
    expect([agenda.committee, agenda.meetingDate]).toEqual(["Utbildningsnämnden", "2025-01-29"]);
  });

  it("does so under a list heading that takes the committee's line for an entry", () => {
    const text = [
      "Ovanåkers kommun                         Utsänd 2025-02-03",
      "",
      "DAGORDNING",
      "Socialnämnden",
      "Mötesdatum 2025-02-12 klockan 13.15, Folkets hus",
      "",
      "1   Mötets öppnande",
      "2   Ekonomisk rapport januari        SN 2025/9",
    ].join("\n");
    const agenda = extractAgendaFromText(text);
    expect(agenda.items.map((item) => item.number)).toEqual(["1", "2"]);
    expect([agenda.committee, agenda.meetingDate]).toEqual(["Socialnämnden", "2025-02-12"]);
  });
});

describe("another authority's case number written into the title's wording", () => {
  it("stays in the title and is not the item's dnr", () => {
    const text = [
      "Miljö- och hälsoskyddsnämnden 2025-05-20",
      "1   Yttrande till Länsstyrelsen i ärende 505-2211-2025 om vindkraft     MHN 2025/40",
      "2   Överklagande av beslut i mål 4410-2024-1.2 om förorenad mark        MHN 2024/311",
      "3   Svar på remiss angående ärende 2025/1188 om strandskydd             MHN 2025/52",
      "4   Tillsynsplan 2026                                                  MHN 2025/60",
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["1", "Yttrande till Länsstyrelsen i ärende 505-2211-2025 om vindkraft", ["MHN 2025/40"]],
      ["2", "Överklagande av beslut i mål 4410-2024-1.2 om förorenad mark", ["MHN 2024/311"]],
      ["3", "Svar på remiss angående ärende 2025/1188 om strandskydd", ["MHN 2025/52"]],
      ["4", "Tillsynsplan 2026", ["MHN 2025/60"]],
    ]);
  });
});

describe("unnumbered lines of a text under a group heading", () => {
  it("takes each line at the heading's column as an item, under 'Ärenden' as under 'Föredragningslista'", () => {
    const text = [
      "Kallelse till sammanträde med äldrenämnden",
      "Onsdagen den 15 oktober 2025, klockan 13.30",
      "",
      "Ärenden",
      "Val av justerare",
      "Budget 2026 för äldrenämnden",
      "Dnr ÄN 2025/88",
      "Riktlinjer för trygghetslarm",
      "Dnr ÄN 2025/91",
    ].join("\n");
    expect(textRows(text)).toEqual([
      [null, "Val av justerare", []],
      [null, "Budget 2026 för äldrenämnden", ["ÄN 2025/88"]],
      [null, "Riktlinjer för trygghetslarm", ["ÄN 2025/91"]],
    ]);
  });

  it("takes them under headings that set their class, up to the closing words", () => {
    const text = [
      "Gatunämnden, sammanträde 2025-11-04 kl. 16.00",
      "Beslutsärenden",
      "Reviderad snöröjningsplan",
      "Dnr GN 2025/140",
      "Informationsärenden",
      "Trafiksäkerhetsrapport 2025",
      "",
      "Välkomna!",
    ].join("\n");
    const agenda = extractAgendaFromText(text);
    expect(agenda.items.map((item) => [item.title, item.dnr, item.mbl])).toEqual([
      ["Reviderad snöröjningsplan", ["GN 2025/140"], "mbl11"],
      ["Trafiksäkerhetsrapport 2025", [], "mbl19"],
    ]);
  });
});

describe("the committee named in capitals or as an adjective's committee's own committee", () => {
  it.each([
    ["SAMMANTRÄDE MED VALNÄMNDEN", "Valnämnden"],
    ["KALLELSE TILL MILJÖ- OCH BYGGNADSNÄMNDEN", "Miljö- och byggnadsnämnden"],
    ["TEKNISKA NÄMNDEN – FÖREDRAGNINGSLISTA", "Tekniska nämnden"],
    ["Tekniska nämndens arbetsutskott", "Tekniska nämndens arbetsutskott"],
    ["Kallelse till Sociala nämndens individutskott", "Sociala nämndens individutskott"],
  ])("%s", (header, committee) => {
    const agenda = extractAgendaFromText(
      `${header}\nSammanträde 2025-09-03 kl. 13.00\n1 Upprop\n2 Budget 2026`,
    );
    expect(agenda.committee).toBe(committee);
  });
});

describe("the meeting date among the dates a header gives", () => {
  it.each([
    [["Kallelse daterad 2025-01-20", "Mötesdag 2025-01-29"], "2025-01-29"],
    [["Expedierad 2025-01-20 14:00", "Socialnämnden 2025-01-29"], "2025-01-29"],
    [["Exporterad från ärendesystemet 2025-01-21 10:12", "Socialnämnden", "2025-01-29"], "2025-01-29"],
    [["Skapad 2025-01-21", "Sammanträdestid 29 januari 2025 13.00"], "2025-01-29"],
    [["Socialnämnden 2025-01-29", "Nästa sammanträde 2025-02-26 kl. 13.00"], "2025-01-29"],
    [["Föregående sammanträde 2024-12-11", "Sammanträde 2025-01-29"], "2025-01-29"],
    [["Anmäl förhinder senast 2025-01-27", "Kommunstyrelsen 2025-01-29"], "2025-01-29"],
    [["Ärenden lämnas in senast 2025-01-12", "Kommunstyrelsen 2025-01-29"], "2025-01-29"],
    // The words before a date are its own since the date before it, not the other date's.
    [["Utsänd 2025-01-20, sammanträde 2025-01-29", "Arbetsutskottet 2025-01-15"], "2025-01-29"],
  ])("%j", (texts, date) => {
    expect(findMeta(texts).meetingDate).toBe(date);
  });
});

describe("formal items in the forms agendas write them", () => {
  it.each([
    "Justering",
    "Protokollsjustering",
    "Val av två justerare",
    "Utse justerare",
    "Val av justeringspersoner",
    "Jäv",
    "Anmälan av eventuellt jäv",
    "Genomgång av föregående protokoll",
    "Protokoll från föregående möte",
    "Dagordning",
    "Mötets behörighet",
    "Val av mötessekreterare",
  ])("%s is procedural", (title) => {
    expect(isProcedural(title)).toBe(true);
  });

  it.each([
    "Justering av taxor 2026",
    "Jävsregler i upphandling, utbildning",
    "Val av leverantör för skolskjuts",
    "Protokoll från brandskyddskontroll",
  ])("%s is a case", (title) => {
    expect(isProcedural(title)).toBe(false);
  });
});

describe("a table column that gives each item's class", () => {
  it("reads the class from a 'Typ' or 'Ärendetyp' column, whatever its word", () => {
    const body = `
      <h2>Föredragningslista – Fritidsnämnden 12 november 2025</h2>
      <table><thead><tr><th>Punkt</th><th>Ärende</th><th>Ärendetyp</th><th>Diarienummer</th></tr></thead><tbody>
      <tr><td>1</td><td>Upprop</td><td>Formalia</td><td></td></tr>
      <tr><td>2</td><td>Taxor för idrottsanläggningar 2026</td><td>Beslut</td><td>2025/412</td></tr>
      <tr><td>3</td><td>Föreningsbidrag, utfall 2025</td><td>Info</td><td>2025/388</td></tr>
      <tr><td>4</td><td>Ny simhall, lokalisering</td><td>Beslutsärende</td><td>2025/401</td></tr>
      <tr><td>5</td><td>Besöksstatistik</td><td>För kännedom</td><td></td></tr>
      </tbody></table>`;
    expect(page(body).items.map((item) => [item.number, item.title, item.dnr, item.mbl])).toEqual([
      ["1", "Upprop", [], null],
      ["2", "Taxor för idrottsanläggningar 2026", ["2025/412"], "mbl11"],
      ["3", "Föreningsbidrag, utfall 2025", ["2025/388"], "mbl19"],
      ["4", "Ny simhall, lokalisering", ["2025/401"], "mbl11"],
      ["5", "Besöksstatistik", [], "mbl19"],
    ]);
  });
});

describe("the brackets around an item's dnr and another body's", () => {
  it("go with them, whatever separated them", () => {
    const body = `<h1>Miljönämnden</h1><p>Kallelse till sammanträde 2025-03-19</p>
      <p><strong>§ 13</strong> Tillsynsplan 2025 <em>(MN 2025/4)</em></p>
      <p><strong>§ 14</strong> Yttrande över vindkraft, Berget 1:2 <em>(MN 2025/9, Länsstyrelsens dnr 551-1234-2025)</em></p>
      <p><strong>§ 15</strong> Strandskydd vid Sjövik [MN 2025/12; KS dnr KS 2025/300]</p>`;
    expect(pageRows(body)).toEqual([
      ["§ 13", "Tillsynsplan 2025", ["MN 2025/4"]],
      ["§ 14", "Yttrande över vindkraft, Berget 1:2", ["MN 2025/9"]],
      ["§ 15", "Strandskydd vid Sjövik", ["MN 2025/12"]],
    ]);
  });
});

describe("a title written after a field label", () => {
  it("loses the label, after the number on the line or on the line before", () => {
    const text = [
      "Socialnämnden, sammanträde 2025-06-11 kl 13.00",
      "Punkt 1",
      "Ärende: Justering av protokoll",
      "Punkt 2",
      "Rubrik: Riktlinjer för försörjningsstöd",
      "Dnr: SN 2025/77",
      "3. Ärendemening: Lex Sarah-rapport",
      "Dnr: SN 2025/80",
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["1", "Justering av protokoll", []],
      ["2", "Riktlinjer för försörjningsstöd", ["SN 2025/77"]],
      ["3", "Lex Sarah-rapport", ["SN 2025/80"]],
    ]);
  });
});

describe("portal answers that nest an item's case or interleave its group headings", () => {
  const rows = (value: unknown) =>
    agendaFromPortalJson(value, null)?.items.map((item) => [item.number, item.title, item.dnr, item.mbl]);

  it("reads dnr from a list of case records, not from another body's", () => {
    const answer = {
      meeting: {
        committee: { name: "Tekniska nämnden" },
        date: "2025-05-20T13:00:00",
        items: [
          { order: 1, number: 1, heading: "Val av justerare", cases: [] },
          { order: 2, number: 2, heading: "Renhållningstaxa 2026", cases: [{ caseNumber: "TN 2025/101" }] },
          {
            order: 3,
            number: 3,
            heading: "Gång- och cykelplan",
            cases: [{ caseNumber: "TN 2025/110", registry: "TN" }, { caseNumber: "TN 2025/111" }],
            referrals: [{ from: "Kommunstyrelsen", caseNumber: "KS 2025/90" }],
          },
        ],
      },
    };
    expect(rows(answer)).toEqual([
      ["1", "Val av justerare", [], null],
      ["2", "Renhållningstaxa 2026", ["TN 2025/101"], null],
      ["3", "Gång- och cykelplan", ["TN 2025/110", "TN 2025/111"], null],
    ]);
  });

  it("reads the title and dnr of a case object each record carries", () => {
    const answer = {
      organ: "Socialnämnden",
      sammantradesdatum: "2025-06-03",
      punkter: [
        { punkt: "1", arende: { rubrik: "Upprop", diarienummer: null } },
        { punkt: "2", arende: { rubrik: "Riktlinjer för hemtjänst", diarienummer: "SN 2025/44" } },
        { punkt: "3", arende: { rubrik: "Avgifter 2026", diarienummer: "SN 2025/48" } },
      ],
    };
    expect(rows(answer)).toEqual([
      ["1", "Upprop", [], null],
      ["2", "Riktlinjer för hemtjänst", ["SN 2025/44"], null],
      ["3", "Avgifter 2026", ["SN 2025/48"], null],
    ]);
  });

  it("takes a heading record among the items as the group of those after it", () => {
    const answer = {
      namnd: "Kommunstyrelsen",
      datum: "2025-09-09",
      rader: [
        { typ: "rubrik", text: "Beslutsärenden" },
        { typ: "punkt", nr: "1", text: "Budget 2026", dnr: "KS 2025/200" },
        { typ: "punkt", nr: "2", text: "Skattesats 2026", dnr: "KS 2025/201" },
        { typ: "rubrik", text: "Information enligt MBL § 19" },
        { typ: "punkt", nr: "3", text: "Delårsrapport", dnr: "KS 2025/150" },
      ],
    };
    expect(rows(answer)).toEqual([
      ["1", "Budget 2026", ["KS 2025/200"], "mbl11"],
      ["2", "Skattesats 2026", ["KS 2025/201"], "mbl11"],
      ["3", "Delårsrapport", ["KS 2025/150"], "mbl19"],
    ]);
  });
});

describe("a laid-out table's class column", () => {
  it("gives each row's item its class by the header's column", () => {
    const text = [
      "SOCIALNÄMNDEN                                              Sida 1 av 1",
      "Sammanträdesdag 2025-06-17, klockan 13.15",
      "",
      "Nr   Dnr           Ärende                                   Typ",
      "1                  Val av justerare                         Formalia",
      "2    SN 2025/130   Riktlinjer för boendestöd                Beslut",
      "                   och stöd i ordinärt boende",
      "3    SN 2025/141   Ändring av delegationsordning            Beslutsärende",
      "INFORMATIONSÄRENDEN",
      "4    SN 2025/12    Ekonomisk månadsrapport maj              Info",
      "5                  Övriga frågor                            Formalia",
    ].join("\n");
    const agenda = extractAgendaFromText(text);
    expect(agenda.items.map((item) => [item.number, item.title, item.dnr, item.mbl])).toEqual([
      ["1", "Val av justerare", [], null],
      ["2", "Riktlinjer för boendestöd och stöd i ordinärt boende", ["SN 2025/130"], "mbl11"],
      ["3", "Ändring av delegationsordning", ["SN 2025/141"], "mbl11"],
      ["4", "Ekonomisk månadsrapport maj", ["SN 2025/12"], "mbl19"],
      // A neutral word in the row's own cell wins over the group heading above.
      ["5", "Övriga frågor", [], null],
    ]);
  });
});

describe("registry forms beyond the first families", () => {
  it.each([
    ["Gatubelysning KS.2025.123", ["KS.2025.123"]],
    ["Taxa TN.2024.0311.1 för 2026", ["TN.2024.0311.1"]],
    ["Skolskjuts BoU 2025/12", ["BoU 2025/12"]],
    ["Bygglov MoB 2025/44, MoB 2025/45", ["MoB 2025/44", "MoB 2025/45"]],
    ["Läsårstider 2025/26 Dnr: BUN 25/0056", ["BUN 25/0056"]],
    ["Lokaler, diarienummer 2025.456", ["2025.456"]],
  ])("%s", (text, dnr) => {
    expect(scanDnr(text).found.map((found) => found.dnr)).toEqual(dnr);
  });

  it.each(["Terminstider HT 24/25", "Budget 2025.5 miljoner", "Kvarteret Bo 2025/12"])(
    "%s has none",
    (text) => {
      expect(scanDnr(text).found).toEqual([]);
    },
  );
});

describe("the committee's own label after another body's case", () => {
  it("leaves no part of 'vårt dnr' or 'nämndens dnr' in the title", () => {
    const text = [
      "Kultur- och fritidsnämnden, sammanträde 2025-10-21",
      "1 Remiss från Trafikverket TRV 2025/12345, vårt dnr KFN 2025/190",
      "2 Samråd om vattenplan från Länsstyrelsen, nämndens dnr KFN 2025/191",
      "3 Begäran från Region Norr (RN 2025-0033), vår diarienr KFN 2025/192",
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["1", "Remiss från Trafikverket", ["KFN 2025/190"]],
      ["2", "Samråd om vattenplan från Länsstyrelsen", ["KFN 2025/191"]],
      ["3", "Begäran från Region Norr", ["KFN 2025/192"]],
    ]);
  });
});
