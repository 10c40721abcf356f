import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page, Worker } from "playwright-core";
import type { ClipEnvelope } from "../../../shared/clip/envelope";
import { type LaunchedChromium, launchChromium } from "../helpers";
import { chooseSwedish, extensionIdOf, extensionWorker, prepareExtension, storageValue } from "./extension";

export interface ExtensionSession {
  /** The running browser; replaced by `restart()`. */
  readonly browser: LaunchedChromium;
  /** The extension's service worker in the running browser; replaced by `restart()`. */
  readonly worker: Worker;
  /** The clips waiting in the extension's queue (storage.local), oldest first. */
  queue(): Promise<ClipEnvelope[]>;
  /** Opens one of the extension's pages ("options.html") in a new tab. */
  extensionPage(path: string): Promise<Page>;
  /**
   * Opens the popup page as a tab beside `tab` and makes `tab` the active one, which is what the popup
   * works on when opened from the toolbar; resolves once the popup shows its queue.
   */
  openPopup(tab: Page): Promise<Page>;
  /** Closes the browser and starts it again on the same profile (a session with `keepProfile` only). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Real Chromium with a copy of the built extension, host access to 127.0.0.1 granted, and Swedish chosen in
 * its settings. `keepProfile` gives a profile that survives `restart()`, for tests of what a restart keeps.
 */
export async function startExtension({ keepProfile = false } = {}): Promise<ExtensionSession> {
  const extension = await prepareExtension(["http://127.0.0.1/*"]);
  const profile = keepProfile ? await mkdtemp(join(tmpdir(), "sp-extension-profile-")) : undefined;
  let browser: LaunchedChromium | undefined;
  let worker: Worker;
  const start = async () => {
    browser = await launchChromium({ extensionDir: extension.dir, userDataDir: profile });
    worker = await extensionWorker(browser.context);
  };
  const close = async () => {
    await browser?.close();
    await extension.remove();
    if (profile) await rm(profile, { recursive: true, force: true });
  };
  try {
    await start();
    await chooseSwedish(worker!);
  } catch (error) {
    await close();
    throw error;
  }
  const extensionPage = async (path: string) => {
    const page = await browser!.newPage();
    await page.goto(`chrome-extension://${extensionIdOf(worker)}/${path}`);
    return page;
  };
  return {
    get browser() {
      return browser!;
    },
    get worker() {
      return worker;
    },
    queue: async () => ((await storageValue(worker, "queue")) ?? []) as ClipEnvelope[],
    extensionPage,
    openPopup: async (tab) => {
      const popup = await browser!.newPage();
      await tab.bringToFront();
      await popup.goto(`chrome-extension://${extensionIdOf(worker)}/popup.html`);
      await popup.getByRole("heading", { name: /Kö till protokollet/ }).waitFor();
      return popup;
    },
    restart: async () => {
      if (!profile) throw new Error("restart() needs a session started with keepProfile");
      await browser!.close();
      await start();
    },
    close,
  };
}
