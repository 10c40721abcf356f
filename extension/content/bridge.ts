import { asPaneMessage, type BridgeMessage, bridgeMessageOf } from "../../shared/clip/bridge-protocol";
import type { AckResponse, PullResponse, WorkerRequest } from "../background/worker-messages";
import { askWorker } from "../platform/runtime";

/**
 * The extension's end of the bridge (DESIGN §4), registered only for the add-in's base URLs (set by the
 * organisation's policy or in the options page). It talks to the task pane with window.postMessage on
 * this same window and to the service worker with runtime messages; the worker owns the queue. Messages from other windows or origins, or that are
 * not the pane's protocol, are ignored without an answer.
 */
const BATCH = 100;

const post = (message: BridgeMessage) => window.postMessage(message, location.origin);
const ask = <T>(request: WorkerRequest) => askWorker<T>(request);

async function sendPending(): Promise<void> {
  const { clips } = await ask<PullResponse>({ type: "bridge-pull" });
  if (clips.length === 0) {
    post(bridgeMessageOf({ type: "clips", clips: [] }));
    return;
  }
  for (let start = 0; start < clips.length; start += BATCH) {
    post(bridgeMessageOf({ type: "clips", clips: clips.slice(start, start + BATCH) }));
  }
}

const isPull = (answer: unknown): answer is PullResponse =>
  typeof answer === "object" && answer !== null && Array.isArray((answer as PullResponse).clips);

// Registered by host and path without the port (Firefox's patterns have none), so the exact base URL is
// the worker's to check: it answers only a page under one (and knows the policy's URLs, which a content
// script cannot read everywhere). Its answer to this first pull is that check. The listener is attached at
// once and waits for it, so an early hello is not missed.
const first: Promise<PullResponse | null> = ask<unknown>({ type: "bridge-pull" }).then(
  (answer) => (isPull(answer) ? answer : null),
  () => null,
);
const allowed: Promise<boolean> = first.then((answer) => answer !== null);

async function onMessage(event: MessageEvent): Promise<void> {
  if (event.source !== window || event.origin !== location.origin) return;
  const message = asPaneMessage(event.data);
  if (!message || !(await allowed)) return;
  if (message.type === "ack") {
    const { ids } = await ask<AckResponse>({ type: "bridge-ack", ids: message.ids });
    post(bridgeMessageOf({ type: "acked", ids }));
    return;
  }
  await sendPending();
}

window.addEventListener("message", (event) => {
  onMessage(event).catch(() => {
    // The worker was unreachable (extension reloading): the pane pulls again on its own schedule.
  });
});

first.then((answer) => {
  if (answer) post(bridgeMessageOf({ type: "ready", pending: answer.clips.length }));
});
