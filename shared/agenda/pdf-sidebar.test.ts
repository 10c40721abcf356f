import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { agendaFromPdf } from "./pdf";

// Issue 13, twelfth round: a page whose item column stands beside another column (meeting facts, a
// members list, margin notes) sharing its baselines. Invented PDFs, drawn with pdf-lib.
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

/** Number headings alone on their line, each title on the line below, a sidebar to their left. */
function sidebarPage(label: (n: number) => string, sidebar: string[]): Cell[][] {
  const column: string[][] = [
    [label(1), "Val av justerare"],
    [label(2), "Medborgarförslag om belysning vid Tallbacksskolan"],
    [label(3), "Delårsrapport augusti 2025", "Dnr MN 2025/0318"],
    [label(4), "Taxa för tillsyn enligt miljöbalken 2026", "Dnr MN 2025/0402"],
  ];
  const right = column.flatMap(([head, ...rest]) => [
    [200, head!] as Cell,
    ...rest.map((text) => [212, text] as Cell),
  ]);
  const rows: Cell[][] = [
    [
      [60, "Kallelse"],
      [200, "Miljönämnden i Lövsta kommun"],
    ],
    [],
  ];
  right.forEach((cell, index) => {
    const side = sidebar[index];
    rows.push(side === undefined ? [cell] : [[60, side], cell]);
  });
  return rows;
}

const expected = [
  ["Val av justerare", ""],
  ["Medborgarförslag om belysning vid Tallbacksskolan", ""],
  ["Delårsrapport augusti 2025", "MN 2025/0318"],
  ["Taxa för tillsyn enligt miljöbalken 2026", "MN 2025/0402"],
];

const read = async (rows: Cell[][]) =>
  (await agendaFromPdf(await pdfOf(rows))).items.map((item) => [item.title, item.dnr.join(" | ")]);

describe("an item column beside a sidebar in a PDF", () => {
  it("reads 'Ärende N' headings beside a column of meeting facts", async () => {
    const facts = [
      "Tid",
      "onsdag 2025-10-08",
      "kl. 09.00",
      "Plats",
      "Lövstasalen",
      "Ordförande",
      "Eva Lind (C)",
    ];
    expect(await read(sidebarPage((n) => `Ärende ${n}`, facts))).toEqual(expected);
  });

  it("reads '§ N' headings beside a members list", async () => {
    const members = [
      "Ledamöter",
      "Per Holm (M)",
      "Sara Ek (S)",
      "Ali Demir (V)",
      "Lena Berg (KD)",
      "Jon Sund (L)",
    ];
    expect(await read(sidebarPage((n) => `§ ${n + 40}`, members))).toEqual(expected);
  });

  it("reads bare numbers alone on their line beside margin notes", async () => {
    const notes = ["Anteckningar", "Bilagor skickas", "separat", "Handlingar finns", "i Netpublicator"];
    expect(await read(sidebarPage((n) => `${n}.`, notes))).toEqual(expected);
  });

  it("does not split a page at a column of figures standing alone on their lines", async () => {
    const rows: Cell[][] = [
      [[60, "1 Budgetuppföljning"]],
      [
        [72, "Kostnader"],
        [300, "12"],
      ],
      [
        [72, "Intäkter"],
        [300, "13"],
      ],
      [
        [72, "Netto"],
        [300, "14"],
      ],
      [[60, "2 Taxor 2026"]],
    ];
    const items = (await agendaFromPdf(await pdfOf(rows))).items;
    expect(items.map((item) => [item.number, item.title])).toEqual([
      ["1", "Budgetuppföljning Kostnader Intäkter Netto"],
      ["2", "Taxor 2026"],
    ]);
  });
});

/** A PDF whose narrow sidebar is written whole before the items (a text frame of its own), at `itemX`. */
async function framedPdf(sidebar: string[], items: string[], itemX: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  page.drawText("Kallelse Fritidsnämnden 2025-10-08", { x: 50, y: 790, size: 12, font });
  for (const [index, text] of sidebar.entries())
    page.drawText(text, { x: 50, y: 760 - index * 14, size: 10, font });
  for (const [index, text] of items.entries()) {
    const x = text.startsWith("Dnr") ? itemX + 10 : itemX;
    page.drawText(text, { x, y: 760 - index * 14, size: 10, font });
  }
  return doc.save();
}

