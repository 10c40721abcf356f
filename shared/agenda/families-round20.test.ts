import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { extractAgendaFromText } from "./extract";
import { findMeta } from "./meta";
import { parseItemNumber } from "./numbers";
import { agendaFromPdf } from "./pdf";
import { pageRows, textRows } from "./testing/rows";

// The classes of failure blind set 22 showed once read (issue 13, twentieth round): each a root cause in the
// reader, written as a family of invented examples with other bodies, layouts and wording, and a negative.

describe("sub-items lettered with a point ('a.', 'b.')", () => {
  it("reads 'a.' before a capitalised title as a lone letter, not 'A.' (an initial) nor 'a.' before a word", () => {
    expect(parseItemNumber("b.  Avtal om skolskjuts")).toEqual({ number: "b", rest: "Avtal om skolskjuts" });
    expect(parseItemNumber("A. Holm redovisar")).toBeNull();
    expect(parseItemNumber("a. godkänna rapporten")).toBeNull();
    expect(parseItemNumber("a.Budget")).toBeNull();
  });

  it("gives the lettered lines under an item its number, each with its own dnr", () => {
    const text = [
      "Miljönämnden",
      "Sammanträde 2026-04-14",
      "",
      "1.    Val av justerare",
      "",
      "2.    Delgivningar",
      "      a.  Dom från mark- och miljödomstolen om strandskydd",
      "         Dnr: MN 2026/77",
      "      b.  Skrivelse från grannar om buller",
      "         vid återvinningscentralen",
      "         Dnr: MN 2026/81",
      "",
      "3.    Avslutning",
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["1", "Val av justerare", []],
      ["2", "Delgivningar", []],
      ["2 a", "Dom från mark- och miljödomstolen om strandskydd", ["MN 2026/77"]],
      ["2 b", "Skrivelse från grannar om buller vid återvinningscentralen", ["MN 2026/81"]],
      ["3", "Avslutning", []],
    ]);
  });

  it("leaves a lettered list of documents or decision points under its label to the item", () => {
    for (const marker of [".", ")"]) {
      const text = [
        "Miljönämnden",
        "Sammanträde 2026-04-14",
        "",
        "1.    Taxa för livsmedelskontroll",
        "      Bilagor",
        `      a${marker}  Tjänsteskrivelse 2026-03-02`,
        `      b${marker}  Jämförelse med grannkommuner`,
        "",
        "2.    Tillsynsplan 2026",
        "      Förslag till beslut",
        `      a${marker}  Miljönämnden antar planen.`,
        "",
        "3.    Avslutning",
      ].join("\n");
      expect(textRows(text)).toEqual([
        ["1", "Taxa för livsmedelskontroll", []],
        ["2", "Tillsynsplan 2026", []],
        ["3", "Avslutning", []],
      ]);
    }
  });
});

describe("a committee named by its kind before its field ('Nämnd för …')", () => {
  it("takes the indefinite and the definite form, and a field of several words", () => {
    expect(findMeta(["Nämnd för trafik och hamnar", "Sammanträde 2026-02-03"]).committee).toBe(
      "Nämnd för trafik och hamnar",
    );
    expect(
      findMeta(["Kallelse", "Nämnd för kultur, idrott och fritid", "Tid: 2026-02-03 kl. 13.00"]).committee,
    ).toBe("Nämnd för kultur, idrott och fritid");
    expect(findMeta(["Utskottet för regional tillväxt", "Möte 2026-02-03"]).committee).toBe(
      "Utskottet för regional tillväxt",
    );
  });

  it("prefers it over a body named in an item's description", () => {
    const text = [
      "Nämnd för tandvård och läkemedel",
      "Tid: 2026-05-06 kl. 10.00",
      "",
      "1.  Upprop",
      "2.  Plan för tandvårdsstöd",
      "    Regionstyrelsen har begärt en plan för stödet.",
      "3.  Avslutning",
    ].join("\n");
    expect(extractAgendaFromText(text).committee).toBe("Nämnd för tandvård och läkemedel");
  });

  it("leaves a lower-case 'nämnd för' inside a sentence alone", () => {
    expect(findMeta(["Ansökan om en ny nämnd för frågor om trygghet", "Kommunstyrelsen"]).committee).toBe(
      "Kommunstyrelsen",
    );
  });
});

type Cell = [x: number, text: string];

async function pdfOf(rows: Cell[][]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  rows.forEach((row, index) => {
    for (const [x, text] of row) page.drawText(text, { x, y: 790 - index * 14, size: 10, font });
  });
  return doc.save();
}

