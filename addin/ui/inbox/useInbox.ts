import { useState } from "preact/hooks";
import type { ClipEnvelope, ClipItem } from "../../../shared/clip/envelope";
import type { MblClass } from "../../../shared/model/meeting";
import {
  addToInbox,
  type ClipVia,
  classifyInInbox,
  effectiveItem,
  type InboxClip,
  loadInbox,
  type ReceivedClip,
  removeFromInbox,
  sortedInbox,
} from "./store";

/** Identifies one item of one clip in the inbox (what its checkbox stands for). */
export const itemKey = (clipId: string, index: number) => `${clipId}#${index}`;
const itemKeysOf = (envelope: ClipEnvelope) => envelope.agenda.items.map((_, i) => itemKey(envelope.id, i));

export type Received =
  | { ok: true; kept: string[]; added: number; updated: number; noticed: number }
  | { ok: false };

/**
 * The inbox of clipped agenda items as the pane shows it: the stored clips, which items are chosen for
 * inserting, and the classes the user gave unclassified items. Every change is written to storage first;
 * a write storage refuses changes nothing and reports `null`/`ok: false`, so nothing is claimed kept.
 */
export function useInbox() {
  const [inbox, setInbox] = useState<InboxClip[]>(loadInbox);
  // Items of a clip are chosen when it arrives: the user already picked them when clipping.
  const [chosen, setChosen] = useState<Set<string>>(
    () => new Set(loadInbox().flatMap((clip) => itemKeysOf(clip.envelope))),
  );

  function receive(received: ReceivedClip[], via: ClipVia): Received {
    const before = new Set(loadInbox().map((clip) => clip.envelope.id));
    const result = addToInbox(received, via);
    if (!result) return { ok: false };
    setInbox(result.inbox);
    const fresh = result.inbox.filter((clip) => !before.has(clip.envelope.id));
    setChosen((current) => new Set([...current, ...fresh.flatMap((clip) => itemKeysOf(clip.envelope))]));
    const { kept, added, updated, noticed } = result;
    return { ok: true, kept, added, updated, noticed };
  }

  function toggle(key: string, on: boolean) {
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  }

  /** False when storage refused the change. */
  function remove(id: string): boolean {
    const next = removeFromInbox(id);
    if (next) setInbox(next);
    return next !== null;
  }

  /** False when storage refused the change. */
  function classify(id: string, index: number, mbl: Exclude<MblClass, null> | null): boolean {
    const next = classifyInInbox(id, index, mbl);
    if (next) setInbox(next);
    return next !== null;
  }

  const clips = sortedInbox(inbox);
  /** The chosen items in the order shown, with the classes chosen in the pane. */
  const selected: ClipItem[] = clips.flatMap((clip) =>
    clip.envelope.agenda.items.flatMap((_, i) =>
      chosen.has(itemKey(clip.envelope.id, i)) ? [effectiveItem(clip, i)] : [],
    ),
  );

  return { clips, chosen, selected, receive, toggle, remove, classify };
}
