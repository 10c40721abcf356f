import type { Agenda } from "../model/meeting";
import { AgendaReadError } from "./errors";
import { extractAgendaFromText } from "./extract";
import { withNotice } from "./notices";
import { layoutPage, type PositionedText } from "./pdf-layout";

/**
 * PDF agendas: pdf.js reads the text items of each page, which are grouped into lines by their
 * baseline and then go through the same item parser as plain text. pdf.js is imported on first use so
 * it never weighs on a page that does not open a PDF (and never enters a content script).
 */
type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

export interface PdfOptions {
  /**
   * Loads pdf.js. Default: the legacy build, which also runs in Node 20. An extension page may pass
   * `() => import("pdfjs-dist")` for the modern build.
   */
  loadPdfjs?: () => Promise<PdfJs>;
  /**
   * URL of pdf.js's worker script (`pdf.worker.min.mjs` copied into the extension). Without it pdf.js
   * parses on the calling thread ("fake worker"), which is fine in Node and for agenda-sized files.
   */
  workerSrc?: string;
  /** A pdf.js worker already started (inside a Worker of our own, pdf.js gets its port, not the global's). */
  workerPort?: Worker;
  /** Stops after this many pages (default 200); agendas are short and a huge file must not hang the popup. */
  maxPages?: number;
}

export const MAX_PDF_PAGES = 200;

/** The laid-out text of a PDF's pages (form feed between pages), and how many pages it has and were read. */
export interface PdfText {
  text: string;
  /** The same text in the order the PDF writes it, a line per baseline: a second reading (see agendaFromPdf). */
  stream: string;
  pages: number;
  read: number;
}

const loadLegacy = (): Promise<PdfJs> => import("pdfjs-dist/legacy/build/pdf.mjs");

/** The text of a PDF, laid out line by line (see pdf-layout), up to `maxPages` pages. */
export async function pdfText(data: ArrayBuffer | Uint8Array, options: PdfOptions = {}): Promise<PdfText> {
  const pdfjs = await (options.loadPdfjs ?? loadLegacy)();
  if (options.workerSrc) pdfjs.GlobalWorkerOptions.workerSrc = options.workerSrc;
  if (options.workerPort) pdfjs.GlobalWorkerOptions.workerPort = options.workerPort;
  // pdf.js takes ownership of the buffer it is given (and refuses Node Buffers): pass a plain copy.
  const bytes = data instanceof Uint8Array ? new Uint8Array(data) : new Uint8Array(data.slice(0));
  // Only the text is read, so font files are never needed: errors only, no font warnings.
  const task = pdfjs.getDocument({
    data: bytes,
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  const pdf = await task.promise;
  try {
    const read = Math.min(pdf.numPages, options.maxPages ?? MAX_PDF_PAGES);
    const pages: string[] = [];
    const streams: string[] = [];
    for (let number = 1; number <= read; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const items: PositionedText[] = [];
      for (const item of content.items) {
        if (!("str" in item)) continue;
        items.push({
          str: item.str,
          x: item.transform[4] ?? 0,
          y: item.transform[5] ?? 0,
          width: item.width,
          height: item.height,
        });
      }
      pages.push(layoutPage(items).join("\n"));
      streams.push(inWrittenOrder(items));
      page.cleanup();
    }
    return { text: pages.join("\n\f"), stream: streams.join("\n\f"), pages: pdf.numPages, read };
  } finally {
    await task.destroy();
  }
}

/** A page's text items in the order the PDF writes them (a text frame, a column, at a time), a line per baseline. */
function inWrittenOrder(items: readonly PositionedText[]): string {
  const lines: string[] = [];
  let line = "";
  let previous: PositionedText | null = null;
  for (const item of items) {
    if (previous && Math.abs(previous.y - item.y) >= Math.max(previous.height, item.height, 1) / 2) {
      lines.push(line);
      line = "";
    }
    line = line && item.str ? `${line} ${item.str}` : line + item.str;
    previous = item;
  }
  lines.push(line);
  return lines.join("\n");
}

const numbers = (agenda: Agenda): number => agenda.items.filter((item) => item.number !== null).length;

/**
 * The agenda of a PDF file, with a notice when pages were left unread. Rejects with an `AgendaReadError`
 * when it is no readable PDF (pdf.js's exceptions are English) or has no text layer: a scanned page gives
 * pdf.js no text items, and "0 items" would not tell the user why.
 */
export async function agendaFromPdf(
  data: ArrayBuffer | Uint8Array,
  options: PdfOptions = {},
): Promise<Agenda> {
  const { text, stream, pages, read } = await pdfText(data, options).catch((error: unknown) => {
    throw error instanceof AgendaReadError ? error : new AgendaReadError("agenda.error.notPdf");
  });
  if (!/\S/.test(text)) throw new AgendaReadError("agenda.error.pdfNoText");
  let agenda = extractAgendaFromText(text);
  // A layout that numbers nothing (a column beside the items that the layout could not part from them) is
  // read again in the PDF's own order, where a text frame or a column comes whole.
  if (numbers(agenda) === 0) {
    const written = extractAgendaFromText(stream);
    if (numbers(written) > 0) agenda = written;
  }
  if (read >= pages) return agenda;
  return withNotice(agenda, { key: "agenda.notice.pagesCut", params: { read, pages } });
}
