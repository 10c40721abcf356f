import { describe, expect, it } from "vitest";
import { extractAgendaFromText } from "./extract";
import { isProcedural } from "./procedural";
import { pageRows, textRows } from "./testing/rows";

// The classes of failure blind set 15 showed once read (issue 13, fifteenth round): each a root cause in the
// reader, written as a family of invented examples with other bodies, layouts and wording, and a negative.

describe("a numbered line quoted in a letter's lead, before the list's own heading", () => {
  it("goes where the list under the heading starts again at 1 (an e-mail)", () => {
    const text = [
      "Hej!",
      "",
      "Punkt 6 har bytt rubrik sedan utskottet:",
      "6. Taxa för bygglov 2026",
      "",
      "Föredragningslista",
      "",
      "1. Mötets öppnande",
      "2. Val av justerare",
      "3. Detaljplan för Ekbacken Dnr MBN 2025/118",
      "4. Tillsynsplan 2026 Dnr MBN 2025/120",
      "5. Delegationsbeslut",
      "6. Taxa för bygglov 2026 Dnr MBN 2025/131",
      "7. Övriga frågor",
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["1", "Mötets öppnande", []],
      ["2", "Val av justerare", []],
      ["3", "Detaljplan för Ekbacken", ["MBN 2025/118"]],
      ["4", "Tillsynsplan 2026", ["MBN 2025/120"]],
      ["5", "Delegationsbeslut", []],
      ["6", "Taxa för bygglov 2026", ["MBN 2025/131"]],
      ["7", "Övriga frågor", []],
    ]);
  });

  it("also under 'Dagordning:' with two quoted lines and items written '1)'", () => {
    const text = [
      "Till ledamöterna i kulturnämnden",
      "Två ärenden är nya sedan förra utskicket:",
      "8) Bidrag till studieförbund 2026",
      "9) Konstnärlig gestaltning i Norrby skola",
      "",
      "Dagordning:",
      "1) Sammanträdet öppnas",
      "2) Justering",
      "3) Kulturplan 2026, KN 2025/77",
      "4) Biblioteksplan, KN 2025/80",
      "5) Lokalfrågor",
      "6) Information",
      "7) Taxor 2026",
      "8) Bidrag till studieförbund 2026, KN 2025/91",
      "9) Konstnärlig gestaltning i Norrby skola, KN 2025/93",
    ].join("\n");
    const rows = textRows(text);
    expect(rows.map((row) => row[0])).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9"]);
    expect(rows[7]).toEqual(["8", "Bidrag till studieförbund 2026", ["KN 2025/91"]]);
  });

  it("stays where the list under a repeated heading goes on (a page's running head, no new start)", () => {
    const text = [
      "Föredragningslista",
      "4. Budget 2026 Dnr SN 2025/12",
      "5. Internkontroll Dnr SN 2025/14",
      "",
      "Föredragningslista",
      "6. Rapport om ej verkställda beslut Dnr SN 2025/19",
      "7. Övriga frågor",
    ].join("\n");
    expect(textRows(text).map((row) => row[0])).toEqual(["4", "5", "6", "7"]);
  });
});

/** A laid-out line: each cell at its column, as pdftotext -layout prints a grid. */
const at = (...cells: [number, string][]): string =>
  cells.reduce((line, [col, text]) => `${line.padEnd(col)}${text}`, "").trimEnd();

