// Task pane time to interactive in Chromium: cold loads of the built trial page (real pane + Word test
// double), from navigation start until the tablist is on screen. A fresh browser per load, so no caches.
import { DIST_DIR, ensureTrialBuilt, launchChromium, serveDir, TRIAL_PATH } from "../e2e/helpers";
import type { Bench } from "./types";

const LOADS = 5;

async function coldLoadMs(url: string): Promise<number> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
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
    await browser.close();
  }
}

export const paneBench: Bench = async () => {
  ensureTrialBuilt();
  const server = await serveDir(DIST_DIR);
  try {
    const times: number[] = [];
    for (let i = 0; i < LOADS; i++) times.push(await coldLoadMs(server.url(TRIAL_PATH)));
    times.sort((a, b) => a - b);
    return [
      {
        name: `pane: time to interactive, cold load in Chromium (median of ${LOADS})`,
        value: times[Math.floor(times.length / 2)] ?? Number.NaN,
        unit: "ms",
      },
    ];
  } finally {
    await server.close();
  }
};
