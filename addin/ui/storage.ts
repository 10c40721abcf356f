/**
 * The pane's own persistence (drafts, rosters, inbox, imported templates) in localStorage, which Office
 * keeps per add-in origin across sessions. Reads never throw (a corrupt or blocked store reads as empty);
 * writes report failure so callers never claim something was kept when it was not.
 */
export const STORAGE_PREFIX = "sp.pane.";

function store(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Some hosts throw on access when storage is disabled.
    return null;
  }
}

export function readStored<T>(key: string): T | null {
  const raw = store()?.getItem(STORAGE_PREFIX + key);
  if (raw == null) return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
}

/** False when the value could not be kept (storage full or disabled). */
export function writeStored(key: string, value: unknown): boolean {
  const target = store();
  if (!target) return false;
  try {
    target.setItem(STORAGE_PREFIX + key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function removeStored(key: string): void {
  store()?.removeItem(STORAGE_PREFIX + key);
}
