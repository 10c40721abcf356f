import { describe, expect, it } from "vitest";
import { agendaFromPortalJson } from "./adapters/json";
import { scanDnr } from "./dnr";
import { extractAgendaFromDocument, extractAgendaFromText } from "./extract";
import { htmlDocument } from "./node-html";

// The classes of failure blind set 10 showed once read (issue 13, eleventh round): each a root cause in the
// reader, written as a family of invented examples with other names, numbers and markup.

const dnrOf = (text: string) => scanDnr(text).found.map((dnr) => dnr.dnr);
const restOf = (text: string) => scanDnr(text).rest;
const pageItems = (html: string) =>
  extractAgendaFromDocument(htmlDocument(html), "https://example.org/moten/1").items.map((item) => [
    item.number,
    item.title,
    item.dnr,
  ]);

const textItems = (text: string) =>
  extractAgendaFromText(text).items.map((item) => [item.number, item.title, item.dnr]);

/** A portal answer's meeting with these item records, read as number, title and dnr. */
const portalItems = (records: Record<string, unknown>[]) =>
  agendaFromPortalJson(
    { moteData: { namnd: "Kulturnämnden", datum: "2025-12-03", punkter: records } },
    "https://portal.example.org/api/moten/77",
  )?.items.map((item) => [item.number, item.title, item.dnr]);

describe("a dnr label written twice before the number, as a label element and the value's own name give it", () => {
  it("is one label: the number is labelled and nothing of the labels is left", () => {
    expect(dnrOf("Diarienummer Dnr 2025/31")).toEqual(["2025/31"]);
    expect(restOf("Diarienummer Dnr 2025/31")).toBe("");
    expect(restOf("Ärendenummer: Dnr 2024/7, Dnr 2024/8")).toBe("");
    expect(restOf("Dnr: Diarienr 12-2025")).toBe("");
  });

  it("gives each item of a page of divs its dnr where the value's class names the case number", () => {
    const row = (no: string, title: string, numbers: string[]) =>
      `<div class="pl-row"><div class="pl-nr">${no}</div><div class="pl-titel">${title}</div>` +
      (numbers.length
        ? `<div class="pl-arende"><span class="pl-etikett">Diarienummer</span> ${numbers
            .map((n) => `<span class="pl-case-nr">${n}</span>`)
            .join(", ")}</div>`
        : "") +
      "</div>";
    expect(
      pageItems(
        `<body><div class="pl-lista">${row("1", "Upprop", [])}${row("2", "Taxa för bygglov 2026", ["2025/88"])}${row(
          "3",
          "Detaljplan för Norra hamnen",
          ["2024/310", "2025/12"],
        )}</div></body>`,
      ),
    ).toEqual([
      ["1", "Upprop", []],
      ["2", "Taxa för bygglov 2026", ["2025/88"]],
      ["3", "Detaljplan för Norra hamnen", ["2024/310", "2025/12"]],
    ]);
  });

  it("leaves another body's label before the committee's as another body's", () => {
    expect(scanDnr("Länsstyrelsens dnr 2025/31").found.every((dnr) => dnr.foreign)).toBe(true);
    expect(dnrOf("Kallelse Dnr 2025/31")).toEqual(["2025/31"]);
  });
});