describe("a dnr cell of a grid that wraps onto the next line", () => {
  const header = at([0, "Nr"], [6, "Ärende"], [58, "Dnr"], [82, "Föredragande"]);

  it("is read whole: a registry's letters cut from their number, a body's label cut from its dnr", () => {
    const text = [
      header,
      at([0, "1"], [6, "Upprop"]),
      at([0, "2"], [6, "Riktlinje för färdtjänst och"], [58, "TN 2025/0140-2.1, TN"], [82, "Eva Lund"]),
      at([6, "riksfärdtjänst"], [58, "2025/0141-2.1"]),
      at([0, "3"], [6, "Yttrande över motion om gång- och"], [58, "TN 2025/0203-1.4 (KS"], [82, "Per Holm"]),
      at([6, "cykelvägar"], [58, "dnr KS 2025/0311)"]),
      at([0, "4"], [6, "Taxor 2026"], [58, "TN 2025/0219-1.2,"], [82, "Eva Lund"]),
      at([58, "TN 2025/0220-1.2"]),
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["1", "Upprop", []],
      ["2", "Riktlinje för färdtjänst och riksfärdtjänst", ["TN 2025/0140-2.1", "TN 2025/0141-2.1"]],
      ["3", "Yttrande över motion om gång- och cykelvägar", ["TN 2025/0203-1.4"]],
      ["4", "Taxor 2026", ["TN 2025/0219-1.2", "TN 2025/0220-1.2"]],
    ]);
  });

  it("also in a grid without a presenter column and a label 'Diarienummer'", () => {
    const text = [
      at([0, "§"], [8, "Ärende"], [64, "Diarienummer"]),
      at([0, "§ 12"], [8, "Detaljplan för kvarteret Lärkan, antagande"], [64, "SBN 2025-000311, SBN"]),
      at([64, "2025-000312"]),
      at([0, "§ 13"], [8, "Bygglov för förskola på Björkhagen 1:4"], [64, "SBN 2025-000401 (Lst"]),
      at([64, "dnr 403-2211-2025)"]),
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["§ 12", "Detaljplan för kvarteret Lärkan, antagande", ["SBN 2025-000311", "SBN 2025-000312"]],
      ["§ 13", "Bygglov för förskola på Björkhagen 1:4", ["SBN 2025-000401"]],
    ]);
  });

  it("also in a grid without a header row: the dnr cell's own column", () => {
    const text = [
      "Kallelse till tekniska nämnden 2025-10-01",
      at([0, "1"], [6, "Upprop"]),
      at([0, "2"], [6, "Riktlinje för färdtjänst"], [58, "TN 2025/0140-2.1, TN"], [82, "Eva Lund"]),
      at([58, "2025/0141-2.1"]),
      at([0, "3"], [6, "Yttrande över motion om cykelvägar"], [58, "TN 2025/0203-1.4 (KS"]),
      at([6, "i Norrby"], [58, "dnr KS 2025/0311)"]),
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["1", "Upprop", []],
      ["2", "Riktlinje för färdtjänst", ["TN 2025/0140-2.1", "TN 2025/0141-2.1"]],
      ["3", "Yttrande över motion om cykelvägar i Norrby", ["TN 2025/0203-1.4"]],
    ]);
  });

  it("is no wrap where the next line starts an item (a sub-item with a dnr of its own)", () => {
    const text = [
      header,
      at([0, "5"], [6, "Delegationsbeslut"]),
      at([6, "a) Beslut om färdtjänst, oktober"], [58, "TN 2025/0198-1.3"]),
      at([6, "b) Ordförandebeslut om vinterväghållning"], [58, "TN 2025/0199-1.3"]),
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["5", "Delegationsbeslut", []],
      ["5 a", "Beslut om färdtjänst, oktober", ["TN 2025/0198-1.3"]],
      ["5 b", "Ordförandebeslut om vinterväghållning", ["TN 2025/0199-1.3"]],
    ]);
  });
});

describe("a sub-item set at the items' title column, its title wrapped back to its marker", () => {
  it("goes on at the marker's column (a grid PDF's hanging sub-items)", () => {
    const text = [
      at([0, "Nr"], [6, "Ärende"], [58, "Dnr"]),
      at([0, "9"], [6, "Internkontrollplan 2026"], [58, "SN 2025/0219"]),
      at([0, "10"], [6, "Anmälningsärenden"]),
      at([6, "a) Delegationsbeslut enligt lagen om stöd och"]),
      at([6, "service (LSS), oktober 2025"]),
      at([6, "b) Ordförandebeslut om ändrade öppettider,"], [58, "SN 2025/0198"]),
      at([6, "Björkgården"]),
      at([6, "c) Protokoll från kommunala pensionärsrådet"]),
      at([6, "2025-09-24"]),
      at([0, "11"], [6, "Övriga frågor"]),
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["9", "Internkontrollplan 2026", ["SN 2025/0219"]],
      ["10", "Anmälningsärenden", []],
      ["10 a", "Delegationsbeslut enligt lagen om stöd och service (LSS), oktober 2025", []],
      ["10 b", "Ordförandebeslut om ändrade öppettider, Björkgården", ["SN 2025/0198"]],
      ["10 c", "Protokoll från kommunala pensionärsrådet 2025-09-24", []],
      ["11", "Övriga frågor", []],
    ]);
  });

  it("also with sub-items '7.1' and a reference to another body's case the break cut after its bracket", () => {
    const text = [
      at([0, "7"], [5, "Meddelanden"]),
      at([5, "7.1 Beslut från Inspektionen för vård och omsorg (IVO:s"]),
      at([5, "dnr 3.5.1-40112/2025)"]),
      at([5, "7.2 Dom från förvaltningsrätten i mål om"]),
      at([5, "bistånd"]),
      at([0, "8"], [5, "Övriga frågor"]),
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["7", "Meddelanden", []],
      ["7.1", "Beslut från Inspektionen för vård och omsorg", []],
      ["7.2", "Dom från förvaltningsrätten i mål om bistånd", []],
      ["8", "Övriga frågor", []],
    ]);
  });

  it("is no wrap in text without layout, where every line starts at the margin", () => {
    const text = [
      "4 Meddelanden",
      "a) Protokoll från pensionärsrådet",
      "Handlingar finns i Meetings",
      "5 Övrigt",
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["4", "Meddelanden", []],
      ["4 a", "Protokoll från pensionärsrådet", []],
      ["5", "Övrigt", []],
    ]);
  });
});

