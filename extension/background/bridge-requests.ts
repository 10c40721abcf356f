import type { MessageSender } from "../platform/runtime";
import type { ClipQueue } from "../queue/queue";
import { isUnderAddinUrl } from "../settings/settings";
import { type AckResponse, asWorkerRequest, type PullResponse } from "./worker-messages";

export interface BridgeRequestDeps {
  extensionId: string;
  /** The add-in's base URLs the bridge may serve: the organisation's (policy) and the user's. */
  addinUrls(): Promise<string[]>;
  queue: ClipQueue;
}

/**
 * Answers the bridge content script, and only it: our own extension, from a tab whose frame is under a
 * configured add-in base URL (origin and path). Anything else gets no answer at all, so the queue can
 * neither be read nor emptied from another page, also not from another path of a shared host.
 */
export async function answerBridgeRequest(
  message: unknown,
  sender: MessageSender,
  deps: BridgeRequestDeps,
): Promise<PullResponse | AckResponse | undefined> {
  const request = asWorkerRequest(message);
  if (!request || sender.id !== deps.extensionId || !sender.tab) return undefined;
  if (!(await deps.addinUrls()).some((base) => isUnderAddinUrl(sender.url, base))) return undefined;
  if (request.type === "bridge-pull") return { clips: await deps.queue.pending() };
  const remaining = await deps.queue.acknowledge(request.ids, "delivered");
  return { ids: request.ids, remaining };
}