describe("a registry's letters before a classification form ('SBN 4-311-2025', 'UN 1.6-0512/2025')", () => {
  it("are part of the dnr, in each classification form, one or several", () => {
    expect(dnrOf("Dnr BMN 4-311-2025")).toEqual(["BMN 4-311-2025"]);
    expect(dnrOf("Taxa för tillsyn KFN 2-87-2024, KFN 2-88-2024")).toEqual([
      "KFN 2-87-2024",
      "KFN 2-88-2024",
    ]);
    expect(dnrOf("Skolplan UN 1.6-0512/2025")).toEqual(["UN 1.6-0512/2025"]);
    expect(dnrOf("Dnr ÄN 312-2025-1.5.1")).toEqual(["ÄN 312-2025-1.5.1"]);
  });

  it("is read from a table's dnr column with the letters", () => {
    const html =
      "<table><tr><th>Nr</th><th>Ärende</th><th>Diarienummer</th></tr>" +
      "<tr><td>1</td><td>Upprop</td><td></td></tr>" +
      "<tr><td>2</td><td>Renhållningstaxa 2026</td><td>TFN 3-104-2025<br>TFN 3-12-2024</td></tr>" +
      "<tr><td>3</td><td>Vägplan Lyckåsvägen</td><td>TFN 3-96-2025</td></tr></table>";
    expect(pageItems(html)).toEqual([
      ["1", "Upprop", []],
      ["2", "Renhållningstaxa 2026", ["TFN 3-104-2025", "TFN 3-12-2024"]],
      ["3", "Vägplan Lyckåsvägen", ["TFN 3-96-2025"]],
    ]);
  });

  it("takes no word in lower case or mixed case, and no date after the letters", () => {
    expect(dnrOf("Vecka 4-11-2025")).toEqual([]);
    expect(dnrOf("Beslut i AU 4-11-2025")).toEqual([]);
  });
});

describe("a portal record's case numbers in a field whose name means the case number, in any inflection", () => {
  it("reads a form no family knows from 'caseNumbers', 'diarienummerLista', 'dnrList'", () => {
    expect(
      portalItems([
        { nr: "1", rubrik: "Upprop", caseNumbers: [] },
        { nr: "2", rubrik: "Kulturplan 2026", caseNumbers: ["K204-0112/25"] },
        { nr: "3", rubrik: "Bidrag till studieförbund", caseNumbers: ["K204-0098/25", "K204-0041/24"] },
      ]),
    ).toEqual([
      ["1", "Upprop", []],
      ["2", "Kulturplan 2026", ["K204-0112/25"]],
      ["3", "Bidrag till studieförbund", ["K204-0098/25", "K204-0041/24"]],
    ]);
    expect(
      portalItems([
        { nr: "1", rubrik: "Biblioteksplan", dnrList: ["KUN.2025.14"] },
        { nr: "2", rubrik: "Konstinköp", diarienummerLista: ["KUN.2025.20"] },
      ]),
    ).toEqual([
      ["1", "Biblioteksplan", ["KUN.2025.14"]],
      ["2", "Konstinköp", ["KUN.2025.20"]],
    ]);
  });

  it("reads a field that joins a case word and a number word, and a diary object", () => {
    expect(
      portalItems([
        { nr: "1", rubrik: "Kulturplan 2026", errands: [{ errandNumber: "K204-0112/25" }] },
        { nr: "2", rubrik: "Konstinköp", matterNo: "K204-0113/25" },
        { nr: "3", rubrik: "Biblioteksplan", diary: { number: "2025/31" } },
      ]),
    ).toEqual([
      ["1", "Kulturplan 2026", ["K204-0112/25"]],
      ["2", "Konstinköp", ["K204-0113/25"]],
      ["3", "Biblioteksplan", ["2025/31"]],
    ]);
  });

  it("takes no number from another body's field, however it is written, nor a list of ids", () => {
    expect(
      portalItems([
        {
          nr: "1",
          rubrik: "Yttrande över regional kulturplan",
          caseNumbers: ["K204-0120/25"],
          externalCaseNumbers: ["RS 2025/881"],
        },
        { nr: "2", rubrik: "Remiss om museistrategi", remissFranDnr: "KS 2025/412", caseNumbers: [] },
        { nr: "3", rubrik: "Övriga frågor", caseNumbers: [], documentIds: ["88121", "88122"] },
      ]),
    ).toEqual([
      ["1", "Yttrande över regional kulturplan", ["K204-0120/25"]],
      ["2", "Remiss om museistrategi", []],
      ["3", "Övriga frågor", []],
    ]);
  });
});

