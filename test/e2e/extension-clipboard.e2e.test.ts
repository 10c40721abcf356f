import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readClipboardHtml } from "../../shared/clip/clipboard-read";
import { type ClipEnvelope, parseEnvelopeJson } from "../../shared/clip/envelope";
import {
  type ExtensionSession,
  findItems,
  queueItems,
  serveTrialPane,
  startExtension,
  type TrialPane,
} from "./extension-helpers";
import { openTab, type StaticServer, serveDir } from "./helpers";

const fixtures = resolve(import.meta.dirname, "../fixtures/extension");

/**
 * Issue 5's other two ways in, with real payloads: the popup's "Kopiera till Word" writes the system
 * clipboard, which a real Ctrl+V pastes into the pane; "Spara som fil" downloads a .json that the pane
 * opens. Chromium re-serialises clipboard HTML, so the envelope is read back from what it really holds.
 */
describe("extension: clipboard and file delivery", () => {
  let addin: TrialPane;
  let pages: StaticServer;
  let session: ExtensionSession;
  let popup: Page;
  let clip: ClipEnvelope;

  async function openPane(): Promise<{ pane: Page; errors: string[] }> {
    // Each test starts from an empty inbox, so what appears came by this test's path alone.
    const opened = await addin.open(session.browser.context, (pane) =>
      pane.addInitScript(() => localStorage.removeItem("sp.pane.inbox")),
    );
    await openTab(opened.pane, "Föredragningslista");
    await opened.pane.getByLabel("Klistra in ett klipp här (Ctrl+V)").waitFor();
    expect(await opened.pane.getByRole("checkbox").count()).toBe(0);
    return opened;
  }

  beforeAll(async () => {
    addin = await serveTrialPane();
    pages = await serveDir(fixtures);
    session = await startExtension();
    const agenda = await session.browser.newPage();
    await agenda.goto(pages.url("agenda.html"));
    popup = await session.openPopup(agenda);
    await findItems(popup, 5);
    // "Val av justerare" and "Övriga frågor" are procedural and start unchosen; this clip takes all five.
    await popup.getByRole("checkbox", { name: "Ta med punkt 1" }).check();
    await popup.getByRole("checkbox", { name: "Ta med punkt 5" }).check();
    await popup.locator("#item-1-mbl").selectOption("mbl11");
    await queueItems(popup, "5 punkter lades i kön.");
    const queued = await session.queue();
    expect(queued).toHaveLength(1);
    clip = queued[0]!;
  });

  afterAll(async () => {
    await session?.close();
    await addin?.close();
    await pages?.close();
  });

  it("copies formatted HTML carrying the envelope plus plain text, and a real paste lands in the pane", async () => {
    await popup.bringToFront();
    await popup.getByRole("button", { name: "Kopiera till Word" }).click();
    await popup.getByRole("status").filter({ hasText: "Kopierat." }).waitFor();

    const { pane, errors } = await openPane();
    await session.browser.context.grantPermissions(["clipboard-read"], { origin: addin.server.origin });
    const payload = await pane.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const text = async (type: string) =>
        item!.types.includes(type) ? (await item!.getType(type)).text() : null;
      return { html: await text("text/html"), plain: await text("text/plain") };
    });
    expect(readClipboardHtml(payload.html ?? "")).toEqual({ ok: true, envelope: clip, notices: [] });
    expect(payload.html).toContain("<ul>");
    expect(payload.html).toContain(`href="${pages.url("underlag/budget-2025.pdf")}"`);
    expect(payload.plain).toContain("Socialnämnden, sammanträde 2024-02-20");
    expect(payload.plain).toContain("2 Budget 2025 för äldreomsorgen");

    await pane.getByLabel("Klistra in ett klipp här (Ctrl+V)").focus();
    await pane.keyboard.press("Control+V");
    await pane.getByRole("checkbox", { name: /Budget 2025 för äldreomsorgen/ }).waitFor();
    expect(errors).toEqual([]);
    await pane.close();
  });

  it("saves the clip as a .json file that validates and opens in the pane", async () => {
    await popup.bringToFront();
    const [download] = await Promise.all([
      popup.waitForEvent("download"),
      popup.getByRole("button", { name: "Spara som fil" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^socialnamnden-2024-02-20-[0-9a-f]{8}\.json$/);
    const path = await download.path();
    const json = await readFile(path, "utf8");
    expect(parseEnvelopeJson(json)).toEqual({ ok: true, envelope: clip, notices: [] });
    // Issue 10 item 5: the save is confirmed, and the user decides whether the clip leaves the queue.
    await popup
      .getByRole("status")
      .filter({ hasText: `Klippet sparades som ”${download.suggestedFilename()}”` })
      .waitFor();
    await popup
      .getByRole("group", { name: /Ta bort klippet ur kön nu\?/ })
      .getByRole("button", { name: "Ta bort ur kön" })
      .click();
    await popup.getByRole("heading", { name: "Kö till protokollet (0)" }).waitFor();
    expect(await session.queue()).toEqual([]);

    const { pane, errors } = await openPane();
    await pane.getByLabel("Öppna klippfil …").setInputFiles(path);
    await pane.getByRole("checkbox", { name: /Ny organisation för hemtjänsten/ }).waitFor();
    expect(errors).toEqual([]);
  });
});
