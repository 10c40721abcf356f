import { useEffect, useRef, useState } from "preact/hooks";
import type { UserMessage } from "../../../shared/i18n/message";
import { connectBridge } from "./bridge";
import type { ReceivedClip } from "./store";

/** How long the pane waits for the extension's bridge before saying it is not there. */
const BRIDGE_WAIT_MS = 3000;

export type BridgeState = "waiting" | "connected" | "absent";

export interface BridgeCallbacks {
  /** Stores valid clips and returns the ids safely kept; only those are acknowledged. */
  receive(clips: ReceivedClip[]): string[];
  /** Clips that failed the envelope schema: why each was refused. */
  refuse(problems: UserMessage[]): void;
  /** The user asked for clips and the extension did not answer: said once per request. */
  noAnswer(): void;
}

/**
 * The connection to the extension's bridge (DESIGN §4) for as long as the pane is open: pulls on start, on
 * request and whenever the pane becomes visible again, and says whether the extension answered.
 */
export function useBridge(callbacks: BridgeCallbacks): { state: BridgeState; pull(): void } {
  const [state, setState] = useState<BridgeState>("waiting");
  // The latest callbacks, so the connection made once always reaches the current inbox.
  const latest = useRef(callbacks);
  latest.current = callbacks;
  const client = useRef<ReturnType<typeof connectBridge> | null>(null);
  const waitTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  /** Whether the extension has answered since the pane last looked for it. */
  const answered = useRef(false);

  /**
   * Says "looking for the extension" until it answers, and that it is not there when it does not; when the
   * user asked (`asked`), that is also the answer to the request.
   */
  function awaitAnswer(asked = false) {
    clearTimeout(waitTimer.current);
    answered.current = false;
    setState((now) => (now === "connected" ? now : "waiting"));
    waitTimer.current = setTimeout(() => {
      if (answered.current) return;
      setState((now) => (now === "waiting" ? "absent" : now));
      if (asked) latest.current.noAnswer();
    }, BRIDGE_WAIT_MS);
  }
  const heard = () => {
    answered.current = true;
    setState("connected");
  };

  useEffect(() => {
    const connection = connectBridge(window, {
      onReady: heard,
      receive: (clips) => {
        heard();
        return latest.current.receive(clips);
      },
      refuse: (problems) => latest.current.refuse(problems),
    });
    client.current = connection;
    awaitAnswer();
    // Clips made while the pane was in the background arrive when it is looked at again.
    const onVisible = () => document.visibilityState === "visible" && connection.pull();
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      clearTimeout(waitTimer.current);
      document.removeEventListener("visibilitychange", onVisible);
      connection.close();
    };
  }, []);

  return {
    state,
    pull() {
      awaitAnswer(true);
      client.current?.pull();
    },
  };
}