const pdfRows = async (rows: Cell[][]) =>
  (await agendaFromPdf(await pdfOf(rows))).items.map((item) => [
    item.number,
    item.title,
    item.dnr.join(" | "),
  ]);

describe("a short list of two items beside a sidebar sharing their lines", () => {
  it("parts the items from the sidebar's facts, a date among them", async () => {
    const rows: Cell[][] = [
      [
        [60, "Kallelse"],
        [220, "Fritidsnämnden i Norrvik"],
      ],
      [[220, "Föredragningslista"]],
      [
        [60, "Mötesdag"],
        [220, "1  Upprop och val av justerare"],
      ],
      [
        [60, "2026-03-12"],
        [220, "2  Bidrag till föreningar 2026"],
      ],
      [
        [60, "Lokal"],
        [232, "Dnr FRN 2026/0044"],
      ],
      [[60, "Ishallens kafé"]],
    ];
    expect(await pdfRows(rows)).toEqual([
      ["1", "Upprop och val av justerare", ""],
      ["2", "Bidrag till föreningar 2026", "FRN 2026/0044"],
    ]);
  });

  it("does not part two indented numbered lines with nothing beside them (negative)", async () => {
    const rows: Cell[][] = [
      [[60, "Dagordning"]],
      [[60, "1 Budget 2026 för fritidsgårdarna"]],
      [[72, "Förslag till beslut"]],
      [[130, "1. Nämnden fastställer budgeten."]],
      [[130, "2. Nämnden lämnar rapporten till kommunstyrelsen."]],
      [[60, "2 Avslutning"]],
    ];
    expect((await pdfRows(rows)).map(([number, title]) => [number, title])).toEqual([
      ["1", "Budget 2026 för fritidsgårdarna"],
      ["2", "Avslutning"],
    ]);
  });
});

// Round 19's review notes, checked against counter-examples and narrowed.
describe("a bold cell beside a value in a table without headers", () => {
  const table = (rows: [string, string][]) =>
    `<table>${rows.map(([a, b]) => `<tr><td><p><strong>${a}</strong></p></td><td><p>${b}</p></td></tr>`).join("")}</table>`;

  it("is a sub-item's letter, not a fact's label, where it is one letter ('a.')", () => {
    const body = `<h1>Kallelse</h1><p>Föredragningslista</p>${table([
      ["1.", "Upprop"],
      ["2.", "Delgivningar"],
      ["a.", "Dom från förvaltningsrätten om färdtjänst"],
      ["b.", "Brev från länsstyrelsen om tillsyn"],
      ["3.", "Avslutning"],
    ])}`;
    expect(pageRows(body)).toEqual([
      ["1", "Upprop", []],
      ["2", "Delgivningar", []],
      ["2 a", "Dom från förvaltningsrätten om färdtjänst", []],
      ["2 b", "Brev från länsstyrelsen om tillsyn", []],
      ["3", "Avslutning", []],
    ]);
  });

  it("is still a fact of the item above where it is a word ('Diarienummer', 'Handläggare')", () => {
    const body = `<h1>Kallelse</h1><h2>4 Taxor för hamnen</h2>${table([
      ["Diarienummer", "HN 2026/19 med bilaga"],
      ["Handläggare", "Kim Ny"],
    ])}<h2>5 Avslutning</h2>`;
    expect(pageRows(body)).toEqual([
      ["4", "Taxor för hamnen", ["HN 2026/19"]],
      ["5", "Avslutning", []],
    ]);
  });
});

describe("a running footer set apart by an empty line, dropped even from its first page", () => {
  it("still names the committee where nothing else does", () => {
    const footer = "Gatunämnden        Norrvik kommun        Box 40, 123 45 Norrvik";
    const text = [
      "Kallelse till sammanträde",
      "Tid: 2026-04-09 kl. 18.00",
      "",
      "1  Upprop",
      "2  Parkeringstaxa 2027",
      "   Dnr GN 2026/12",
      "",
      "",
      footer,
      "\f3  Vinterväghållning",
      "   Dnr GN 2026/20",
      "4  Avslutning",
      "",
      "",
      footer,
    ].join("\n");
    const agenda = extractAgendaFromText(text);
    expect(agenda.committee).toBe("Gatunämnden");
    expect(agenda.items.map((item) => [item.number, item.title])).toEqual([
      ["1", "Upprop"],
      ["2", "Parkeringstaxa 2027"],
      ["3", "Vinterväghållning"],
      ["4", "Avslutning"],
    ]);
  });
});
