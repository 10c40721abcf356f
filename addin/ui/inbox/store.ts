import type { ClipEnvelope } from "../../../shared/clip/envelope";
import { readStored, writeStored } from "../storage";

/** How a clip reached the pane; shown in the inbox so the user knows where it came from. */
export type ClipVia = "bridge" | "paste" | "file";

export interface InboxClip {
  envelope: ClipEnvelope;
  via: ClipVia;
  receivedAt: string;
}

const KEY = "inbox";

/** The inbox survives closing the pane: it lives in the pane's storage, one entry per clip id. */
export const loadInbox = (): InboxClip[] => readStored<InboxClip[]>(KEY) ?? [];

export interface AddResult {
  inbox: InboxClip[];
  /** Ids now safely stored (new or already there): exactly the ones that may be acknowledged. */
  kept: string[];
}

/**
 * Adds clips idempotently by id (a clip delivered twice is stored once, its first arrival kept). Returns
 * null when storage refused the write, so the caller acknowledges nothing and the extension keeps them.
 */
export function addToInbox(
  envelopes: readonly ClipEnvelope[],
  via: ClipVia,
  now = new Date(),
): AddResult | null {
  const inbox = loadInbox();
  const known = new Set(inbox.map((clip) => clip.envelope.id));
  const added = envelopes
    .filter(
      (envelope, i) => !known.has(envelope.id) && envelopes.findIndex((e) => e.id === envelope.id) === i,
    )
    .map((envelope) => ({ envelope, via, receivedAt: now.toISOString() }));
  const next = [...inbox, ...added];
  if (added.length > 0 && !writeStored(KEY, next)) return null;
  return { inbox: next, kept: envelopes.map((envelope) => envelope.id) };
}

export function removeFromInbox(id: string): InboxClip[] | null {
  const next = loadInbox().filter((clip) => clip.envelope.id !== id);
  return writeStored(KEY, next) ? next : null;
}

/** By meeting date (newest first, undated last), then by source. */
export function sortedInbox(inbox: readonly InboxClip[]): InboxClip[] {
  return [...inbox].sort((a, b) => {
    const dateA = a.envelope.agenda.meetingDate ?? "";
    const dateB = b.envelope.agenda.meetingDate ?? "";
    if (dateA !== dateB) return dateB.localeCompare(dateA);
    return a.envelope.source.title.localeCompare(b.envelope.source.title, "sv");
  });
}