describe("a bare case number under any label that means the diarienummer", () => {
  it("is labelled after 'Ärende-id', 'Ärendebeteckning', 'Diarie-nummer', 'Registreringsnummer'", () => {
    expect(dnrOf("Ärende-id: 2025/318")).toEqual(["2025/318"]);
    expect(dnrOf("Ärende id 2025/319")).toEqual(["2025/319"]);
    expect(dnrOf("Ärendebeteckning 2024/77, 2025/12")).toEqual(["2024/77", "2025/12"]);
    expect(dnrOf("Diarie-nummer: 2025.456")).toEqual(["2025.456"]);
    expect(dnrOf("Registreringsnummer 0512/2025")).toEqual(["0512/2025"]);
  });

  it("gives the item its dnr on a facts line of its own", () => {
    const html =
      "<div><p>7 Parkeringsnorm för Västra staden</p><p>Ärende-id: 2025/318</p>" +
      "<p>8 Trafikstrategi</p><p>Ärendebeteckning 2025/12</p></div>";
    expect(pageItems(html)).toEqual([
      ["7", "Parkeringsnorm för Västra staden", ["2025/318"]],
      ["8", "Trafikstrategi", ["2025/12"]],
    ]);
  });

  it("is none after 'Ärende' alone or another body's such label", () => {
    expect(dnrOf("Ärende 2025/318")).toEqual([]);
    expect(scanDnr("Länsstyrelsens ärende-id 2025/318").found.every((dnr) => dnr.foreign)).toBe(true);
  });
});

describe("a dnr line giving two or more items their dnr 'respectively' ('resp.', 'respektive')", () => {
  it("gives each item without a dnr of its own its dnr in order, run together or on lines of their own", () => {
    expect(
      textItems(
        "Föredragningslista\n\n3. Skolskjuts 2026  4. Lokalförsörjningsplan\n   Dnr BUN 2025/41 resp. BUN 2025/42\n\n5. Övriga frågor\n",
      ),
    ).toEqual([
      ["3", "Skolskjuts 2026", ["BUN 2025/41"]],
      ["4", "Lokalförsörjningsplan", ["BUN 2025/42"]],
      ["5", "Övriga frågor", []],
    ]);
    expect(
      textItems(
        "Ärenden\n\n6. Taxa för sotning\n7. Taxa för tillsyn\n8. Avgifter för livsmedelskontroll\nDnr: MN 2025/7, MN 2025/8 respektive MN 2025/9\n",
      ),
    ).toEqual([
      ["6", "Taxa för sotning", ["MN 2025/7"]],
      ["7", "Taxa för tillsyn", ["MN 2025/8"]],
      ["8", "Avgifter för livsmedelskontroll", ["MN 2025/9"]],
    ]);
  });

  it("leaves all dnr to the item above without 'resp.', or where the count does not match", () => {
    expect(
      textItems("Ärenden\n\n3. Skolskjuts 2026  4. Lokalförsörjningsplan\n   Dnr BUN 2025/41, BUN 2025/42\n"),
    ).toEqual([
      ["3", "Skolskjuts 2026", []],
      ["4", "Lokalförsörjningsplan", ["BUN 2025/41", "BUN 2025/42"]],
    ]);
    expect(
      textItems(
        "Ärenden\n\n3. Skolskjuts 2026\n   Dnr BUN 2025/40\n4. Lokalförsörjningsplan\n   Dnr BUN 2025/41 resp. BUN 2025/42\n",
      ),
    ).toEqual([
      ["3", "Skolskjuts 2026", ["BUN 2025/40"]],
      ["4", "Lokalförsörjningsplan", ["BUN 2025/41", "BUN 2025/42"]],
    ]);
  });
});

