import type { TabClip } from "../clip/clip-tab";
import type { ClipMode } from "../clip/contract";
import { userMessageForError } from "../platform/errors";
import { envelopeFromAgenda } from "../queue/build-envelope";
import type { Problem } from "../queue/problem";
import type { ClipQueue } from "../queue/queue";

export interface ClipToQueueDeps {
  clipTab(tabId: number, mode: ClipMode): Promise<TabClip>;
  queue: ClipQueue;
  /** Keeps the problem (and the clip) for the popup and flags the badge: no popup is open to show it now. */
  reportProblem(problem: Problem): Promise<void>;
}

/**
 * A clip made without the popup (context menu, keyboard command): every item found goes straight into
 * the queue. Any problem is kept rather than lost, and a clip the queue could not store (storage full)
 * is kept with it, so the popup can offer it again. Returns the number of items queued. Throws only when
 * even the problem could not be kept, for the caller to flag on the badge.
 */
export async function clipToQueue(tabId: number, mode: ClipMode, deps: ClipToQueueDeps): Promise<number> {
  let clip: TabClip;
  try {
    clip = await deps.clipTab(tabId, mode);
  } catch (error) {
    clip = { ok: false, error: userMessageForError(error) };
  }
  if (!clip.ok) {
    await deps.reportProblem({ message: clip.error });
    return 0;
  }
  const envelope = envelopeFromAgenda(clip.agenda, clip.source);
  const queued = await deps.queue.enqueue(envelope);
  if (!queued.ok) {
    await deps.reportProblem({ message: queued.error, rescued: envelope });
    return 0;
  }
  return queued.envelope.agenda.items.length;
}
