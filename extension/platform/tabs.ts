import browser from "webextension-polyfill";

/** A tab as the extension's pages use it. */
export interface TabInfo {
  id: number;
  url: string | null;
  title: string;
}

const infoOf = (tab: { id?: number; url?: string; title?: string } | undefined): TabInfo | null =>
  tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? null, title: tab.title ?? "" };

/** The active tab of the current window (the page behind the popup, or the one a command ran on). */
export async function activeTab(): Promise<TabInfo | null> {
  return infoOf((await browser.tabs.query({ active: true, currentWindow: true }))[0]);
}

export async function tabById(id: number): Promise<TabInfo | null> {
  return infoOf(await browser.tabs.get(id));
}

/** Opens one of the extension's own pages ("popup.html?tab=3") in a new tab. */
export async function openExtensionPage(path: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(path) });
}

export async function openOptionsPage(): Promise<void> {
  await browser.runtime.openOptionsPage();
}
