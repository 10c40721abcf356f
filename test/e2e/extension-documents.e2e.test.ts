import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { brokenPdf, scannedPdf, zipBomb } from "../fixtures/agenda/hostile";
import { type ExtensionSession, extensionIdOf, queueItems, startExtension } from "./extension-helpers";
import { type StaticServer, serveDir } from "./helpers";

const fixtures = resolve(import.meta.dirname, "../fixtures");

/**
 * Agenda documents read in the popup (an extension page) in real Chromium: each document is parsed in a
 * worker of its own (a bad file ends that worker, not the popup), pdf.js runs in its packaged worker under
 * the extension's strict CSP, mammoth reads the DOCX, and both feed the same item editor.
 */
describe("extension: agenda documents in the popup", () => {
  let server: StaticServer;
  let session: ExtensionSession;
  let tab: Page;
  const problems: string[] = [];
  const workers: string[] = [];

  async function openPopup(): Promise<Page> {
    const popup = await session.openPopup(tab);
    popup.on("console", (message) => {
      // pdf.js warns "Setting up fake worker" when its worker cannot start (e.g. refused by the CSP).
      if (message.type() === "error" || /fake worker/i.test(message.text())) problems.push(message.text());
    });
    popup.on("pageerror", (error) => problems.push(error.message));
    popup.on("worker", (started) => workers.push(started.url()));
    return popup;
  }

  const numbers = (popup: Page) => popup.locator(".item-no").allTextContents();

  beforeAll(async () => {
    server = await serveDir(fixtures);
    session = await startExtension();
    tab = await session.browser.newPage();
    await tab.goto(server.url("extension/agenda.html"));
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it("reads a PDF chosen from disk in a document worker with pdf.js's packaged worker, and queues it under its file name", async () => {
    const popup = await openPopup();
    await popup.setInputFiles('input[type="file"]', resolve(fixtures, "agenda/agenda.pdf"));
    await popup.getByRole("heading", { name: "Hittade punkter (7)" }).waitFor();
    expect(await numbers(popup)).toEqual(["§ 21", "§ 22", "§ 23", "§ 24", "§ 25", "§ 26", "§ 27"]);
    const origin = `chrome-extension://${extensionIdOf(session.worker)}/`;
    expect(workers).toEqual([
      expect.stringMatching(new RegExp(`^${origin}assets/document-worker[^/]*\\.js$`)),
      expect.stringMatching(new RegExp(`^${origin}assets/pdf\\.worker[^/]*\\.mjs$`)),
    ]);
    // "Val av justerare" and "Godkännande av dagordningen" are procedural: the popup leaves them unchosen.
    await queueItems(popup, "5 punkter lades i kön.");
    const [clip] = await session.queue();
    // A file from disk has no address: the tab beside the popup is not its source.
    expect(clip?.source).toEqual({ url: null, title: "agenda.pdf" });
    expect(clip?.agenda.committee).toBe("Socialnämnden");
    expect(problems).toEqual([]);
  });

  it("reads a DOCX with Word's automatic numbers", async () => {
    const popup = await openPopup();
    await popup.setInputFiles('input[type="file"]', resolve(fixtures, "agenda/agenda-numbered.docx"));
    await popup.getByRole("heading", { name: "Hittade punkter (8)" }).waitFor();
    expect((await numbers(popup)).slice(0, 4)).toEqual(["§ 45", "§ 46", "§ 46 a", "§ 46 b"]);
    expect(problems).toEqual([]);
  });

  it("reads the PDF the tab shows, fetched with the site's permission", async () => {
    await tab.goto(server.url("agenda/agenda.pdf"));
    const popup = await openPopup();
    await popup.getByRole("button", { name: "Läs dokumentet i fliken" }).click();
    await popup.getByRole("heading", { name: "Hittade punkter (7)" }).waitFor();
    expect(await popup.getByText(`Från: `).textContent()).toContain("agenda.pdf");
  });

  it("refuses a zip bomb in its worker with a Swedish message, and the popup goes on working", async () => {
    const popup = await openPopup();
    await popup.setInputFiles('input[type="file"]', {
      name: "bomb.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      buffer: Buffer.from(await zipBomb(100 * 1024 * 1024)),
    });
    await popup.getByRole("alert").filter({ hasText: "Word-filen packas upp till mer än 64 MB" }).waitFor();
    await popup.setInputFiles('input[type="file"]', resolve(fixtures, "agenda/agenda-numbered.docx"));
    await popup.getByRole("heading", { name: "Hittade punkter (8)" }).waitFor();
    expect(problems).toEqual([]);
  });

  it("says a broken PDF and a scanned PDF apart, each with what to do instead", async () => {
    const popup = await openPopup();
    const pdf = (name: string, bytes: Uint8Array) => ({
      name,
      mimeType: "application/pdf",
      buffer: Buffer.from(bytes),
    });
    await popup.setInputFiles('input[type="file"]', pdf("trasig.pdf", brokenPdf()));
    await popup
      .getByRole("alert")
      .filter({
        hasText:
          "PDF:en kunde inte läsas: den är skadad, lösenordsskyddad eller ingen PDF. Hämta kallelsen på nytt",
      })
      .waitFor();
    await popup.setInputFiles('input[type="file"]', pdf("inskannad.pdf", await scannedPdf(2)));
    await popup
      .getByRole("alert")
      .filter({ hasText: "PDF:en innehåller ingen text (den är troligen inskannad)" })
      .waitFor();
    expect(problems).toEqual([]);
  });

  it("refuses a file that is neither PDF nor DOCX with a Swedish message", async () => {
    const popup = await openPopup();
    await popup.setInputFiles('input[type="file"]', {
      name: "lista.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("1. Val av justerare"),
    });
    await popup
      .getByRole("alert")
      .filter({ hasText: "Filtypen stöds inte. Välj en PDF- eller Word-fil (.docx)." })
      .waitFor();
  });
});