describe("a table row whose number cell holds two items' numbers ('12 13'), as a flattened row gives them", () => {
  const table = (rows: string) =>
    `<table><tr><th>Nr</th><th>Ärende</th><th>Dnr</th></tr><tr><td>7</td><td>Budget 2026</td><td>KFN 2025/3</td></tr>${rows}</table>`;

  it("is one item per number where the title cell has as many capitalised parts, the row's dnr the first's", () => {
    expect(
      pageItems(table("<tr><td>8 9</td><td>Meddelanden Övriga frågor</td><td>KFN 2025/4</td></tr>")),
    ).toEqual([
      ["7", "Budget 2026", ["KFN 2025/3"]],
      ["8", "Meddelanden", ["KFN 2025/4"]],
      ["9", "Övriga frågor", []],
    ]);
    expect(
      pageItems(table("<tr><td>8, 9, 10</td><td>Delegationsbeslut Anmälningar Övrigt</td><td></td></tr>")),
    ).toEqual([
      ["7", "Budget 2026", ["KFN 2025/3"]],
      ["8", "Delegationsbeslut", []],
      ["9", "Anmälningar", []],
      ["10", "Övrigt", []],
    ]);
  });

  it("is left as it was where the parts do not match the numbers or the numbers do not follow each other", () => {
    expect(
      pageItems(table("<tr><td>8 9</td><td>Detaljplan för Norra Hamnen Övriga frågor</td><td></td></tr>")),
    ).toEqual([
      ["7", "Budget 2026", ["KFN 2025/3"]],
      [null, "Detaljplan för Norra Hamnen Övriga frågor", []],
    ]);
    expect(pageItems(table("<tr><td>8 12</td><td>Meddelanden Övriga frågor</td><td></td></tr>"))).toEqual([
      ["7", "Budget 2026", ["KFN 2025/3"]],
      [null, "Meddelanden Övriga frågor", []],
    ]);
  });
});

describe("any dnr-shaped value right after a dnr label", () => {
  it("is the item's: registry letters before a serial and year, or glued in mixed case", () => {
    expect(dnrOf("Dnr: KS 123/2025")).toEqual(["KS 123/2025"]);
    expect(dnrOf("Diarienummer BUN 0045/2025, BUN 0046/2025")).toEqual(["BUN 0045/2025", "BUN 0046/2025"]);
    expect(dnrOf("Dnr: Ks2025/0012")).toEqual(["Ks2025/0012"]);
  });

  it("is none unlabelled, or after another body's label", () => {
    expect(dnrOf("Budget KS 123/2025")).toEqual([]);
    expect(dnrOf("Möte Ks2025/0012")).toEqual([]);
    expect(scanDnr("Finansdepartementets dnr Fi2025/00412").found.every((dnr) => dnr.foreign)).toBe(true);
  });
});

describe("an item's facts as a table of row headers and values ('Diarienummer | 2025/12')", () => {
  it("reads each row as a 'Label: value' line under the item: the dnr row gives the dnr", () => {
    const facts = (rows: string) => `<table>${rows}</table>`;
    const html =
      `<div><h3>4 Renovering av Folkets hus</h3>${facts(
        '<tr><th scope="row">Diarienummer</th><td>2025/118</td></tr><tr><th>Handläggare</th><td>Per Lind</td></tr>',
      )}` +
      `<h3>5 Markanvisning Norrby</h3>${facts("<tr><th>Ärendenummer</th><td>MEX 2025/7, MEX 2025/8</td></tr>")}` +
      `<h3>6 Övriga frågor</h3>${facts("<tr><th>Handläggare</th><td>Per Lind</td></tr>")}</div>`;
    expect(pageItems(html)).toEqual([
      ["4", "Renovering av Folkets hus", ["2025/118"]],
      ["5", "Markanvisning Norrby", ["MEX 2025/7", "MEX 2025/8"]],
      ["6", "Övriga frågor", []],
    ]);
  });

  it("leaves a table numbered in row headers an agenda table", () => {
    const html =
      "<table><tr><th>4</th><td>Budget 2026</td><td>KS 2025/12</td></tr>" +
      "<tr><th>5</th><td>Taxor 2026</td><td>KS 2025/13</td></tr></table>";
    expect(pageItems(html)).toEqual([
      ["4", "Budget 2026", ["KS 2025/12"]],
      ["5", "Taxor 2026", ["KS 2025/13"]],
    ]);
  });
});

