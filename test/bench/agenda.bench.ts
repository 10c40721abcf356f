// Agenda extraction on a generated 300-item agenda page, in Chromium (the content script's real home)
// and in Node (linkedom, as the CLI runs it). The extractor is bundled as one classic script the way
// the clip content script ships it, injected into the page and timed there with performance.now().
import { gzipSync } from "node:zlib";
import { parseHTML } from "linkedom";
import { extractAgendaFromDocument } from "../../shared/agenda";
import { launchChromium } from "../e2e/helpers";
import { buildExtractorBundle } from "../fixtures/agenda/extractor-bundle";
import { rowsPage } from "../fixtures/agenda/hostile";
import { type Bench, type BenchRow, medianMs } from "./types";

const ITEMS = 300;
const PAGE_URL = "https://intra.kommun.example/namnder/sn/2024-02-20";

const TITLES = [
  "Ekonomisk uppföljning",
  "Revidering av riktlinjer för ekonomiskt bistånd",
  "Yttrande över motion om",
  "Internkontrollplan",
  "Delegationsbeslut",
  "Sjukfrånvaro inom hemtjänsten",
];

/** A portal-style page: header, an MBL group every 100 items, each item a table row with dnr and links. */
function tablePage(count: number): string {
  const rows: string[] = [];
  for (let i = 1; i <= count; i++) {
    if (i % 100 === 1)
      rows.push(`<tr><td colspan="4">Information enligt MBL § 19, del ${Math.ceil(i / 100)}</td></tr>`);
    rows.push(
      `<tr><td>§ ${i}</td><td><span>${TITLES[i % TITLES.length]} ${i}</span></td><td>SN 2024/${i}</td>` +
        `<td><a href="/handlingar/${i}/tu.pdf">Tjänsteutlåtande</a> <a href="/handlingar/${i}/bilaga.pdf">Bilaga 1</a></td></tr>`,
    );
  }
  return `<!doctype html><html lang="sv"><head><title>Socialnämnden</title></head><body>
<nav><ul><li><a href="/">Start</a></li><li><a href="/namnder">Nämnder</a></li></ul></nav>
<h1>Socialnämnden</h1><p>Sammanträde 2024-02-20 kl. 13.00</p>
<table><thead><tr><th>Nr</th><th>Ärende</th><th>Dnr</th><th>Handlingar</th></tr></thead><tbody>${rows.join("\n")}</tbody></table>
</body></html>`;
}

/** The same agenda as headings and paragraphs, the generic extractor's slowest path. */
function headingsPage(count: number): string {
  const blocks: string[] = [];
  for (let i = 1; i <= count; i++) {
    blocks.push(
      `<div class="arende"><h3>Punkt ${i} ${TITLES[i % TITLES.length]}</h3><p>Dnr: SN 2024/${i}</p>` +
        `<p>Förvaltningen föreslår att nämnden godkänner rapporten.</p>` +
        `<p>Underlag: <a href="/handlingar/${i}/tu.pdf">Tjänsteutlåtande</a></p></div>`,
    );
  }
  return `<!doctype html><html lang="sv"><head><title>Socialnämnden</title></head><body>
<h1>Socialnämnden</h1><p>den 20 februari 2024</p><h2>Ärenden</h2>${blocks.join("\n")}</body></html>`;
}

const LAYOUTS = { table: tablePage(ITEMS), headings: headingsPage(ITEMS) };

/** The 5 MB page of 24,000 rows: the clip keeps 500 items and counts the rest. */
const BIG_ROWS = 24_000;
const BIG_PAGE = rowsPage(BIG_ROWS);

/**
 * The timing loop that runs in the page, as source text: a function passed to `page.evaluate` would be
 * serialised after tsx's transform, which adds helpers the page does not have.
 */
function inPageTiming(runs: number, warmup: number): string {
  return `(() => {
    const extract = () => spAgenda.extractAgendaFromDocument(document, ${JSON.stringify(PAGE_URL)});
    for (let i = 0; i < ${warmup}; i++) extract();
    const times = [];
    for (let i = 0; i < ${runs}; i++) {
      const start = performance.now();
      extract();
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return { median: times[Math.floor(times.length / 2)], items: extract().items.length };
  })()`;
}

async function chromiumRows(bundle: string): Promise<BenchRow[]> {
  const browser = await launchChromium();
  const rows: BenchRow[] = [];
  try {
    const page = await browser.newPage();
    for (const [layout, html] of Object.entries(LAYOUTS)) {
      await page.setContent(html);
      await page.addScriptTag({ content: bundle });
      const { median, items } = await page.evaluate<{ median: number; items: number }>(inPageTiming(21, 5));
      rows.push({
        name: `agenda: extract ${ITEMS}-item ${layout} page, Chromium`,
        value: median,
        unit: "ms",
        target: "< 20 ms",
      });
      rows.push({
        name: `agenda: items found, ${layout} page, Chromium`,
        value: items,
        unit: "items",
        target: `${ITEMS}`,
      });
    }
    await page.setContent(BIG_PAGE);
    await page.addScriptTag({ content: bundle });
    const big = await page.evaluate<{ median: number; items: number }>(inPageTiming(5, 1));
    rows.push({
      name: `agenda: extract ${(BIG_PAGE.length / 1024 / 1024).toFixed(1)} MB page of ${BIG_ROWS} rows, Chromium`,
      value: big.median,
      unit: "ms",
      target: "< 1000 ms",
    });
    rows.push({
      name: "agenda: items kept of the 24,000 rows, Chromium",
      value: big.items,
      unit: "items",
      target: "500 (envelope limit), with a notice",
    });
  } finally {
    await browser.close();
  }
  return rows;
}

function nodeRows(): BenchRow[] {
  const rows = Object.entries(LAYOUTS).map(([layout, html]) => {
    const doc = parseHTML(html).document as unknown as Document;
    return {
      name: `agenda: extract ${ITEMS}-item ${layout} page, Node (linkedom)`,
      value: medianMs(() => extractAgendaFromDocument(doc, PAGE_URL)),
      unit: "ms" as const,
    };
  });
  const big = parseHTML(BIG_PAGE).document as unknown as Document;
  rows.push({
    name: `agenda: extract 5 MB page of ${BIG_ROWS} rows, Node (linkedom)`,
    value: medianMs(() => extractAgendaFromDocument(big, PAGE_URL), 5, 1),
    unit: "ms" as const,
  });
  return rows;
}

export const agendaBench: Bench = async () => {
  const bundle = await buildExtractorBundle();
  const sizeRow: BenchRow = {
    name: "agenda: extractor bundle (iife, minified)",
    value: gzipSync(bundle, { level: 9 }).length / 1024,
    unit: "KB gzip",
    target: "most of the clip script's 30 KB budget",
  };
  return [...(await chromiumRows(bundle)), ...nodeRows(), sizeRow];
};