describe("the body that meets, by the role of its words: the one called to the meeting", () => {
  const committee = (head: string[]) =>
    extractAgendaFromText(
      [
        ...head,
        "",
        "1. Val av justerare",
        "2. Budget 2026 Dnr 2025/41",
        "",
        "PROTOKOLLSUTDRAG",
        "Arbetsutskottet, sammanträdesdatum 2025-10-28",
      ].join("\n"),
    ).committee;

  it("is a body named by its kind in lower case after 'sammanträde med' (a federation's direktion)", () => {
    expect(
      committee([
        "Räddningstjänsten Norrdal",
        "Kallelse till sammanträde med direktionen",
        "Tid: 13 november 2025",
      ]),
    ).toBe("Direktionen");
    expect(
      committee(["Kvarnbo Vatten AB", "Kallelse till möte med styrelsen", "Tid: 4 mars 2026 kl. 09.00"]),
    ).toBe("Styrelsen");
  });

  it("is a council or a drafting committee named where it is called or meets, whatever its noun", () => {
    expect(committee(["Kommunala pensionärsrådet kallas till sammanträde 2025-11-20 kl. 14.00"])).toBe(
      "Kommunala pensionärsrådet",
    );
    expect(committee(["Kallelse till sammanträde med demokratiberedningen", "Tid: 2 december 2025"])).toBe(
      "Demokratiberedningen",
    );
    expect(committee(["Funktionshinderrådet sammanträder onsdag 3 december 2025 kl. 10.00"])).toBe(
      "Funktionshinderrådet",
    );
    expect(committee(["Kallelse till pensionärsrådet", "Tid: 2 december 2025 kl. 14.00"])).toBe(
      "Pensionärsrådet",
    );
  });

  it("is not the bare kind where the head names the body in full, nor a council an item names", () => {
    expect(committee(["Socialnämnden", "Kallelse till sammanträde med nämnden 2025-11-20"])).toBe(
      "Socialnämnden",
    );
    expect(committee(["Kallelse 2025-11-20", "Remiss från pensionärsrådet om färdtjänst"])).toBe(
      "Arbetsutskottet",
    );
    expect(committee(["Kallelse till sammanträdet 2025-11-20 kl. 13.00"])).toBe("Arbetsutskottet");
  });
});

describe("a list entry's drawn bullet on a line of its own, before the entry's number", () => {
  const entry = (mark: string, number: string, title: string) =>
    `<li><span class="mark">${mark}</span><br><span class="no">${number}</span> <span class="t">${title}</span><button>Hämta (0)</button></li>`;

  it("is no item (a portal's list: bullet, line break, number, title)", () => {
    const body = `<h2>Föredragningslista</h2><ul>${entry("•", "1", "Val av justerare")}${entry("•", "2", "Budget 2026")}${entry("•", "3", "Övrigt")}</ul>`;
    expect(pageRows(body)).toEqual([
      ["1", "Val av justerare", []],
      ["2", "Budget 2026", []],
      ["3", "Övrigt", []],
    ]);
  });

  it("also drawn as a dash, a square or an arrow", () => {
    for (const mark of ["–", "▪", "›", "*"]) {
      const body = `<h2>Dagordning</h2><ul>${entry(mark, "1", "Upprop")}${entry(mark, "2", "Taxor 2026")}</ul>`;
      expect(pageRows(body).map((row) => row[1])).toEqual(["Upprop", "Taxor 2026"]);
    }
  });

  it("leaves unnumbered entries with words items", () => {
    const body = "<h2>Föredragningslista</h2><ul><li>Val av justerare</li><li>Budget 2026</li></ul>";
    expect(pageRows(body).map((row) => row[1])).toEqual(["Val av justerare", "Budget 2026"]);
  });
});

