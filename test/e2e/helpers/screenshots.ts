import { mkdirSync } from "node:fs";
import { resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../../..");

/**
 * Where a browser test writes a screenshot: under dist/ on every test run, into docs/ (the README's pictures,
 * tracked) only when `npm run screenshots` asks for it, so `npm test` never changes a tracked file.
 */
export function screenshotPath(name: string): string {
  const dir = resolve(ROOT, process.env.SP_SCREENSHOTS === "docs" ? "docs" : "dist/screenshots");
  mkdirSync(dir, { recursive: true });
  return resolve(dir, `${name}.png`);
}
