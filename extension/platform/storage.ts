import browser from "webextension-polyfill";
import { type Language, languageFromLocale, setLanguage } from "../../shared/i18n/i18n";
import { createQueue, type Exclusive } from "../queue/queue";
import { type ExtensionSettings, SETTINGS_KEY, settingsFrom } from "../settings/settings";

/**
 * The extension's state, all in storage.local: the worker keeps nothing in globals, and the popup, the
 * options page and the worker see one truth.
 */

/** A Web Lock is shared by the worker and the extension's pages, so their queue writes never interleave. */
export const queueLock: Exclusive = (task) => navigator.locks.request("sp-clip-queue", task);

export const extensionQueue = () => createQueue(browser.storage.local, queueLock);

export async function readSettings(): Promise<ExtensionSettings> {
  return settingsFrom((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

export async function writeSettings(settings: ExtensionSettings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: settings });
}

/** Applies the chosen language, or the browser's, before anything is rendered. */
export async function applyLanguage(): Promise<Language> {
  const { language } = await readSettings();
  const chosen = language ?? languageFromLocale(browser.i18n.getUILanguage());
  setLanguage(chosen);
  return chosen;
}

/**
 * The last problem of a clip made without the popup open (context menu, keyboard). The badge shows "!"
 * while it is stored; the popup shows and removes it on opening.
 */
export const PROBLEM_KEY = "lastProblem";

export async function hasProblem(): Promise<boolean> {
  return typeof (await browser.storage.local.get(PROBLEM_KEY))[PROBLEM_KEY] === "string";
}

export async function reportProblem(message: string): Promise<void> {
  await browser.storage.local.set({ [PROBLEM_KEY]: message });
}

export async function takeProblem(): Promise<string | null> {
  const value = (await browser.storage.local.get(PROBLEM_KEY))[PROBLEM_KEY];
  if (typeof value !== "string") return null;
  await browser.storage.local.remove(PROBLEM_KEY);
  return value;
}
