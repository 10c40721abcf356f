import { useLayoutEffect, useRef } from "preact/hooks";

/**
 * Keeps the keyboard user in a list when an entry is removed (its button goes with it, and focus would fall
 * to the page): to the next entry, else the previous one, else the list's heading. Each entry's element to
 * focus carries `data-focus-id` with the entry's id; the heading (h2/h3) must take focus (tabIndex -1).
 */
export function useFocusAfterRemoval<T extends HTMLElement>(ids: readonly string[]) {
  const root = useRef<T>(null);
  const wanted = useRef<string | null>(null);
  useLayoutEffect(() => {
    const id = wanted.current;
    if (id === null) return;
    wanted.current = null;
    const entry = id ? root.current?.querySelector<HTMLElement>(`[data-focus-id="${CSS.escape(id)}"]`) : null;
    (entry ?? root.current?.querySelector<HTMLElement>("h2, h3"))?.focus();
  }, [ids.join("\n")]);
  return {
    root,
    /** Says the entry is being removed; focus moves once the list is drawn without it. */
    removing(id: string) {
      const at = ids.indexOf(id);
      wanted.current = ids[at + 1] ?? ids[at - 1] ?? "";
    },
  };
}
