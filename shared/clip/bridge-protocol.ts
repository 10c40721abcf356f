import * as v from "valibot";

/**
 * Messages between the task pane and the extension's bridge content script, over `window.postMessage` on
 * the same window. Both sides check `event.source === window` and the exact origin, then this schema;
 * anything else is ignored. Clips travel as `unknown` and are validated by the pane with the envelope schema,
 * so one bad clip never blocks the rest of a batch.
 *
 * Flow: pane → `pull`; bridge → `clips`; pane stores each valid clip in its inbox, then → `ack` with ids;
 * bridge → `acked` once the extension has dropped them from its queue. Ids are idempotent.
 */
export const BRIDGE_CHANNEL = "samverkansprotokoll-bridge";
const BRIDGE_VERSION = 1;
const MAX_BATCH = 100;

const id = v.pipe(v.string(), v.maxLength(64));
const base = { channel: v.literal(BRIDGE_CHANNEL), version: v.literal(BRIDGE_VERSION) };

const paneMessage = v.variant("type", [
  v.object({ ...base, from: v.literal("pane"), type: v.literal("hello") }),
  v.object({ ...base, from: v.literal("pane"), type: v.literal("pull") }),
  v.object({
    ...base,
    from: v.literal("pane"),
    type: v.literal("ack"),
    ids: v.pipe(v.array(id), v.maxLength(MAX_BATCH)),
  }),
]);

const bridgeMessage = v.variant("type", [
  v.object({ ...base, from: v.literal("bridge"), type: v.literal("ready"), pending: v.number() }),
  v.object({
    ...base,
    from: v.literal("bridge"),
    type: v.literal("clips"),
    clips: v.pipe(v.array(v.unknown()), v.maxLength(MAX_BATCH)),
  }),
  v.object({
    ...base,
    from: v.literal("bridge"),
    type: v.literal("acked"),
    ids: v.pipe(v.array(id), v.maxLength(MAX_BATCH)),
  }),
]);

export type PaneMessage = v.InferOutput<typeof paneMessage>;
export type BridgeMessage = v.InferOutput<typeof bridgeMessage>;

/** The pane's message, or null for anything that is not one (other channel, version, shape). */
export function asPaneMessage(data: unknown): PaneMessage | null {
  const result = v.safeParse(paneMessage, data);
  return result.success ? result.output : null;
}

export function asBridgeMessage(data: unknown): BridgeMessage | null {
  const result = v.safeParse(bridgeMessage, data);
  return result.success ? result.output : null;
}

type WithoutEnvelope<T> = T extends unknown ? Omit<T, "channel" | "version" | "from"> : never;

export function paneMessageOf(message: WithoutEnvelope<PaneMessage>): PaneMessage {
  return { channel: BRIDGE_CHANNEL, version: BRIDGE_VERSION, from: "pane", ...message } as PaneMessage;
}

export function bridgeMessageOf(message: WithoutEnvelope<BridgeMessage>): BridgeMessage {
  return { channel: BRIDGE_CHANNEL, version: BRIDGE_VERSION, from: "bridge", ...message } as BridgeMessage;
}
