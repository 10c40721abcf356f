import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const firefoxBuild = resolve(import.meta.dirname, "../dist/extension/firefox");

interface LinterReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: { code: string; message: string; file?: string }[];
}

/**
 * Mozilla's addons-linter (offline, as AMO runs it) on the built Firefox extension: it must report no
 * errors. Warnings come from pdf.js, JSZip and mammoth in lazily loaded chunks and are reviewed, not fatal.
 */
describe("Firefox build", () => {
  it("passes addons-linter with no errors", { timeout: 300_000 }, async () => {
    expect(existsSync(resolve(firefoxBuild, "manifest.json")), "run `npm run build` first").toBe(true);
    const bin = resolve(import.meta.dirname, "../node_modules/.bin/addons-linter");
    const { stdout } = await promisify(execFile)(bin, [firefoxBuild, "--output", "json"], {
      maxBuffer: 64 * 1024 * 1024,
    }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? "" }));
    const report = JSON.parse(stdout) as LinterReport;
    expect(report.errors.map((e) => `${e.code} ${e.file ?? ""}: ${e.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });
});
