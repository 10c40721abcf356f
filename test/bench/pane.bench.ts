// Task pane time to interactive in Chromium: loads of the built trial page (real pane + Word test double)
// from navigation start until the tablist is on screen. Each load is a new page with nothing cached (the
// test server sends no-store); one browser serves all loads, after one discarded warm-up, because a
// browser that is still starting up makes the first navigation's timing mostly noise.
import type { BrowserContext } from "playwright-core";
import { DIST_DIR, ensureTrialBuilt, launchChromium, serveDir, TRIAL_PATH } from "../e2e/helpers";
import type { Bench } from "./types";

const LOADS = 7;

async function loadMs(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: "commit" });
    // Sampled on animation frames: the first frame in which the tabs can be seen and used.
    const handle = await page.waitForFunction(
      () => {
        const tablist = document.querySelector('[role="tablist"]');
        return tablist && tablist.getBoundingClientRect().height > 0 ? performance.now() : null;
      },
      undefined,
      { polling: "raf", timeout: 30_000 },
    );
    return (await handle.jsonValue()) as number;
  } finally {
    await page.close();
  }
}

export const paneBench: Bench = async () => {
  ensureTrialBuilt();
  const server = await serveDir(DIST_DIR);
  const browser = await launchChromium();
  try {
    const url = server.url(TRIAL_PATH);
    await loadMs(browser.context, url);
    const times: number[] = [];
    for (let i = 0; i < LOADS; i++) times.push(await loadMs(browser.context, url));
    times.sort((a, b) => a - b);
    return [
      {
        name: `pane: time to interactive in Chromium, uncached page load (median of ${LOADS})`,
        value: times[Math.floor(times.length / 2)] ?? Number.NaN,
        unit: "ms",
      },
    ];
  } finally {
    await browser.close();
    await server.close();
  }
};
