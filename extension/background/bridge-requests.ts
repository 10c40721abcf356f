import type { ClipQueue } from "../queue/queue";
import { type AckResponse, asWorkerRequest, type PullResponse } from "./worker-messages";

/** What the worker knows of a message's sender (runtime.MessageSender, reduced to what is checked). */
export interface Sender {
  id?: string;
  url?: string;
  /** Present for content scripts; extension pages and other extensions' messages have none. */
  tab?: unknown;
}

export interface BridgeRequestDeps {
  extensionId: string;
  bridgeOrigins(): Promise<string[]>;
  queue: ClipQueue;
}

function originOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
}

/**
 * Answers the bridge content script, and only it: our own extension, from a tab whose frame is on a
 * configured add-in origin. Anything else gets no answer at all, so the queue cannot be read or emptied
 * from a page elsewhere even if it found a way to send runtime messages.
 */
export async function answerBridgeRequest(
  message: unknown,
  sender: Sender,
  deps: BridgeRequestDeps,
): Promise<PullResponse | AckResponse | undefined> {
  const request = asWorkerRequest(message);
  if (!request || sender.id !== deps.extensionId || !sender.tab) return undefined;
  const origin = originOf(sender.url);
  if (!origin || !(await deps.bridgeOrigins()).includes(origin)) return undefined;
  if (request.type === "bridge-pull") return { clips: await deps.queue.pending() };
  const remaining = await deps.queue.acknowledge(request.ids);
  return { ids: request.ids, remaining };
}
