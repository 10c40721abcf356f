import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ChromeInWorker,
  type ExtensionSession,
  findItems,
  queueItems,
  registeredContentScripts,
  serveTrialPane,
  startExtension,
  type TrialPane,
} from "./extension-helpers";
import { type StaticServer, serveDir } from "./helpers";

const fixtures = resolve(import.meta.dirname, "../fixtures/extension");

/**
 * An add-in address preset by enterprise policy, in real Chromium. A test cannot set machine policy
 * without changing the whole machine, so the policy's addresses are given as the worker copies them from
 * storage.managed (`managedAddinUrls` in storage.local, see MANAGED_COPY_KEY): the user never typed the
 * address, yet the bridge is registered for it and the pane under it receives the clips, since the worker
 * (not the content script) decides which pages the bridge serves. The options page's part is in
 * extension/options/Options.test.tsx; the managed schema in manifest/extension/manifest.test.ts.
 */
describe("extension: an add-in address preset by policy", () => {
  let addin: TrialPane;
  let pages: StaticServer;
  let session: ExtensionSession;

  beforeAll(async () => {
    addin = await serveTrialPane();
    pages = await serveDir(fixtures);
    session = await startExtension();
    await session.worker.evaluate(async (base) => {
      const { chrome } = globalThis as unknown as ChromeInWorker & {
        chrome: { storage: { managed: { get(): Promise<unknown> } } };
      };
      // Wait for Chrome's policy service, as the worker's own copy at startup does, so that copy (of
      // an empty policy) cannot land after this one.
      await chrome.storage.managed.get();
      await chrome.storage.local.set({ managedAddinUrls: [base] });
    }, `${addin.server.origin}/trial/`);
  });

  afterAll(async () => {
    await session?.close();
    await addin?.close();
    await pages?.close();
  });

  it("registers the bridge for the organisation's address and delivers to the pane under it", async () => {
    await expect
      .poll(async () => (await registeredContentScripts(session.worker)).map((s) => [s.id, s.matches]))
      .toEqual([["sp-bridge", ["http://127.0.0.1/trial/*"]]]);
    // The user's own settings still name only the dev server's default address.
    const settings = await session.worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as ChromeInWorker;
      return (await chrome.storage.local.get("settings")).settings as { addinUrls?: string[] };
    });
    expect(settings.addinUrls ?? []).not.toContain(`${addin.server.origin}/trial/`);

    const agenda = await session.browser.newPage();
    await agenda.goto(pages.url("agenda.html"));
    const popup = await session.openPopup(agenda);
    await findItems(popup, 5);
    await queueItems(popup, "punkter lades i kön.");
    await popup.close();

    const { pane, errors } = await addin.open(session.browser.context);
    await pane.getByRole("tab", { name: "Föredragningslista" }).click();
    await pane.getByRole("checkbox", { name: /Budget 2025 för äldreomsorgen/ }).waitFor();
    await expect.poll(() => session.queue()).toEqual([]);
    expect(errors).toEqual([]);
  });
});
