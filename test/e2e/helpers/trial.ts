import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll } from "vitest";
import { type LaunchedChromium, launchChromium } from "./browser";
import { type StaticServer, serveDir } from "./server";

const root = resolve(import.meta.dirname, "../../..");

/** The built trial page, relative to `dist/` (serve `dist/` to reach it and the built add-in alike). */
export const TRIAL_PATH = "trial/test/double/trial.html";
export const DIST_DIR = resolve(root, "dist");

/**
 * Builds the trial page when a browser test runs on its own (`npm test` builds everything first), so a
 * test never runs against a stale or missing build without saying so.
 */
export function ensureTrialBuilt(): void {
  if (existsSync(resolve(DIST_DIR, TRIAL_PATH))) return;
  execFileSync("npx", ["vite", "build", "--mode", "trial", "--logLevel", "warn"], {
    cwd: root,
    stdio: "inherit",
  });
}

/**
 * Opens the trial page and waits until the pane is interactive. Page errors are collected: a test should
 * assert the list is empty at its end.
 */
export async function openTrial(page: Page, url: string): Promise<{ errors: string[] }> {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url);
  await page.getByRole("tablist").waitFor();
  return { errors };
}

/**
 * A file's browser tests on the built trial page: one static server for the file, a fresh Chromium per test
 * (closed after it). `open` loads the trial page (with an optional query) and waits for the pane.
 */
export function useTrialPage(viewport = { width: 1280, height: 900 }) {
  let server: StaticServer | undefined;
  let browser: LaunchedChromium | undefined;
  beforeAll(async () => {
    ensureTrialBuilt();
    server = await serveDir(DIST_DIR);
  });
  afterAll(async () => {
    await server?.close();
  });
  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });
  const started = async () => {
    browser = await launchChromium({ viewport });
    return browser.newPage();
  };
  return {
    url: (path: string) => server!.url(path),
    /** A new browser page, for pages other than the trial page. */
    blank: started,
    async open(query = ""): Promise<{ page: Page; errors: string[] }> {
      const page = await started();
      const { errors } = await openTrial(page, `${server!.url(TRIAL_PATH)}${query}`);
      return { page, errors };
    },
  };
}
