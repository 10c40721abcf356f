import { agendaFromDocxHtml } from "../../shared/agenda/docx";
import { UserError, userMessage } from "../../shared/i18n/message";
import type { Agenda } from "../../shared/model/meeting";
import { type DocumentKind, isReply, type WorkerReply, type WorkerRequest } from "./document-protocol";

/**
 * Agenda documents opened in the popup (an extension page). Each is parsed in a Worker of its own
 * (`document-worker.ts`), so a zip bomb or a hostile PDF can exhaust that worker but never the popup; the
 * worker is ended when it answers, fails or takes longer than a minute.
 */
export type { DocumentKind } from "./document-protocol";

/** Beyond this the popup would stall the browser; the user gets a clear message instead. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/** A document that takes longer than this to read is given up with a message. */
export const DOCUMENT_TIMEOUT_MS = 60_000;

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
  // Meetings Plus serves "…/agenda/kallelse-2025-03-04pdf?downloadMode=open".
  if (lower.endsWith(".pdf") || (lower.endsWith("pdf") && /\/(?:agenda|protocol)\//.test(lower)))
    return "pdf";
  if (lower.endsWith(".docx")) return "docx";
  return null;
}

/** Starts a document worker; tests pass their own. */
export type WorkerFactory = () => Worker;

const defaultWorker: WorkerFactory = () =>
  new Worker(new URL("./document-worker.ts", import.meta.url), { type: "module" });

/** Sends one document to a fresh worker and waits for its answer, a crash or the timeout. */
export function readInWorker(
  request: WorkerRequest,
  start: WorkerFactory = defaultWorker,
  timeoutMs = DOCUMENT_TIMEOUT_MS,
): Promise<WorkerReply> {
  const worker = start();
  return new Promise<WorkerReply>((resolve) => {
    const finish = (reply: WorkerReply) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(reply);
    };
    const timer = setTimeout(() => finish({ ok: false, key: "agenda.error.tooSlow" }), timeoutMs);
    worker.onmessage = (event: MessageEvent<unknown>) => {
      if (isReply(event.data)) finish(event.data);
    };
    // A worker that dies (out of memory, an uncaught error) ends here; its English message is not shown.
    worker.onerror = (event) => {
      event.preventDefault();
      finish({ ok: false, key: "agenda.error.workerFailed" });
    };
    worker.postMessage(request, [request.data]);
  });
}

/**
 * The agenda of a PDF or DOCX, read in a worker. Rejects with a `UserError` carrying the catalogue message,
 * which the popup shows as it is (a plain Error's text would be taken for an unexpected failure).
 */
export async function agendaFromDocument(
  kind: DocumentKind,
  data: ArrayBuffer,
  start: WorkerFactory = defaultWorker,
): Promise<Agenda> {
  const reply = await readInWorker({ kind, data }, start);
  if (!reply.ok) throw new UserError(userMessage(reply.key, reply.params));
  if ("agenda" in reply) return reply.agenda;
  return agendaFromDocxHtml(reply.html, {}, reply.notices);
}
