import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ChromeInWorker,
  type ExtensionSession,
  extensionIdOf,
  findItems,
  queueItems,
  registeredContentScripts,
  serveTrialPane,
  startExtension,
  type TrialPane,
} from "./extension-helpers";
import { openTab, type StaticServer, serveDir } from "./helpers";

const fixtures = resolve(import.meta.dirname, "../fixtures/extension");

/**
 * An add-in address preset by enterprise policy, in real Chromium. A test cannot set machine policy
 * without changing the whole machine, so the options page is opened with `chrome.storage.managed.get`
 * answering what the policy would hold; everything after is the extension's own: the page copies the
 * policy for the worker (MANAGED_COPY_KEY), shows the address as the organisation's, the worker registers
 * the bridge for it, and the pane under it receives the clips, though the user never typed the address.
 * The managed schema is checked in manifest/extension/manifest.test.ts.
 */
describe("extension: an add-in address preset by policy", () => {
  let addin: TrialPane;
  let pages: StaticServer;
  let session: ExtensionSession;

  beforeAll(async () => {
    addin = await serveTrialPane();
    pages = await serveDir(fixtures);
    session = await startExtension();
    // Chrome's policy service answers the worker's own copy at startup (of an empty policy) first.
    await session.worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: { managed: { get(): Promise<unknown> } } };
      };
      await chrome.storage.managed.get();
    });
  });

  afterAll(async () => {
    await session?.close();
    await addin?.close();
    await pages?.close();
  });

  it("shows the organisation's address, registers the bridge for it and delivers to the pane under it", async () => {
    const base = `${addin.server.origin}/trial/`;
    const options = await session.browser.newPage();
    await options.addInitScript((url) => {
      const managed = (globalThis as unknown as { chrome: { storage: { managed: { get: unknown } } } }).chrome
        .storage.managed;
      managed.get = async () => ({ addinUrls: [url] });
    }, base);
    await options.goto(`chrome-extension://${extensionIdOf(session.worker)}/options.html`);
    const row = options.locator(".origins li").filter({ hasText: base });
    await row.filter({ hasText: "satt av din organisation · behörighet given" }).waitFor();
    expect(await row.getByRole("button", { name: /Ta bort/ }).count()).toBe(0);
    await options.close();

    await expect
      .poll(async () => (await registeredContentScripts(session.worker)).map((s) => [s.id, s.matches]))
      .toEqual([["sp-bridge", ["http://127.0.0.1/trial/*"]]]);
    // The user's own settings still name only the dev server's default address.
    const settings = await session.worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as ChromeInWorker;
      return (await chrome.storage.local.get("settings")).settings as { addinUrls?: string[] };
    });
    expect(settings.addinUrls ?? []).not.toContain(base);

    const agenda = await session.browser.newPage();
    await agenda.goto(pages.url("agenda.html"));
    const popup = await session.openPopup(agenda);
    await findItems(popup, 5);
    await queueItems(popup, "punkter lades i kön.");
    await popup.close();

    const { pane, errors } = await addin.open(session.browser.context);
    await openTab(pane, "Föredragningslista");
    await pane.getByRole("checkbox", { name: /Budget 2025 för äldreomsorgen/ }).waitFor();
    await expect.poll(() => session.queue()).toEqual([]);
    expect(errors).toEqual([]);
  });
});
