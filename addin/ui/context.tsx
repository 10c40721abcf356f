import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { WordOps } from "../word/ops";

/**
 * Everything a pane section needs from outside: the Word operations (one object, so tests swap it) and the
 * announcement channels — a polite status line (for success, or in a warning's tone) and an assertive
 * alert for failures.
 */
export interface PaneServices {
  ops: WordOps;
  announce(message: string): void;
  /** The status line in a warning's tone: done, but with something to read (never green beside a warning). */
  note(message: string): void;
  /** Shows the Swedish message for an error of a Word operation. */
  fail(error: unknown): void;
  /**
   * Shows an already-worded problem (validation and the like): one sentence, and what more there is to know
   * (field by field) folded away under details.
   */
  alert(message: string, details?: readonly string[]): void;
}

export const PaneContext = createContext<PaneServices | null>(null);

export function usePane(): PaneServices {
  const services = useContext(PaneContext);
  if (!services) throw new Error("usePane outside <App>");
  return services;
}
