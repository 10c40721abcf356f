import { existsSync } from "node:fs";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { BrowserContext, Worker } from "playwright-core";

export const BUILT_EXTENSION = resolve(import.meta.dirname, "../../../dist/extension/chrome");

export interface TestExtension {
  dir: string;
  remove(): Promise<void>;
}

/**
 * A copy of the built Chrome extension with host access to the test servers granted up front. The real
 * extension only has optional host permissions, granted by the user in a browser prompt that automation
 * cannot click; declaring them here stands in for that one click and changes nothing else.
 */
export async function prepareExtension(hostPatterns: string[]): Promise<TestExtension> {
  if (!existsSync(join(BUILT_EXTENSION, "manifest.json"))) {
    throw new Error(`No built extension in ${BUILT_EXTENSION}: run \`npm run build\` first.`);
  }
  const dir = await mkdtemp(join(tmpdir(), "sp-extension-"));
  await cp(BUILT_EXTENSION, dir, { recursive: true });
  const manifestFile = join(dir, "manifest.json");
  const manifest = JSON.parse(await readFile(manifestFile, "utf8"));
  manifest.host_permissions = hostPatterns;
  await writeFile(manifestFile, JSON.stringify(manifest, null, 2));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** The extension's service worker (started at install, or woken on demand after a restart). */
export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const running = context.serviceWorkers().find((worker) => worker.url().endsWith("/service-worker.js"));
  if (running) return running;
  return context.waitForEvent("serviceworker", {
    predicate: (worker) => worker.url().endsWith("/service-worker.js"),
    timeout: 30_000,
  });
}

export const extensionIdOf = (worker: Worker) => new URL(worker.url()).host;

interface StorageAreaInWorker {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** The few `chrome.*` calls the tests make inside the worker (types only: erased before evaluation). */
export interface ChromeInWorker {
  chrome: {
    storage: {
      local: StorageAreaInWorker;
      session: StorageAreaInWorker;
    };
    action: { getBadgeText(details: object): Promise<string> };
    scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
  };
}

/** A value from the extension's storage.local (or storage.session), read inside the service worker. */
export function storageValue(
  worker: Worker,
  key: string,
  area: "local" | "session" = "local",
): Promise<unknown> {
  return worker.evaluate(
    async ([name, where]) =>
      (await (globalThis as unknown as ChromeInWorker).chrome.storage[where].get(name))[name],
    [key, area] as const,
  );
}

/**
 * Chooses Swedish in the extension's settings: headless Chromium's UI language is English here and
 * ignores --lang, and the extension follows the browser's language unless told otherwise.
 */
export async function chooseSwedish(worker: Worker): Promise<void> {
  await worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as ChromeInWorker;
    const { settings } = await chrome.storage.local.get("settings");
    await chrome.storage.local.set({ settings: { ...(settings as object), language: "sv" } });
  });
}

export function badgeText(worker: Worker): Promise<string> {
  return worker.evaluate(() => (globalThis as unknown as ChromeInWorker).chrome.action.getBadgeText({}));
}

export function registeredContentScripts(worker: Worker): Promise<{ id: string; matches?: string[] }[]> {
  return worker.evaluate(() =>
    (globalThis as unknown as ChromeInWorker).chrome.scripting.getRegisteredContentScripts(),
  );
}
