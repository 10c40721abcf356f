import { asBridgeMessage, type PaneMessage, paneMessageOf } from "../../../shared/clip/bridge-protocol";
import { checkEnvelope } from "../../../shared/clip/envelope";
import type { UserMessage } from "../../../shared/i18n/message";
import type { ReceivedClip } from "./store";

export interface BridgeHandlers {
  /** The extension's bridge answered (it exists on this page). */
  onReady(pending: number): void;
  /** Stores valid clips and returns the ids that are safely kept; only those are acknowledged. */
  receive(clips: ReceivedClip[]): string[];
  /** Clips that failed the envelope schema: why each was refused. */
  refuse(problems: UserMessage[]): void;
}

export interface BridgeClient {
  pull(): void;
  close(): void;
}

/**
 * The pane's side of the bridge (DESIGN §4): messages go to this same window at its exact origin, and only
 * messages from this window and origin that pass the protocol schema are read, so another frame or page
 * can neither feed clips in nor see acknowledgements. Each clip is validated on its own: a bad one is
 * refused and the rest of the batch still arrives.
 */
export function connectBridge(win: Window, handlers: BridgeHandlers): BridgeClient {
  const origin = win.location.origin;
  // An opaque origin ("null", e.g. file://) cannot be targeted exactly; the bridge is then unavailable.
  const usable = origin !== "null";
  const send = (message: PaneMessage) => {
    if (usable) win.postMessage(message, origin);
  };

  function onMessage(event: MessageEvent) {
    if (event.source !== win || event.origin !== origin) return;
    const message = asBridgeMessage(event.data);
    if (!message) return;
    if (message.type === "ready") {
      handlers.onReady(message.pending);
      if (message.pending > 0) send(paneMessageOf({ type: "pull" }));
    } else if (message.type === "clips") {
      const valid: ReceivedClip[] = [];
      const refused: UserMessage[] = [];
      for (const clip of message.clips) {
        const result = checkEnvelope(clip);
        if (result.ok) valid.push({ envelope: result.envelope, notices: result.notices });
        else refused.push(result.problem);
      }
      const kept = valid.length > 0 ? handlers.receive(valid) : [];
      if (kept.length > 0) send(paneMessageOf({ type: "ack", ids: kept }));
      if (refused.length > 0) handlers.refuse(refused);
    }
  }

  win.addEventListener("message", onMessage);
  send(paneMessageOf({ type: "hello" }));
  send(paneMessageOf({ type: "pull" }));
  return {
    pull: () => send(paneMessageOf({ type: "pull" })),
    close: () => win.removeEventListener("message", onMessage),
  };
}
