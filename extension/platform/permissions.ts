import browser from "webextension-polyfill";

/** Host permissions, as match patterns ("https://intranat.kommun.se/*"). */
export function hasHostPermission(pattern: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [pattern] });
}

/** Must be called directly from a click: browsers only prompt within a user gesture. */
export function requestHostPermission(pattern: string): Promise<boolean> {
  return browser.permissions.request({ origins: [pattern] });
}

export async function removeHostPermission(pattern: string): Promise<void> {
  await browser.permissions.remove({ origins: [pattern] });
}

export async function grantedHostPatterns(): Promise<string[]> {
  return (await browser.permissions.getAll()).origins ?? [];
}

export function onHostPermissionsChanged(listener: () => void): void {
  browser.permissions.onAdded.addListener(listener);
  browser.permissions.onRemoved.addListener(listener);
}
