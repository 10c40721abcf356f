import pdfWorkerUrl from "pdfjs-dist/legacy/build/pdf.worker.min.mjs?url";
import type { Agenda } from "../../shared/model/meeting";

/**
 * Agenda documents opened in the popup (an extension page: the PDF library and its worker load from the
 * extension's own files, never in the service worker or a content script). The parsers are imported
 * lazily so the popup opens fast when no document is read.
 */
export type DocumentKind = "pdf" | "docx";

/** Beyond this the popup would stall the browser; the user gets a clear message instead. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** The kind from a MIME type or a file name/URL path, or null when it is neither PDF nor DOCX. */
export function documentKind(nameOrUrl: string, mimeType = ""): DocumentKind | null {
  const type = mimeType.split(";")[0]!.trim().toLowerCase();
  if (type === "application/pdf") return "pdf";
  if (type === DOCX_TYPE) return "docx";
  let path = nameOrUrl;
  try {
    path = new URL(nameOrUrl).pathname;
  } catch {
    // a plain file name
  }
  const lower = path.toLowerCase();
  if (lower.endsWith(".pdf")) return "pdf";
  if (lower.endsWith(".docx")) return "docx";
  return null;
}

export async function agendaFromDocument(kind: DocumentKind, data: ArrayBuffer): Promise<Agenda> {
  if (kind === "pdf") {
    const { agendaFromPdf } = await import("../../shared/agenda/pdf");
    // pdf.js's worker packaged in the extension (matching the legacy build the parser loads): the strict
    // CSP allows scripts from 'self' only, so pdf.js's default worker location would be refused.
    return agendaFromPdf(data, { workerSrc: pdfWorkerUrl });
  }
  const { agendaFromDocx } = await import("../../shared/agenda/docx");
  return agendaFromDocx(data);
}
