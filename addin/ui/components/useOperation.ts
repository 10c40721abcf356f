import { useState } from "preact/hooks";
import type { WordOps } from "../../word/ops";
import { usePane } from "../context";

/**
 * Runs one Word operation for a button: marks the section busy (buttons disable, so a double click cannot
 * mark twice), announces success, and turns a rejection into the Swedish alert. Resolves to undefined on
 * failure so callers keep what the user typed.
 */
export function useOperation() {
  const pane = usePane();
  const [busy, setBusy] = useState(false);
  async function run<T>(work: (ops: WordOps) => Promise<T>, success?: (result: T) => string) {
    setBusy(true);
    try {
      const result = await work(pane.ops);
      if (success) pane.announce(success(result));
      return { ok: true as const, result };
    } catch (error) {
      pane.fail(error);
      return { ok: false as const };
    } finally {
      setBusy(false);
    }
  }
  return { busy, run };
}
