// What Word sends back to the add-in, from the Word double's byte counter (the loaded values as JSON; Word
// on the web carries them in each sync's round trip to the server). A 3,000-paragraph minutes document made
// from the förvaltningsgrupp template with 60 agenda items and 200 marks; and minutes of 3,000 paragraphs
// written without the add-in, read in as "Läs in befintligt protokoll" does.
import { createWordOps } from "../../addin/word/create-word-ops";
import type { ParagraphMark } from "../../addin/word/ops";
import { sampleMeeting } from "../../addin/word/testing/fixtures";
import { templateById } from "../../shared/templates/registry";
import { installWordDouble, type WordDouble } from "../double/word-double/install";
import { ParagraphModel } from "../double/word-double/model";
import type { Bench, BenchRow } from "./types";

const PARAGRAPHS = 3000;
const MARKS = 200;
const AGENDA_ITEMS = 60;
// The pane marks the paragraphs "Läs in befintligt protokoll" found a few at a time (ReadMinutes.tsx).
const BATCH = 5;

const sentence = (i: number) =>
  `Arbetsgivaren redogjorde för punkt ${i}: verksamhetens läge, bemanningen och budgetens utfall hittills i år.`;
const statement = (i: number) =>
  `Kommunal framförde synpunkt ${i} om arbetsmiljön och bemanningen i verksamheten.`;

async function kilobytes(double: WordDouble, operation: () => Promise<unknown>): Promise<number> {
  double.resetSyncs();
  await operation();
  return double.syncs.reduce((sum, sync) => sum + sync.bytes, 0) / 1024;
}

/** Minutes from the template with agenda items, then body text under every heading up to 3,000 paragraphs. */
async function markedMinutes(double: WordDouble): Promise<number[]> {
  const ops = createWordOps();
  await ops.newMinutes(templateById("forvaltningsgrupp")!, sampleMeeting);
  const items = Array.from({ length: AGENDA_ITEMS }, (_, i) => ({
    number: String(i + 1),
    title: `Ärende ${i + 1} till nämnden`,
    dnr: [`SN 2024/${i + 1}`],
    mbl: "mbl11" as const,
    procedural: false,
    links: [],
  }));
  await ops.insertAgendaItems(items, { sectionId: "mbl11" });
  const model = double.model;
  const headings = model.paragraphs.filter((p) => /^Heading[123]$/.test(p.style));
  const perHeading = Math.ceil((PARAGRAPHS - model.paragraphs.length) / headings.length);
  let n = 0;
  const statements: number[] = [];
  for (const heading of headings) {
    let after = model.controls.find((c) => c.first === heading)?.last ?? heading;
    for (let i = 0; i < perHeading && model.paragraphs.length < PARAGRAPHS; i++) {
      const isStatement = n % Math.floor(PARAGRAPHS / MARKS) === 0;
      after = model.insertParagraphAfter(after, isStatement ? statement(n) : sentence(n));
      n++;
    }
  }
  model.paragraphs.forEach((p, i) => {
    if (p.text.startsWith("Kommunal framförde")) statements.push(i);
  });
  const marks: ParagraphMark[] = statements.slice(0, MARKS).map((at) => ({
    kind: "statement",
    orgs: ["kommunal"],
    searchText: model.paragraphs[at]!.text,
    paragraphIndexHint: at,
  }));
  await ops.markParagraphs(marks);
  return statements;
}

/** Minutes written without the add-in: numbered headings, text, and statements the analysis would find. */
function plainMinutes(double: WordDouble): ParagraphMark[] {
  const marks: ParagraphMark[] = [];
  double.model.paragraphs = Array.from({ length: PARAGRAPHS }, (_, i) => {
    if (i % 30 === 0) return new ParagraphModel(`${i / 30 + 1}. Punkt ${i / 30 + 1}`, "Heading1");
    if (i % 15 === 7) {
      marks.push({ kind: "statement", orgs: ["kommunal"], searchText: statement(i), paragraphIndexHint: i });
      return new ParagraphModel(statement(i));
    }
    return new ParagraphModel(sentence(i));
  });
  double.model.selection = double.model.spanOf(double.model.paragraphs[0]!);
  return marks;
}

export const wordBench: Bench = async () => {
  const rows: BenchRow[] = [];
  let double = installWordDouble(globalThis);
  try {
    const ops = createWordOps();
    const statements = await markedMinutes(double);
    // A new statement near the end of the document: everything above it could have been read.
    const target = statements.at(-1)! + 1;
    double.setSelection(target);
    rows.push({
      name: "Word payload: one mark, 3000 paragraphs",
      value: await kilobytes(double, () => ops.markDisagreement(["kommunal"])),
      unit: "KB",
      target: "≤ 10 KB",
    });
    rows.push({
      name: "Word payload: index, 3000 paragraphs, 200 marks",
      value: await kilobytes(double, () => ops.readIndex()),
      unit: "KB",
      target: "≤ 100 KB",
    });
    double.uninstall();

    double = installWordDouble(globalThis);
    const marks = plainMinutes(double);
    const text = new TextEncoder().encode(double.text()).length / 1024;
    const read = await kilobytes(double, async () => {
      await ops.readDocumentText();
      await ops.readIndex();
      for (let i = 0; i < marks.length; i += BATCH) await ops.markParagraphs(marks.slice(i, i + BATCH));
    });
    rows.push({
      name: "Word payload: read existing minutes, 3000 paragraphs",
      value: read,
      unit: "KB",
      target: `each paragraph's text once: ${text.toFixed(0)} KB of text, ${marks.length} marks`,
    });
  } finally {
    double.uninstall();
  }
  return rows;
};
