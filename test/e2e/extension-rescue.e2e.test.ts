import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ClipEnvelope } from "../../shared/clip/envelope";
import {
  badgeText,
  type ChromeInWorker,
  type ExtensionSession,
  schemeAndWidthProblems,
  startExtension,
  storageValue,
} from "./extension-helpers";
import { type StaticServer, serveDir } from "./helpers";

const fixtures = resolve(import.meta.dirname, "../fixtures/extension");

const rescued: ClipEnvelope = {
  kind: "sp-clip",
  version: 2,
  id: "rescued-1",
  createdAt: "2024-02-12T09:00:00.000Z",
  source: { url: "http://127.0.0.1/sn/2024-02", title: "Socialnämnden februari" },
  agenda: {
    committee: "Socialnämnden",
    meetingDate: "2024-02-20",
    items: [
      { number: "§ 12", title: "Budget 2025", dnr: ["SN 2024/101"], mbl: null, procedural: false, links: [] },
      { number: "13", title: "Hemtjänsten", dnr: [], mbl: "mbl19", procedural: false, links: [] },
    ],
  },
};

/**
 * Issue 11 item 2 / issue 10 "no lost work" in real Chromium: a context-menu clip that storage.local refused
 * waits in storage.session (where the worker's reportProblem puts it when storage.local is full). The popup
 * offers it every time it opens until the user queues it, saves it or throws it away; closing the popup
 * without acting loses nothing. Before, the popup removed it from storage the moment it showed it.
 */
describe("extension: a rescued clip outlives the popup", () => {
  let server: StaticServer;
  let session: ExtensionSession;
  let agendaPage: Page;

  beforeAll(async () => {
    server = await serveDir(fixtures);
    session = await startExtension();
    agendaPage = await session.browser.newPage();
    await agendaPage.goto(server.url("agenda.html"));
    // As the worker leaves it after the keyboard command found storage.local full.
    await session.worker.evaluate(async (clip) => {
      const { chrome } = globalThis as unknown as ChromeInWorker;
      await chrome.storage.session.set({
        lastProblem: { message: { key: "ext.error.storageFull" }, rescued: clip },
      });
    }, rescued);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it("is offered again after the popup is closed without acting on it, and leaves once queued", async () => {
    let popup = await session.openPopup(agendaPage);
    await popup.getByText("Webbläsarens lagring för webbläsartillägget är full.", { exact: false }).waitFor();
    await popup.close();
    expect(await storageValue(session.worker, "lastProblem", "session")).toBeTruthy();
    await expect.poll(() => badgeText(session.worker)).toBe("!");

    popup = await session.openPopup(agendaPage);
    const card = popup.getByRole("region", { name: "Klipp som inte kom in i kön (1)" });
    await card.waitFor();
    expect(await card.locator(".clip-headline").textContent()).toBe("Socialnämnden, sammanträde 2024-02-20");
    expect(await schemeAndWidthProblems(popup, [320])).toEqual([]);
    await card.getByRole("button", { name: "Lägg i kön" }).click();
    await popup.getByRole("status").filter({ hasText: "2 punkter lades i kön." }).waitFor();
    expect((await session.queue()).map((clip) => clip.id)).toEqual(["rescued-1"]);
    await popup.close();

    popup = await session.openPopup(agendaPage);
    await popup.getByRole("heading", { name: "Kö till protokollet (1)" }).waitFor();
    expect(await popup.getByRole("region", { name: /Klipp som inte kom in i kön/ }).count()).toBe(0);
    expect(await storageValue(session.worker, "lastProblem", "session")).toBeUndefined();
    await expect.poll(() => badgeText(session.worker)).toBe("1");
    await popup.close();
  });
});
