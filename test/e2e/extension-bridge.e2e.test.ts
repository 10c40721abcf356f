import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ClipEnvelope } from "../../shared/clip/envelope";
import {
  badgeText,
  chooseItems,
  type ExtensionSession,
  findItems,
  queueItems,
  registeredContentScripts,
  seriousViolations,
  startExtension,
} from "./extension-helpers";
import { type StaticServer, serveDir } from "./helpers";

const fixtures = resolve(import.meta.dirname, "../fixtures/extension");

type BridgeLog = { type: string; ids?: string[]; clips?: unknown[]; pending?: number }[];

/**
 * Issue 5's bridge in real Chromium: clips wait in the extension's queue across a browser restart, are
 * delivered only to a page on the add-in origin configured in the options page, and leave the queue only
 * when that page acknowledges them. Look-alike messages from another origin or another window get nothing.
 */
describe("extension: bridge to the add-in", () => {
  let addin: StaticServer; // the configured add-in origin
  let other: StaticServer; // same host, other port: the bridge script is injected but must stay silent
  let session: ExtensionSession;

  const queue = () => session.queue();
  const bridgeLog = (page: Page) =>
    page.evaluate(() => (window as unknown as { bridgeLog: BridgeLog }).bridgeLog);

  beforeAll(async () => {
    addin = await serveDir(fixtures);
    other = await serveDir(fixtures);
    session = await startExtension({ keepProfile: true });
  });

  afterAll(async () => {
    await session?.close();
    await addin?.close();
    await other?.close();
  });

  it("queues two clips from an agenda page (three items, then two)", async () => {
    const agenda = await session.browser.newPage();
    await agenda.goto(other.url("agenda.html"));
    const popup = await session.openPopup(agenda);
    for (const keep of [
      [2, 3, 4],
      [1, 5],
    ]) {
      await findItems(popup, 5);
      await chooseItems(popup, 5, Object.fromEntries(keep.map((n) => [n, true])));
      await queueItems(popup, `${keep.length} punkter lades i kön.`);
    }
    expect((await queue()).map((clip) => clip.agenda.items.length)).toEqual([3, 2]);
  });

  it("registers the bridge for an add-in origin added in the (accessible) options page, after permission", async () => {
    const options = await session.extensionPage("options.html");
    await options.getByLabel("Ny adress").fill(`${addin.origin}/`);
    await options.getByRole("button", { name: "Lägg till" }).click();
    const row = options.locator(".origins li").filter({ hasText: addin.origin });
    await row.filter({ hasText: "behörighet given" }).waitFor();
    // The default dev origin stays listed but has no permission, so the bridge is not registered there.
    await options
      .locator(".origins li")
      .filter({ hasText: "https://localhost:3000" })
      .filter({ hasText: "saknar behörighet" })
      .waitFor();
    await expect
      .poll(async () =>
        (await registeredContentScripts(session.worker)).map((script) => [script.id, script.matches]),
      )
      .toEqual([["sp-bridge", ["http://127.0.0.1/*"]]]);
    // A bad address is refused with a Swedish message and not saved.
    await options.getByLabel("Ny adress").fill("http://intranat.example.se/tillagg");
    await options.getByRole("button", { name: "Lägg till" }).click();
    await options.getByRole("alert").filter({ hasText: "Ange en adress som börjar med https://" }).waitFor();
    expect(await seriousViolations(options)).toEqual([]);
  });

  it("gives nothing to a page on another origin, nor to a foreign frame inside the add-in's page", async () => {
    const ids = (await queue()).map((clip) => clip.id).join(",");
    // Same host, other port: the bridge script runs there (host patterns have no port) and must refuse.
    const stranger = await session.browser.newPage();
    await stranger.goto(other.url(`spoof.html?ids=${ids}`));
    // The add-in's own page with a frame from the other origin posting look-alike messages to its parent.
    const host = await session.browser.newPage();
    await host.goto(addin.url(`host.html?frame=${encodeURIComponent(other.url(`spoof.html?ids=${ids}`))}`));
    await host.frameLocator("iframe").locator("h1").waitFor();
    await expect.poll(async () => (await bridgeLog(host)).map((m) => m.type)).toEqual(["ready"]);
    // Barrier: the host page's own ack of nothing is answered only after everything posted before it.
    await host.evaluate(() =>
      window.postMessage(
        { channel: "samverkansprotokoll-bridge", version: 1, from: "pane", type: "ack", ids: [] },
        location.origin,
      ),
    );
    await expect.poll(async () => (await bridgeLog(host)).map((m) => m.type)).toEqual(["ready", "acked"]);
    expect((await bridgeLog(host))[1]!.ids).toEqual([]);
    expect(
      await stranger.evaluate(() =>
        (window as unknown as { answers: BridgeLog }).answers.filter(
          (m) => m.type !== "hello" && m.type !== "pull" && m.type !== "ack",
        ),
      ),
    ).toEqual([]);
    expect((await queue()).map((clip) => clip.id).join(",")).toBe(ids);
    await stranger.close();
    await host.close();
  });

  it("keeps the clips across a browser restart and until the pane acknowledges them", async () => {
    const before = (await queue()).map((clip) => clip.id);
    await session.restart();
    expect((await queue()).map((clip) => clip.id)).toEqual(before);
    await expect.poll(() => badgeText(session.worker)).toBe("2");

    // A pane that receives but never acknowledges: the clips stay queued.
    const careless = await session.browser.newPage();
    await careless.goto(addin.url("pane.html?noack"));
    await expect
      .poll(() =>
        careless.evaluate(() => (window as unknown as { inbox: ClipEnvelope[] }).inbox.map((c) => c.id)),
      )
      .toEqual(before);
    expect((await queue()).map((clip) => clip.id)).toEqual(before);
    await careless.close();

    const pane = await session.browser.newPage();
    await pane.goto(addin.url("pane.html"));
    await expect
      .poll(async () => (await bridgeLog(pane)).filter((m) => m.type === "acked").flatMap((m) => m.ids))
      .toEqual(expect.arrayContaining(before));
    const inbox = await pane.evaluate(() => (window as unknown as { inbox: ClipEnvelope[] }).inbox);
    expect(inbox.map((clip) => clip.agenda.items.map((item) => item.number))).toEqual([
      ["2", "3", "4"],
      ["1", "5"],
    ]);
    expect(await queue()).toEqual([]);
    await expect.poll(() => badgeText(session.worker)).toBe("");
    // Pulling again is harmless: nothing is left to deliver.
    await pane.evaluate(() => (window as unknown as { pull(): void }).pull());
    await expect.poll(async () => (await bridgeLog(pane)).at(-1)).toMatchObject({ type: "clips", clips: [] });
  });
});