describe("a bare number in an element whose accessible or data label names it the case number", () => {
  const row = (no: string, title: string, attribute: string, value: string) =>
    `<div class="rad"><div>${no}</div><div>${title}</div><div ${attribute}>${value}</div></div>`;

  it("is labelled by aria-label, data-label or data-title, as by class or title", () => {
    expect(
      pageItems(
        `<div>${row("3", "Hyresavtal Vallen", 'aria-label="Diarienummer"', "2025/77")}${row(
          "4",
          "Skolskjutsregler",
          'data-label="Dnr"',
          "2025/78",
        )}${row("5", "Lokalplan", 'data-title="Ärendenummer"', "2025/79")}</div>`,
      ),
    ).toEqual([
      ["3", "Hyresavtal Vallen", ["2025/77"]],
      ["4", "Skolskjutsregler", ["2025/78"]],
      ["5", "Lokalplan", ["2025/79"]],
    ]);
  });

  it("is none where the label names something else or the element's link points at a case", () => {
    expect(
      pageItems(
        `<div>${row("3", "Hyresavtal Vallen", 'aria-label="Sammanträdesdatum"', "2025/77")}${row(
          "4",
          "Skolskjutsregler",
          'data-href="/dnr/2025-78"',
          "2025/78",
        )}</div>`,
      ),
    ).toEqual([
      ["3", "Hyresavtal Vallen", []],
      ["4", "Skolskjutsregler", []],
    ]);
  });
});

describe("a title ending in a full stop before its own 'Dnr' ('3. Taxa. Dnr 2025/14')", () => {
  it("keeps the item and its dnr: a capitalised label after a full stop starts a new sentence", () => {
    const text =
      "Föredragningslista\n\n1. Budget 2026\n2. Hamntaxa. Dnr 2025/14\n3. Bygglov Ekudden. Diarienummer: BN 2025/3\n";
    expect(textItems(text)).toEqual([
      ["1", "Budget 2026", []],
      ["2", "Hamntaxa", ["2025/14"]],
      ["3", "Bygglov Ekudden", ["BN 2025/3"]],
    ]);
  });

  it("leaves an abbreviated body's name before a lower-case 'dnr' another body's", () => {
    expect(scanDnr("Skolinsp. dnr 2025/31").found.every((dnr) => dnr.foreign)).toBe(true);
    expect(scanDnr("Länsst. dnr 511-2025").found.every((dnr) => dnr.foreign)).toBe(true);
  });
});

describe("a dnr label on a line of its own with its number on the next, as a narrow PDF cell wraps it", () => {
  it("labels the number below: a bare one too", () => {
    expect(
      textItems(
        "Ärenden\n\n1 Skolplan 2026\n  Dnr\n  2025/12\n2 Elevhälsa\n  Diarienummer:\n  UN 2025/13\n3 Övrigt\n",
      ),
    ).toEqual([
      ["1", "Skolplan 2026", ["2025/12"]],
      ["2", "Elevhälsa", ["UN 2025/13"]],
      ["3", "Övrigt", []],
    ]);
  });

  it("labels no item number, date or words on the next line", () => {
    expect(textItems("Ärenden\n\n1 Skolplan 2026\n  Dnr\n2 Elevhälsa\n  Dnr\n  se bilaga\n")).toEqual([
      ["1", "Skolplan 2026", []],
      ["2", "Elevhälsa", []],
    ]);
  });
});
