import type { TabClip } from "../clip/clip-tab";
import type { ClipMode } from "../clip/contract";
import { envelopeFromAgenda } from "../queue/build-envelope";
import type { ClipQueue } from "../queue/queue";

export interface ClipToQueueDeps {
  clipTab(tabId: number, mode: ClipMode): Promise<TabClip>;
  queue: ClipQueue;
  /** Keeps a Swedish message for the popup and flags the badge: no popup is open to show it now. */
  reportProblem(message: string): Promise<void>;
}

/**
 * A clip made without the popup (context menu, keyboard command): every item found goes straight into
 * the queue, and any problem is kept rather than lost. Returns the number of items queued.
 */
export async function clipToQueue(tabId: number, mode: ClipMode, deps: ClipToQueueDeps): Promise<number> {
  const clip = await deps.clipTab(tabId, mode);
  if (!clip.ok) {
    await deps.reportProblem(clip.error);
    return 0;
  }
  const queued = await deps.queue.enqueue(envelopeFromAgenda(clip.agenda, clip.source));
  if (!queued.ok) {
    await deps.reportProblem(queued.error);
    return 0;
  }
  return queued.envelope.agenda.items.length;
}
