// One hostile input, run in a process of its own so its peak memory is its own: builds the input (not
// timed), runs the reader on it, prints {ms, peakMb, outcome} as JSON. Started by agenda-hostile.bench.ts.
import { parseHTML } from "linkedom";
import { agendaFromDocx, withListNumbers } from "../../shared/agenda/docx";
import { tags } from "../../shared/agenda/docx-xml";
import { AgendaReadError } from "../../shared/agenda/errors";
import { extractAgendaFromDocument, extractAgendaFromText } from "../../shared/agenda/extract";
import { htmlDocument } from "../../shared/agenda/node-html";
import { agendaFromPdf } from "../../shared/agenda/pdf";
import type { Agenda } from "../../shared/model/meeting";
import {
  hugeStartDocx,
  manyPagesPdf,
  numberedDocx,
  rowsPage,
  unclosedTagDocx,
  zipBomb,
} from "../fixtures/agenda/hostile";

const MB = 1024 * 1024;
const described = (agenda: Agenda) =>
  `${agenda.items.length} items${agenda.notices?.length ? `, notice ${agenda.notices.map((n) => n.key.split(".").at(-1)).join(", ")}` : ""}`;
const refused = (error: unknown) =>
  error instanceof AgendaReadError ? `refused: ${error.key}` : `failed: ${error}`;

/** Each case: make the input, then the work to time, whose result describes the outcome. */
export const CASES: Record<string, () => Promise<() => Promise<string>>> = {
  "docx-start-500000000": async () => {
    const bytes = await hugeStartDocx("lowerLetter");
    return async () => described(await agendaFromDocx(bytes, { parseHtml: htmlDocument }));
  },
  "docx-bomb-100mb": async () => {
    const bytes = await zipBomb(100 * MB);
    return () => agendaFromDocx(bytes, { parseHtml: htmlDocument }).then(described, refused);
  },
  "docx-bomb-500mb": async () => {
    const bytes = await zipBomb(500 * MB);
    return () => agendaFromDocx(bytes, { parseHtml: htmlDocument }).then(described, refused);
  },
  "docx-bomb-500mb-lying": async () => {
    const bytes = await zipBomb(500 * MB, 1024);
    return () => agendaFromDocx(bytes, { parseHtml: htmlDocument }).then(described, refused);
  },
  "docx-unclosed-tag-200000": async () => {
    const bytes = await unclosedTagDocx(200_000);
    return () => withListNumbers(bytes).then((out) => `numbered, ${out.length} bytes`, refused);
  },
  "docx-xml-unclosed-tag-2000000": async () => {
    const xml = `<${"a".repeat(2_000_000)}`;
    return async () => `${Array.from(tags(xml)).length} tags`;
  },
  "docx-numbered-20000": async () => {
    const bytes = await numberedDocx(20_000);
    return async () => described(await agendaFromDocx(bytes, { parseHtml: htmlDocument }));
  },
  "docx-numbered-80000": async () => {
    const bytes = await numberedDocx(80_000);
    return async () => described(await agendaFromDocx(bytes, { parseHtml: htmlDocument }));
  },
  "pdf-5000-pages": async () => {
    const bytes = await manyPagesPdf(5_000);
    return async () => described(await agendaFromPdf(bytes));
  },
  "page-24000-rows-5mb": async () => {
    const doc = parseHTML(rowsPage(24_000)).document as unknown as Document;
    return async () => described(extractAgendaFromDocument(doc, "https://intra.kommun.example/"));
  },
  "page-100000-rows": async () => {
    const doc = parseHTML(rowsPage(100_000)).document as unknown as Document;
    return async () => described(extractAgendaFromDocument(doc, "https://intra.kommun.example/"));
  },
  "page-nested-100000": async () => {
    const doc = parseHTML(`${"<div>".repeat(100_000)}1 Budget${"</div>".repeat(100_000)}`)
      .document as unknown as Document;
    return async () => described(extractAgendaFromDocument(doc, "https://intra.kommun.example/"));
  },
  "text-1mb-digits": async () => {
    const text = "1".repeat(MB);
    return async () => described(extractAgendaFromText(text));
  },
  "text-1mb-dots": async () => {
    const text = ".".repeat(MB);
    return async () => described(extractAgendaFromText(text));
  },
  "text-1mb-spaces-and-markers": async () => {
    const text = `1 Budget${" ".repeat(MB)}(MBL § 11)`;
    return async () => described(extractAgendaFromText(text));
  },
  "text-100000-lines": async () => {
    const text = Array.from(
      { length: 100_000 },
      (_, i) => `${i + 1}. Ärende ${i + 1}\n   Dnr SN 2024/${i + 1}`,
    ).join("\n");
    return async () => described(extractAgendaFromText(text));
  },
};

const name = process.argv[2] ?? "";
const make = CASES[name];
if (make) {
  const work = await make();
  const start = performance.now();
  const outcome = await work();
  const ms = performance.now() - start;
  // resourceUsage().maxRSS is in kilobytes: the process's peak, its input included.
  console.log(JSON.stringify({ ms, peakMb: process.resourceUsage().maxRSS / 1024, outcome }));
}