describe("a row's cells after its dnr cell, where the number stands apart (a status, a time, a presenter)", () => {
  const row = (number: string, ...spans: string[]) =>
    `<div class="r"><span class="n">${number}</span><div class="c">${spans.map((text) => `<span>${text}</span>`).join("")}</div></div>`;

  it("are no part of the title (div and span rows)", () => {
    const body = `<div class="h">Ärenden till nämnden</div>${row("4.", "Budget 2026", "Dnr KFN 2025/0412", "Tillkommande ärende")}${row(
      "5.",
      "Taxor för idrottshallar",
      "Dnr KFN 2025/0431",
      "Bordlagt 2025-09-18",
    )}${row("6.", "Biblioteksplan", "Dnr KFN 2025/0450", "kl. 18.45")}`;
    expect(pageRows(body)).toEqual([
      ["4", "Budget 2026", ["KFN 2025/0412"]],
      ["5", "Taxor för idrottshallar", ["KFN 2025/0431"]],
      ["6", "Biblioteksplan", ["KFN 2025/0450"]],
    ]);
  });

  it("also with a second own dnr in a cell after the first", () => {
    const body = `<div class="h">Beslutsärenden</div>${row("7.", "Ombyggnad av Flatenbadet", "Dnr KFN 2025/0291", "KFN 2025/0292", "Återremitterat")}${row("8.", "Föreningsbidrag", "Dnr KFN 2025/0388")}`;
    expect(pageRows(body)).toEqual([
      ["7", "Ombyggnad av Flatenbadet", ["KFN 2025/0291", "KFN 2025/0292"]],
      ["8", "Föreningsbidrag", ["KFN 2025/0388"]],
    ]);
  });

  it("leave a title of several cells whole where no cell holds a dnr", () => {
    const body = `<div class="h">Beslutsärenden</div>${row("1.", "Val av justerare", "och tid för justering")}${row("2.", "Budget 2026")}`;
    expect(pageRows(body)).toEqual([
      ["1", "Val av justerare och tid för justering", []],
      ["2", "Budget 2026", []],
    ]);
  });
});

describe("slots of the meeting's form: questions of its own people, items added after the kallelse", () => {
  const formal = (titles: string[]) => titles.map((title) => [title, isProcedural(title)]);

  it("are formal, whoever of the meeting asks, and where the agenda reports the items added late", () => {
    const titles = [
      "Frågor från ledamöter",
      "Frågor från nämndens ledamöter",
      "Frågor från ledamöter och ersättare",
      "Frågor från styrelsens ledamöter",
      "Ledamöternas frågor",
      "Frågor från allmänheten",
      "Anmälan av ärenden som tillkommit efter kallelsen",
      "Anmälan av tillkommande ärenden",
      "Tillkommande ärenden",
      "Anmälan av extra ärenden",
    ];
    expect(formal(titles)).toEqual(titles.map((title) => [title, true]));
  });

  it("are no slot where a body's questions or a case are named", () => {
    const titles = [
      "Frågor från pensionärsrådet och rådet för funktionshinderfrågor",
      "Svar på frågor från ledamöter om skolskjutsar",
      "Extra ärende: Hyresavtal för bygdegården",
      "Tillkommande ärende om föreningsbidrag",
    ];
    expect(formal(titles)).toEqual(titles.map((title) => [title, false]));
  });
});

