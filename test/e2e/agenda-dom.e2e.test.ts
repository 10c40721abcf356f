import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractAgendaFromDocument } from "../../shared/agenda";
import { buildExtractorBundle } from "../fixtures/agenda/extractor-bundle";
import { type LaunchedChromium, launchChromium, type StaticServer, serveDir } from "./helpers";

// The agenda extractor on Chromium's DOM must agree with linkedom's, which the unit tests and the CLI use:
// the HTML parsers differ (Chromium adds <tbody>, moves stray elements), the extractor must not care.
const fixtures = resolve(import.meta.dirname, "../fixtures/agenda");
const PAGES = [
  "table.html",
  "ordered-list.html",
  "headings.html",
  "portal-nested.html",
  "mbl-groups.html",
  "portal-meetings.html",
];

describe("agenda extraction in Chromium", () => {
  let server: StaticServer;
  let browser: LaunchedChromium;
  let bundle: string;

  beforeAll(async () => {
    [server, browser, bundle] = await Promise.all([
      serveDir(fixtures),
      launchChromium(),
      buildExtractorBundle(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(PAGES)("%s gives the same agenda as in Node", async (name) => {
    const page = await browser.newPage();
    const url = server.url(name);
    await page.goto(url);
    await page.addScriptTag({ content: bundle });
    const inBrowser = await page.evaluate("spAgenda.extractAgendaFromDocument(document, location.href)");
    const { document } = parseHTML(readFileSync(resolve(fixtures, name), "utf8"));
    const inNode = extractAgendaFromDocument(document as unknown as Document, url);
    expect(inNode.items.length).toBeGreaterThan(0);
    expect(inBrowser).toEqual(inNode);
    await page.close();
  });

  it("clips a real selection made in the page", async () => {
    const page = await browser.newPage();
    await page.goto(server.url("headings.html"));
    await page.addScriptTag({ content: bundle });
    // From the third item's heading to the end of the fourth item's underlag.
    const agenda = (await page.evaluate(`(() => {
      const headings = document.querySelectorAll("h3");
      const range = document.createRange();
      range.setStartBefore(headings[2]);
      range.setEndAfter(headings[4].previousElementSibling);
      const selection = getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      return spAgenda.extractAgendaFromSelection(selection.getRangeAt(0).cloneContents(), location.href);
    })()`)) as { items: { number: string; title: string; dnr: string; links: unknown[] }[] };
    expect(agenda.items.map((item) => [item.number, item.title, item.dnr, item.links.length])).toEqual([
      ["3", "Budget 2025 och plan 2026–2027 – planeringsdirektiv", "KS 2024/0211", 2],
      ["4", "Ändring av taxa för bygglov", "KS 2021/0456-1.2", 1],
    ]);
    await page.close();
  });
});
