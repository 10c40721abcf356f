import browser from "webextension-polyfill";
import {
  type AddinAddress,
  addinAddresses,
  type ExtensionSettings,
  MANAGED_ADDIN_URLS_KEY,
  MANAGED_COPY_KEY,
  managedAddinUrls,
  SETTINGS_KEY,
  settingsFrom,
} from "../settings/settings";

/** The user's settings in storage.local, and what the organisation presets in storage.managed. */
export async function readSettings(): Promise<ExtensionSettings> {
  return settingsFrom((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

export async function writeSettings(settings: ExtensionSettings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: settings });
}

/**
 * The add-in base URLs set by enterprise policy, read from the policy itself (slow at browser start, see
 * MANAGED_COPY_KEY) into the copy the other readers use; resolves once the copy is current. Firefox
 * rejects the read when no policy is set for the extension (and loads policy only at browser start);
 * Chrome and Edge answer with nothing.
 */
export async function refreshManagedCopy(): Promise<void> {
  const stored: Record<string, unknown> = await browser.storage.managed
    .get(MANAGED_ADDIN_URLS_KEY)
    .catch(() => ({}));
  const fresh = managedAddinUrls(stored[MANAGED_ADDIN_URLS_KEY]);
  const copy = managedAddinUrls((await browser.storage.local.get(MANAGED_COPY_KEY))[MANAGED_COPY_KEY]);
  // Written only when it changed: the write is what makes the worker register the bridge again.
  if (JSON.stringify(fresh) !== JSON.stringify(copy)) {
    await browser.storage.local.set({ [MANAGED_COPY_KEY]: fresh });
  }
}

/** The policy's base URLs as last copied by the worker. */
export async function readManagedAddinUrls(): Promise<string[]> {
  return managedAddinUrls((await browser.storage.local.get(MANAGED_COPY_KEY))[MANAGED_COPY_KEY]);
}

/** Every base URL of the add-in: the organisation's, then the user's own. */
async function readAddinAddresses(): Promise<AddinAddress[]> {
  const stored = await browser.storage.local.get([SETTINGS_KEY, MANAGED_COPY_KEY]);
  return addinAddresses(
    settingsFrom(stored[SETTINGS_KEY]).addinUrls,
    managedAddinUrls(stored[MANAGED_COPY_KEY]),
  );
}

export async function readAddinUrls(): Promise<string[]> {
  return (await readAddinAddresses()).map((address) => address.url);
}

/** Chrome and Edge report a changed policy as a change of the "managed" area (Firefox does not). */
export function onManagedSettingsChanged(listener: () => void): void {
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === "managed") listener();
  });
}
