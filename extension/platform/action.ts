import browser from "webextension-polyfill";

/** The toolbar badge. Kept in the browser, not in storage, so it still shows when storage refuses writes. */
export async function showBadge(badge: { text: string; color: string }): Promise<void> {
  await browser.action.setBadgeText({ text: badge.text });
  await browser.action.setBadgeBackgroundColor({ color: badge.color });
}
