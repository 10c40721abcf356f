import * as v from "valibot";

/**
 * Requests from the bridge content script to the service worker. The worker answers only senders on a
 * configured add-in origin, so a page elsewhere cannot read the queue even if it got a script to ask.
 */
const MAX_IDS = 100;

const workerRequest = v.variant("type", [
  v.object({ type: v.literal("bridge-pull") }),
  v.object({
    type: v.literal("bridge-ack"),
    ids: v.pipe(v.array(v.pipe(v.string(), v.maxLength(64))), v.maxLength(MAX_IDS)),
  }),
]);

export type WorkerRequest = v.InferOutput<typeof workerRequest>;

export function asWorkerRequest(value: unknown): WorkerRequest | null {
  const result = v.safeParse(workerRequest, value);
  return result.success ? result.output : null;
}

export type PullResponse = { clips: unknown[] };
export type AckResponse = { ids: string[]; remaining: number };
