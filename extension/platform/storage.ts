import browser from "webextension-polyfill";
import { type Language, setLanguage } from "../../shared/i18n/i18n";
import { createProblemStore } from "../queue/problem-store";
import { createQueue, type Exclusive } from "../queue/queue";
import { browserLanguage } from "./locale";
import { readSettings } from "./settings-store";

/**
 * The extension's state, all in storage.local: the worker keeps nothing in globals, and the popup, the
 * options page and the worker see one truth.
 */

/** A Web Lock is shared by the worker and the extension's pages, so their queue writes never interleave. */
const queueLock: Exclusive = (task) => navigator.locks.request("sp-clip-queue", task);

export const extensionQueue = () => createQueue(browser.storage.local, queueLock);

/** Applies the chosen language, or the browser's, before anything is rendered. */
export async function applyLanguage(): Promise<Language> {
  const { language } = await readSettings();
  const chosen = language ?? browserLanguage();
  setLanguage(chosen);
  return chosen;
}

/** Calls back when one of the keys changes in storage.local or storage.session; returns the unsubscribe. */
export function onStorageChanged(keys: readonly string[], listener: () => void): () => void {
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if ((area === "local" || area === "session") && keys.some((key) => key in changes)) listener();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

/** The problems of clips made without the popup, in storage.local, else storage.session (see problem-store). */
export const extensionProblems = () =>
  createProblemStore(browser.storage.local, browser.storage.session, (task) =>
    navigator.locks.request("sp-problems", task),
  );
