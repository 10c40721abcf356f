import "./document-worker-messages";
import pdfWorkerUrl from "pdfjs-dist/legacy/build/pdf.worker.min.mjs?url";
import { AgendaReadError } from "../../shared/agenda/errors";
import { type DocumentKind, REPLY_TAG, type WorkerReply, type WorkerRequest } from "./document-protocol";

/**
 * Reads one agenda document off the popup's thread: a zip bomb, a hostile PDF or a parser's crash ends
 * this worker, never the popup. PDFs come back as an agenda; DOCX files as mammoth's HTML, which the popup
 * turns into a page (a worker has no DOMParser) and reads with the same extractor.
 */
async function read(kind: DocumentKind, data: ArrayBuffer): Promise<WorkerReply> {
  if (kind === "pdf") {
    const { agendaFromPdf } = await import("../../shared/agenda/pdf");
    try {
      // pdf.js's own worker, packaged in the extension (the strict CSP allows scripts from 'self' only),
      // started here and handed over as a port so pdf.js never talks through this worker's own global.
      const workerPort = new Worker(pdfWorkerUrl, { type: "module" });
      try {
        return { ok: true, agenda: await agendaFromPdf(data, { workerPort }) };
      } finally {
        workerPort.terminate();
      }
    } catch (error) {
      // A scanned PDF without text is refused with its own message; anything else pdf.js throws is English.
      if (error instanceof AgendaReadError) return { ok: false, key: error.key, params: error.params };
      return { ok: false, key: "agenda.error.notPdf" };
    }
  }
  const { docxHtml } = await import("../../shared/agenda/docx");
  try {
    return { ok: true, ...(await docxHtml(data)) };
  } catch (error) {
    if (error instanceof AgendaReadError) return { ok: false, key: error.key, params: error.params };
    return { ok: false, key: "agenda.error.notDocx" };
  }
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { kind, data } = event.data;
  self.postMessage({ ...(await read(kind, data)), tag: REPLY_TAG });
};
