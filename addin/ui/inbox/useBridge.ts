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

  /** Says "looking for the extension" until it answers, and that it is not there when it does not. */
  function awaitAnswer() {
    clearTimeout(waitTimer.current);
    setState((now) => (now === "connected" ? now : "waiting"));
    waitTimer.current = setTimeout(
      () => setState((now) => (now === "waiting" ? "absent" : now)),
      BRIDGE_WAIT_MS,
    );
  }

  useEffect(() => {
    const connection = connectBridge(window, {
      onReady: () => setState("connected"),
      receive: (clips) => {
        setState("connected");
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
      awaitAnswer();
      client.current?.pull();
    },
  };
}
