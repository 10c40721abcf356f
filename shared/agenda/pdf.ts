import type { Agenda } from "../model/meeting";
import { extractAgendaFromText } from "./extract";

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
  /** Stops after this many pages; agendas are short and a huge file should not hang the popup. */
  maxPages?: number;
}

interface PositionedText {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Text items of one page as lines, top to bottom, items of a line left to right. */
export function linesOfPage(items: readonly PositionedText[]): string[] {
  const sorted = items.filter((item) => item.str.trim() !== "").sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PositionedText[][] = [];
  for (const item of sorted) {
    const line = lines.at(-1);
    const first = line?.[0];
    // Same line when the baselines differ by less than half the text height (superscripts, kerning).
    if (line && first && Math.abs(first.y - item.y) < Math.max(first.height, item.height, 1) / 2)
      line.push(item);
    else lines.push([item]);
  }
  return lines.map((line) => {
    line.sort((a, b) => a.x - b.x);
    let text = "";
    let end = Number.NEGATIVE_INFINITY;
    for (const item of line) {
      // A visible gap between items is a space (or a column break) the PDF does not encode as text.
      const gap = item.x - end;
      if (text && gap > Math.max(item.height, 1) * 0.15 && !/\s$/.test(text)) text += " ";
      text += item.str;
      end = item.x + item.width;
    }
    return text;
  });
}

const loadLegacy = (): Promise<PdfJs> => import("pdfjs-dist/legacy/build/pdf.mjs");

/** The text of a PDF as lines. */
export async function pdfText(data: ArrayBuffer | Uint8Array, options: PdfOptions = {}): Promise<string> {
  const pdfjs = await (options.loadPdfjs ?? loadLegacy)();
  if (options.workerSrc) pdfjs.GlobalWorkerOptions.workerSrc = options.workerSrc;
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
    const pages = Math.min(pdf.numPages, options.maxPages ?? 200);
    const lines: string[] = [];
    for (let number = 1; number <= pages; number++) {
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
      lines.push(...linesOfPage(items));
      page.cleanup();
    }
    return lines.join("\n");
  } finally {
    await task.destroy();
  }
}

/** The agenda of a PDF file. Rejects when the file is not a readable PDF. */
export async function agendaFromPdf(
  data: ArrayBuffer | Uint8Array,
  options: PdfOptions = {},
): Promise<Agenda> {
  return extractAgendaFromText(await pdfText(data, options));
}
