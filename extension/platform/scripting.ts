import browser from "webextension-polyfill";

/** Runs a packaged script file in a tab's isolated world (needs activeTab or a host permission). */
export async function injectFile(tabId: number, file: string): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [file] });
}

/**
 * Runs a function in a tab's isolated world and returns its result. The browser serialises the function,
 * so it may only use its arguments.
 */
export async function runInTab<Args extends unknown[], Result>(
  tabId: number,
  func: (...args: Args) => Result,
  args: Args,
): Promise<Result | undefined> {
  const [injection] = await browser.scripting.executeScript({ target: { tabId }, func, args });
  return injection?.result as Result | undefined;
}

export interface ScriptRegistration {
  id: string;
  file: string;
  matches: string[];
}

/**
 * Registers a content script for exactly these match patterns, replacing an earlier registration of the
 * same id (none when `matches` is empty). In every frame, from document start, kept across sessions.
 */
export async function replaceRegisteredScript({ id, file, matches }: ScriptRegistration): Promise<void> {
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [id] });
  if (matches.length === 0) return;
  await browser.scripting.registerContentScripts([
    { id, js: [file], matches, runAt: "document_start", allFrames: true, persistAcrossSessions: true },
  ]);
}
