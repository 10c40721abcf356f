import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";

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