describe("a PDF whose layout numbers nothing", () => {
  const items = [
    "1 Val av justerare",
    "2 Budget 2026",
    "Dnr FN 2025/12",
    "3 Taxor 2026",
    "Dnr FN 2025/14",
    "4 Övriga frågor",
  ];
  const expectedItems = [
    ["1", "Val av justerare", ""],
    ["2", "Budget 2026", "FN 2025/12"],
    ["3", "Taxor 2026", "FN 2025/14"],
    ["4", "Övriga frågor", ""],
  ];
  const readFramed = async (sidebar: string[], list: string[], itemX: number) =>
    (await agendaFromPdf(await framedPdf(sidebar, list, itemX))).items.map((item) => [
      item.number,
      item.title,
      item.dnr.join(" | "),
    ]);

  it("is read again in the PDF's own order when a narrow sidebar shares the items' lines", async () => {
    expect(await readFramed(["Tid", "kl 18", "Plats", "Aulan", "Ordf.", "Eva Lind"], items, 100)).toEqual(
      expectedItems,
    );
    expect(await readFramed(["Ledamöter", "Per Holm", "Sara Ek", "Ali Demir"], items, 115)).toEqual(
      expectedItems,
    );
  });

  it("keeps the first reading where the second numbers nothing either", async () => {
    const prose = ["Välkomna till", "sammanträdet.", "Handlingarna", "kommer senare."];
    expect(await readFramed(["Tid", "kl 18"], prose, 100)).toEqual([]);
  });
});

// Issue 13, sixteenth round (blind set 17): a number column ("Punkt 4") whose titles stand beside it in a
// second column, some with lettered sub-items set at the title's edge.
describe("a column of item numbers with their titles beside them and sub-items under the titles", () => {
  const numberColumn = (label: (n: number) => string, titleX: number): Cell[][] => [
    [[60, "Dagordning"]],
    [
      [60, label(1)],
      [titleX, "Mötets öppnande"],
    ],
    [
      [60, label(2)],
      [titleX, "Budget 2026 för förbundet"],
    ],
    [[titleX, "Dnr 012 – 044 / 25"]],
    [
      [60, label(3)],
      [titleX, "Anmälningsärenden"],
    ],
    [[titleX, "3 a   Protokoll från arbetsutskottet"]],
    [[titleX, "3 b   Delegationsbeslut"]],
    [[titleX, "3 c   Cirkulär från SKR"]],
    [
      [60, label(4)],
      [titleX, "Övriga frågor"],
    ],
  ];
  const expectedRows = [
    ["1", "Mötets öppnande", ""],
    ["2", "Budget 2026 för förbundet", "012 – 044 / 25"],
    ["3", "Anmälningsärenden", ""],
    ["3 a", "Protokoll från arbetsutskottet", ""],
    ["3 b", "Delegationsbeslut", ""],
    ["3 c", "Cirkulär från SKR", ""],
    ["4", "Övriga frågor", ""],
  ];
  const readRows = async (rows: Cell[][]) =>
    (await agendaFromPdf(await pdfOf(rows))).items.map((item) => [
      item.number,
      item.title,
      item.dnr.join(" | "),
    ]);

  it("reads each number with the title on its line, not the numbers first", async () => {
    expect(await readRows(numberColumn((n) => `Punkt ${n}`, 160))).toEqual(expectedRows);
    expect(await readRows(numberColumn((n) => `Ärende ${n}`, 200))).toEqual(expectedRows);
    expect(await readRows(numberColumn((n) => `${n}.`, 140))).toEqual(expectedRows);
  });

  it("still reads a page of two columns of titled entries left column first (negative)", async () => {
    const rows: Cell[][] = [
      [[60, "Föredragningslista"]],
      [
        [60, "1 Val av justerare"],
        [320, "4 Taxor 2026"],
      ],
      [
        [60, "2 Budget 2026"],
        [320, "5 Delegationsbeslut"],
      ],
      [
        [60, "3 Detaljplan för Ekbo"],
        [320, "6 Övriga frågor"],
      ],
    ];
    expect((await agendaFromPdf(await pdfOf(rows))).items.map((item) => [item.number, item.title])).toEqual([
      ["1", "Val av justerare"],
      ["2", "Budget 2026"],
      ["3", "Detaljplan för Ekbo"],
      ["4", "Taxor 2026"],
      ["5", "Delegationsbeslut"],
      ["6", "Övriga frågor"],
    ]);
  });
});
