import type { ClipEnvelope, ClipItem } from "../../../shared/clip/envelope";
import { agendaItemKey } from "../../../shared/document/tags";
import { asUserMessage, type UserMessage } from "../../../shared/i18n/message";
import type { MblClass } from "../../../shared/model/meeting";
import { readStored, writeStored } from "../storage";

/** How a clip reached the pane; shown in the inbox so the user knows where it came from. */
export type ClipVia = "bridge" | "paste" | "file";

/** A clip that passed the envelope, with what the envelope dropped from it on the way in. */
export interface ReceivedClip {
  envelope: ClipEnvelope;
  notices: UserMessage[];
}

export interface InboxClip {
  envelope: ClipEnvelope;
  via: ClipVia;
  receivedAt: string;
  /** MBL classes the user chose in the pane for items the clip left unclassified, by item index. */
  classes?: Record<number, Exclude<MblClass, null>>;
  /**
   * What the envelope dropped from the clip ("Punkt 3 har en länk …"), as catalogue keys so a reload in
   * another language shows it in that language; kept with the clip so the warning outlives the arrival.
   */
  notices?: UserMessage[];
}

/** Notices kept per clip at most; the envelope itself sums up beyond ten items. */
const MAX_NOTICES = 20;

/** The stored notices of a clip that still read as catalogue messages (storage can be edited by hand). */
export function noticesOf(clip: InboxClip): UserMessage[] {
  if (!Array.isArray(clip.notices)) return [];
  return clip.notices.slice(0, MAX_NOTICES).flatMap((notice) => {
    const message = asUserMessage(notice);
    return message ? [message] : [];
  });
}

/** `notices` added to a clip's own, each once. */
function withNotices(clip: InboxClip, notices: readonly UserMessage[]): InboxClip {
  const known = new Set(noticesOf(clip).map((notice) => JSON.stringify(notice)));
  const added = notices.filter((notice) => !known.has(JSON.stringify(notice)));
  if (added.length === 0) return clip;
  return { ...clip, notices: [...noticesOf(clip), ...added].slice(0, MAX_NOTICES) };
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
  /** Clips among these that lost something on the way (their notices are kept with the stored clip). */
  noticed: number;
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
 * stored one in place instead of being listed again; a clip's notices go with its new items, or, when it
 * brought none, to the stored clip holding its first item. Returns null when storage refused the write,
 * so the caller acknowledges nothing and the extension keeps the clips.
 */
export function addToInbox(
  received: readonly ReceivedClip[],
  via: ClipVia,
  now = new Date(),
): AddResult | null {
  const inbox = loadInbox().map((clip) => ({ ...clip, envelope: structuredClone(clip.envelope) }));
  const known = new Set(inbox.map((clip) => clip.envelope.id));
  const where = new Map<string, { clip: number; index: number }>();
  const remember = (clip: number) => {
    inbox[clip]!.envelope.agenda.items.forEach((item, index) => {
      where.set(agendaItemKey(item), { clip, index });
    });
  };
  for (let clip = 0; clip < inbox.length; clip++) remember(clip);
  let added = 0;
  let updated = 0;
  let noticed = 0;
  for (const { envelope, notices } of received) {
    if (known.has(envelope.id)) continue;
    known.add(envelope.id);
    if (notices.length > 0) noticed++;
    const fresh: ClipItem[] = [];
    let holder: number | null = null;
    for (const item of envelope.agenda.items) {
      const stored = where.get(agendaItemKey(item));
      if (stored) {
        inbox[stored.clip]!.envelope.agenda.items[stored.index] = item;
        holder ??= stored.clip;
        updated++;
      } else fresh.push(item);
    }
    if (fresh.length === 0) {
      if (holder !== null) inbox[holder] = withNotices(inbox[holder]!, notices);
      continue;
    }
    const clip: InboxClip = {
      envelope: { ...envelope, agenda: { ...envelope.agenda, items: fresh } },
      via,
      receivedAt: now.toISOString(),
      ...(notices.length > 0 ? { notices: notices.slice(0, MAX_NOTICES) } : {}),
    };
    inbox.push(clip);
    remember(inbox.length - 1);
    added += fresh.length;
  }
  if ((added > 0 || updated > 0) && !writeStored(KEY, inbox)) return null;
  return { inbox, kept: received.map(({ envelope }) => envelope.id), added, updated, noticed };
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
