import type { MessageKey, MessageParams } from "../../shared/i18n/i18n";
import type { Agenda, Notice } from "../../shared/model/meeting";

/** The messages between the popup and its document worker. */
export type DocumentKind = "pdf" | "docx";

export interface WorkerRequest {
  kind: DocumentKind;
  data: ArrayBuffer;
}

export type WorkerReply =
  | { ok: true; agenda: Agenda }
  | { ok: true; html: string; notices: Notice[] }
  | { ok: false; key: MessageKey; params?: MessageParams };

/** Marks the worker's own answers: libraries running in the worker may post messages too. */
export const REPLY_TAG = "sp-agenda-document";

export type TaggedReply = WorkerReply & { tag: typeof REPLY_TAG };

export const isReply = (value: unknown): value is TaggedReply =>
  typeof value === "object" && value !== null && (value as { tag?: unknown }).tag === REPLY_TAG;
