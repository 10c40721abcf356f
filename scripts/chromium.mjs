#!/usr/bin/env node
// Finds a Chromium for the browser tests and benchmarks: CHROMIUM_PATH, Debian's /usr/bin/chromium, or
// Playwright's own. With `--ensure` it installs one when none is found (Playwright cannot download its
// own browser on our machines, so Debian's package comes first when we are root).
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

function playwrightChromium() {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH ?? join(homedir(), ".cache", "ms-playwright");
  if (!existsSync(cache)) return null;
  for (const dir of readdirSync(cache)
    .filter((name) => name.startsWith("chromium"))
    .sort()
    .reverse()) {
    for (const sub of [
      "chrome-linux64/chrome",
      "chrome-linux/chrome",
      "chrome-headless-shell-linux64/chrome-headless-shell",
    ]) {
      const candidate = join(cache, dir, sub);
      if (existsSync(candidate)) return candidate;
    }
  }
  return null;
}

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const candidate of ["/usr/bin/chromium", "/usr/bin/chromium-browser"]) {
    if (existsSync(candidate)) return candidate;
  }
  return playwrightChromium();
}

/** Flags for this machine's closed network: without them Chromium keeps dialling out and being refused. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

function tryInstall() {
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    console.log("Ingen Chromium hittades: installerar Debians paket chromium …");
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    return;
  }
  console.log("Ingen Chromium hittades: försöker med npx playwright install chromium …");
  execFileSync("npx", ["--yes", "playwright", "install", "chromium"], { stdio: "inherit" });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href && process.argv.includes("--ensure")) {
  if (!findChromium()) {
    try {
      tryInstall();
    } catch {
      // fall through to the one-line instruction
    }
  }
  const found = findChromium();
  if (!found) {
    console.error(
      "Ingen Chromium: installera med `apt-get install chromium` eller ange sökvägen i CHROMIUM_PATH.",
    );
    process.exit(1);
  }
  console.log(`Chromium: ${found}`);
}
