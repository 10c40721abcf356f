import browser, { type Runtime } from "webextension-polyfill";

/** What the worker knows of a message's sender (runtime.MessageSender, reduced to what is checked). */
export interface MessageSender {
  id?: string;
  url?: string;
  /** Present for content scripts; extension pages and other extensions' messages have none. */
  tab?: unknown;
}

export const extensionId = (): string => browser.runtime.id;

/** Sends a request to the service worker (waking it) and resolves with its answer. */
export function askWorker<Answer>(request: unknown): Promise<Answer> {
  return browser.runtime.sendMessage(request) as Promise<Answer>;
}

/**
 * Answers runtime messages: the handler's promise is the answer; `undefined` answers nothing, so a
 * message the worker does not recognise is left for no one.
 */
export function onWorkerMessage(
  handler: (message: unknown, sender: MessageSender) => Promise<unknown> | undefined,
): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
    handler(message, sender),
  );
}

/** Runs at install, update and browser start: the moments registrations and menus must be (re)made. */
export function onInstalledOrStartup(listener: () => void): void {
  browser.runtime.onInstalled.addListener(listener);
  browser.runtime.onStartup.addListener(listener);
}
