import { describe, expect, it } from "vitest";
import { textOf, UserError } from "../../shared/i18n/message";
import { REPLY_TAG, type WorkerReply } from "./document-protocol";
import { agendaFromDocument } from "./documents";

/** A worker that answers every request with `reply`, as the document worker posts it. */
function answering(reply: WorkerReply) {
  return () => {
    const worker = {
      onmessage: null as ((event: MessageEvent<unknown>) => void) | null,
      onerror: null,
      terminate() {},
      postMessage() {
        queueMicrotask(() => worker.onmessage?.({ data: { ...reply, tag: REPLY_TAG } } as MessageEvent));
      },
    };
    return worker as unknown as Worker;
  };
}

const refusal = (reply: WorkerReply) =>
  agendaFromDocument("pdf", new ArrayBuffer(8), answering(reply)).then(
    () => null,
    (error: unknown) =>
      error instanceof UserError ? textOf(error.userMessage) : `not a UserError: ${error}`,
  );

describe("agendaFromDocument", () => {
  it("hands the worker's refusal on as a catalogue message the popup shows as it is", async () => {
    expect(await refusal({ ok: false, key: "agenda.error.pdfNoText" })).toBe(
      "PDF:en innehåller ingen text (den är troligen inskannad) och kan därför inte läsas. Be om kallelsen som en PDF med text (sparad från Word eller mötesportalen), eller klipp föredragningslistan från webbsidan.",
    );
    expect(await refusal({ ok: false, key: "agenda.error.zipTooLarge", params: { max: 64 } })).toBe(
      "Word-filen packas upp till mer än 64 MB och läses därför inte. Spara den som PDF och läs in den i stället.",
    );
  });
});