describe("a title label standing before each unnumbered title ('Ärende' / the title)", () => {
  it("labels the title in text: each labelled title an item, its dnr line below it", () => {
    const text = [
      "Föredragningslista",
      "",
      "Ärende",
      "Val av justerare",
      "",
      "Ärende",
      "Detaljplan för Ekbacken",
      "Dnr MBN 2026/118",
      "",
      "Ärende",
      "Tillsynsplan 2026",
      "Dnr MBN 2026/120",
    ].join("\n");
    expect(textRows(text)).toEqual([
      [null, "Val av justerare", []],
      [null, "Detaljplan för Ekbacken", ["MBN 2026/118"]],
      [null, "Tillsynsplan 2026", ["MBN 2026/120"]],
    ]);
  });

  it("also in a page's description list and as 'Rubrik:' paragraphs", () => {
    expect(
      pageRows(
        "<h2>Föredragningslista</h2><dl><dt>Ärende</dt><dd>Val av justerare</dd><dt>Ärende</dt><dd>Budget 2026 Dnr KS 2025/12</dd><dt>Ärende</dt><dd>Taxor 2026 Dnr KS 2025/19</dd></dl>",
      ),
    ).toEqual([
      [null, "Val av justerare", []],
      [null, "Budget 2026", ["KS 2025/12"]],
      [null, "Taxor 2026", ["KS 2025/19"]],
    ]);
    expect(
      pageRows(
        "<h2>Dagordning</h2><p>Rubrik: Upprop</p><p>Rubrik: Budget 2026</p><p>Dnr KS 2025/12</p><p>Rubrik: Taxor 2026</p><p>Dnr KS 2025/19</p>",
      ),
    ).toEqual([
      [null, "Upprop", []],
      [null, "Budget 2026", ["KS 2025/12"]],
      [null, "Taxor 2026", ["KS 2025/19"]],
    ]);
  });

  it("is an item's own field where the agenda numbers its items", () => {
    const text = [
      "1. Upprop",
      "2. Information från förvaltningen",
      "Ärende: lokalförsörjning",
      "3. Övriga frågor",
    ].join("\n");
    expect(textRows(text).map((row) => row[1])).toEqual([
      "Upprop",
      "Information från förvaltningen",
      "Övriga frågor",
    ]);
  });
});

describe("a page of cards read again as the list's entries where its cards outnumber the items read", () => {
  const card = (title: string, dnr: string, tag = "div") =>
    `<${tag} class="kort"><div class="rubrik">${title}</div><div class="nr">${dnr}</div></${tag}>`;

  it("even where a stray heading with a dnr was read as the one item (its dnr no longer gathered there)", () => {
    const body = `<h1>Byggnadsnämnden 12 mars 2026</h1><div class="puff"><h2>Samråd: Detaljplan för Norrby, Dnr BN 2025/99</h2></div>${card(
      "Val av justerare",
      "",
    )}${card("Detaljplan för Ekbacken", "BN 2026/118")}${card("Tillsynsplan 2026", "BN 2026/120")}${card("Taxa för bygglov", "BN 2026/131")}`;
    const rows = pageRows(body);
    expect(rows.slice(1)).toEqual([
      [null, "Val av justerare", []],
      [null, "Detaljplan för Ekbacken", ["BN 2026/118"]],
      [null, "Tillsynsplan 2026", ["BN 2026/120"]],
      [null, "Taxa för bygglov", ["BN 2026/131"]],
    ]);
  });

  it("also with section cards under a heading naming a case of its own", () => {
    const body = `<h3>Lokalförsörjningsplan, dnr KS 2025/400</h3>${card("Budget 2026", "KS 2026/11", "section")}${card(
      "Internkontroll 2026",
      "KS 2026/14",
      "section",
    )}${card("Delårsrapport", "KS 2026/19", "section")}`;
    expect(pageRows(body).slice(-3)).toEqual([
      [null, "Budget 2026", ["KS 2026/11"]],
      [null, "Internkontroll 2026", ["KS 2026/14"]],
      [null, "Delårsrapport", ["KS 2026/19"]],
    ]);
  });

  it("keeps the numbered reading where the cards below it are news, not items", () => {
    const body = `<h2>Föredragningslista</h2><ol><li>Budget 2026, KS 2026/11</li><li>Taxor 2026, KS 2026/12</li></ol>${card(
      "Nyhet: ny e-tjänst",
      "",
    )}${card("Nyhet: öppettider i jul", "")}${card("Nyhet: samråd", "")}`;
    expect(pageRows(body)).toEqual([
      ["1", "Budget 2026", ["KS 2026/11"]],
      ["2", "Taxor 2026", ["KS 2026/12"]],
    ]);
  });
});
