import type { ClipEnvelope, ClipItem } from "../../../shared/clip/envelope";
import { agendaItemKey } from "../../../shared/document/tags";
import type { MblClass } from "../../../shared/model/meeting";
import { readStored, writeStored } from "../storage";

/** How a clip reached the pane; shown in the inbox so the user knows where it came from. */
export type ClipVia = "bridge" | "paste" | "file";

export interface InboxClip {
  envelope: ClipEnvelope;
  via: ClipVia;
  receivedAt: string;
  /** MBL classes the user chose in the pane for items the clip left unclassified, by item index. */
  classes?: Record<number, Exclude<MblClass, null>>;
}

const KEY = "inbox";

/** The inbox survives closing the pane: it lives in the pane's storage, one entry per clip id. */
export const loadInbox = (): InboxClip[] => readStored<InboxClip[]>(KEY) ?? [];

export interface AddResult {
  inbox: InboxClip[];
  /** Ids now safely stored (new or already there): exactly the ones that may be acknowledged. */
  kept: string[];
  /** Items new to the inbox. */
  added: number;
  /** Items the inbox already held (the same agenda item clipped again): updated in place, not listed twice. */
  updated: number;
}

/** An item as it will be inserted: with the class the user chose in the pane, if any. */
export function effectiveItem(clip: InboxClip, index: number): ClipItem {
  const item = clip.envelope.agenda.items[index] as ClipItem;
  const chosen = clip.classes?.[index];
  return chosen ? { ...item, mbl: chosen } : item;
}

/**
 * Adds clips idempotently: a clip id already stored is ignored, and an agenda item already in the inbox
 * (same `agendaItemKey`, e.g. the same agenda pasted and then delivered through the bridge) replaces the
 * stored one in place instead of being listed again. Returns null when storage refused the write, so the
 * caller acknowledges nothing and the extension keeps the clips.
 */
export function addToInbox(
  envelopes: readonly ClipEnvelope[],
  via: ClipVia,
  now = new Date(),
): AddResult | null {
  const inbox = loadInbox().map((clip) => ({ ...clip, envelope: structuredClone(clip.envelope) }));
  const known = new Set(inbox.map((clip) => clip.envelope.id));
  const where = new Map<string, { clip: InboxClip; index: number }>();
  const remember = (clip: InboxClip) => {
    clip.envelope.agenda.items.forEach((item, index) => {
      where.set(agendaItemKey(item), { clip, index });
    });
  };
  for (const clip of inbox) remember(clip);
  let added = 0;
  let updated = 0;
  for (const envelope of envelopes) {
    if (known.has(envelope.id)) continue;
    known.add(envelope.id);
    const fresh: ClipItem[] = [];
    for (const item of envelope.agenda.items) {
      const stored = where.get(agendaItemKey(item));
      if (stored) {
        stored.clip.envelope.agenda.items[stored.index] = item;
        updated++;
      } else fresh.push(item);
    }
    if (fresh.length === 0) continue;
    const clip: InboxClip = {
      envelope: { ...envelope, agenda: { ...envelope.agenda, items: fresh } },
      via,
      receivedAt: now.toISOString(),
    };
    inbox.push(clip);
    remember(clip);
    added += fresh.length;
  }
  if ((added > 0 || updated > 0) && !writeStored(KEY, inbox)) return null;
  return { inbox, kept: envelopes.map((envelope) => envelope.id), added, updated };
}

export function removeFromInbox(id: string): InboxClip[] | null {
  const next = loadInbox().filter((clip) => clip.envelope.id !== id);
  return writeStored(KEY, next) ? next : null;
}

/** Records the class the user chose for one item; null when storage refused it. */
export function classifyInInbox(
  id: string,
  index: number,
  mbl: Exclude<MblClass, null> | null,
): InboxClip[] | null {
  const next = loadInbox().map((clip) => {
    if (clip.envelope.id !== id) return clip;
    const classes = { ...clip.classes };
    if (mbl) classes[index] = mbl;
    else delete classes[index];
    return { ...clip, classes };
  });
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
