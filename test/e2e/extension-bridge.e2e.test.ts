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
  schemeAndWidthProblems,
  startExtension,
} from "./extension-helpers";
import { type StaticServer, serveDir } from "./helpers";

const fixtures = resolve(import.meta.dirname, "../fixtures/extension");

type BridgeLog = { type: string; ids?: string[]; clips?: unknown[]; pending?: number }[];

/**
 * Issue 5's bridge in real Chromium: clips wait in the extension's queue across a browser restart, are
 * delivered only to a page under the add-in's base URL configured in the options page (origin and path:
 * `/addin/` of the fixture server), and leave the queue only when that page acknowledges them. Look-alike
 * messages from another origin, another path of the same host or another window get nothing.
 */
describe("extension: bridge to the add-in", () => {
  let addin: StaticServer; // serves the add-in under /addin/ beside other pages of the same origin
  let other: StaticServer; // same host, other port: the bridge script is injected but must stay silent
  let session: ExtensionSession;
  const base = () => `${addin.origin}/addin/`;

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

  it("registers the bridge for an add-in base URL added in the (accessible) options page, after permission", async () => {
    const options = await session.extensionPage("options.html");
    await options.getByLabel("Ny adress").fill(`${base()}pane.html`);
    await options.getByRole("button", { name: "Lägg till" }).click();
    const row = options.locator(".origins li").filter({ hasText: base() });
    await row.filter({ hasText: "behörighet given" }).waitFor();
    // A base URL with a path shares its host with other pages: the page says so.
    await row.filter({ hasText: "delar värdnamn med andra sidor" }).waitFor();
    // The default dev address stays listed but has no permission, so the bridge is not registered there.
    await options
      .locator(".origins li")
      .filter({ hasText: "https://localhost:3000/" })
      .filter({ hasText: "saknar behörighet" })
      .waitFor();
    await expect
      .poll(async () =>
        (await registeredContentScripts(session.worker)).map((script) => [script.id, script.matches]),
      )
      .toEqual([["sp-bridge", ["http://127.0.0.1/addin/*"]]]);
    // A bad address is refused with a Swedish message and not saved.
    await options.getByLabel("Ny adress").fill("http://intranat.example.se/tillagg");
    await options.getByRole("button", { name: "Lägg till" }).click();
    await options.getByRole("alert").filter({ hasText: "Ange en adress som börjar med https://" }).waitFor();
    await options.close();
  });

  it("has no serious or critical accessibility violations in the options page, light and dark, at 320 px", async () => {
    const options = await session.extensionPage("options.html");
    await options.getByRole("heading", { name: "Word-tilläggets adress" }).waitFor();
    expect(await schemeAndWidthProblems(options, [320, 800])).toEqual([]);
    await options.close();
  });

  // Issue 11 item 1: before, any page of the add-in's origin received every clip and acknowledged it.
  it("gives nothing to another path of the add-in's origin, another port, or a foreign frame in the add-in's page", async () => {
    const ids = (await queue()).map((clip) => clip.id).join(",");
    // The same origin as the add-in, outside its base path, speaking the protocol and acknowledging all.
    const neighbour = await session.browser.newPage();
    await neighbour.goto(addin.url(`spoof.html?ids=${ids}`));
    // Same host, other port, under the same path: the bridge script runs there (host patterns have no
    // port) and must stay silent.
    const otherPort = await session.browser.newPage();
    await otherPort.goto(other.url("addin/pane.html"));
    // The add-in's own page with a frame from the other origin posting look-alike messages to its parent.
    const host = await session.browser.newPage();
    await host.goto(
      addin.url(`addin/host.html?frame=${encodeURIComponent(other.url(`spoof.html?ids=${ids}`))}`),
    );
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
    const answersTo = (page: Page) =>
      page.evaluate(() =>
        (window as unknown as { answers: BridgeLog }).answers.filter(
          (m) => m.type !== "hello" && m.type !== "pull" && m.type !== "ack",
        ),
      );
    expect(await answersTo(neighbour)).toEqual([]);
    expect(await bridgeLog(otherPort)).toEqual([]);
    expect((await queue()).map((clip) => clip.id).join(",")).toBe(ids);
    await neighbour.close();
    await otherPort.close();
    await host.close();
  });

  it("keeps the clips across a browser restart and until the pane acknowledges them", async () => {
    const before = (await queue()).map((clip) => clip.id);
    await session.restart();
    expect((await queue()).map((clip) => clip.id)).toEqual(before);
    await expect.poll(() => badgeText(session.worker)).toBe("2");

    // A pane that receives but never acknowledges: the clips stay queued.
    const careless = await session.browser.newPage();
    await careless.goto(addin.url("addin/pane.html?noack"));
    await expect
      .poll(() =>
        careless.evaluate(() => (window as unknown as { inbox: ClipEnvelope[] }).inbox.map((c) => c.id)),
      )
      .toEqual(before);
    expect((await queue()).map((clip) => clip.id)).toEqual(before);
    await careless.close();

    const pane = await session.browser.newPage();
    await pane.goto(addin.url("addin/pane.html"));
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

  // Issue 11 item 1: what a page took can be put back from the popup for two weeks.
  it("lists the delivered clips in the popup and puts one back into the queue", async () => {
    const tab = await session.browser.newPage();
    await tab.goto(other.url("agenda.html"));
    const popup = await session.openPopup(tab);
    await popup.getByText("Nyligen lämnade kön (2)").click();
    const today = new Date().toISOString().slice(0, 10);
    expect(await popup.getByText(`Lämnat till Word ${today}`).count()).toBe(2);
    await popup
      .getByRole("button", { name: "Lägg tillbaka Socialnämnden, sammanträde 2024-02-20 i kön" })
      .first()
      .click();
    await popup.getByRole("heading", { name: "Kö till protokollet (1)" }).waitFor();
    expect((await queue()).map((clip) => clip.agenda.items.length)).toHaveLength(1);
    await expect.poll(() => badgeText(session.worker)).toBe("1");
    await popup.close();
    await tab.close();
  });
});
