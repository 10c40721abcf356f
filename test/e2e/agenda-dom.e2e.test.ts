import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractAgendaFromDocument } from "../../shared/agenda";
import { buildExtractorBundle } from "../fixtures/agenda/extractor-bundle";
import { rowsPage } from "../fixtures/agenda/hostile";
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
  // The fixture set's pages: div and span layouts, portals, hidden tabs.
  ...readdirSync(resolve(fixtures, "set-web"))
    .filter((name) => name.endsWith(".html"))
    .map((name) => `set-web/${name}`),
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
    expect(inNode.items.length + (inNode.notices?.length ?? 0)).toBeGreaterThan(0);
    expect(inBrowser).toEqual(inNode);
    await page.close();
  });

  it("hands over 500 items of a 24,000-row page with the count of the rest", async () => {
    const page = await browser.newPage();
    await page.setContent(rowsPage(24_000));
    await page.addScriptTag({ content: bundle });
    const agenda = (await page.evaluate(
      "spAgenda.extractAgendaFromDocument(document, 'https://intra.kommun.example/')",
    )) as { items: { number: string }[]; notices: unknown[] };
    expect(agenda.items).toHaveLength(500);
    expect(agenda.items[499]?.number).toBe("500");
    expect(agenda.notices).toEqual([{ key: "agenda.notice.itemsCut", params: { found: 24_000, kept: 500 } }]);
    await page.close();
  });

  it("reads items in an open shadow root, and says the list may be incomplete where a closed one hides them", async () => {
    const page = await browser.newPage();
    await page.setContent("<h2>Föredragningslista</h2><sp-open></sp-open><sp-closed></sp-closed>");
    await page.evaluate(`(() => {
      document.querySelector("sp-open").attachShadow({ mode: "open" }).innerHTML =
        "<ol><li>Val av justerare</li><li>Budget 2025, dnr SN 2024/12</li></ol>";
      document.querySelector("sp-closed").attachShadow({ mode: "closed" }).innerHTML = "<ol start='3'><li>Taxor</li></ol>";
    })()`);
    await page.addScriptTag({ content: bundle });
    const agenda = (await page.evaluate("spAgenda.extractAgendaFromDocument(document, location.href)")) as {
      items: { number: string; title: string; dnr: string[] }[];
      notices: unknown[];
    };
    expect(agenda.items.map((item) => [item.number, item.title, item.dnr])).toEqual([
      ["1", "Val av justerare", []],
      ["2", "Budget 2025", ["SN 2024/12"]],
    ]);
    expect(agenda.notices).toEqual([{ key: "agenda.notice.hiddenParts" }]);
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
    })()`)) as { items: { number: string; title: string; dnr: string[]; links: unknown[] }[] };
    expect(agenda.items.map((item) => [item.number, item.title, item.dnr, item.links.length])).toEqual([
      ["3", "Budget 2025 och plan 2026–2027 – planeringsdirektiv", ["KS 2024/0211"], 2],
      ["4", "Ändring av taxa för bygglov", ["KS 2021/0456-1.2"], 1],
    ]);
    await page.close();
  });
});
