import browser from "webextension-polyfill";
import { type ExtensionSettings, SETTINGS_KEY, settingsFrom } from "../settings/settings";

/**
 * The user's settings in storage.local. On its own, without the queue, so the bridge content script that
 * reads them stays small.
 */
export async function readSettings(): Promise<ExtensionSettings> {
  return settingsFrom((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

export async function writeSettings(settings: ExtensionSettings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: settings });
}
