import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importsOf, ROOT, sourceFiles } from "./source-graph";

/**
 * One door to the browser (issue 9 item 12): only `extension/platform/` calls `browser.*` or `chrome.*` or
 * imports the polyfill's values; everything else receives plain functions from it, so the popup, options
 * page, worker and content scripts can be tested with plain fakes. Type-only imports are allowed.
 */
const BROWSER_CALL = /\b(?:browser|chrome)\??\.[A-Za-z_$]/;
const POLYFILL_VALUE_IMPORT = /^\s*import\s+(?!type\b)[^;]*from\s*["']webextension-polyfill["']/m;

/** What a source says outside comments and string literals, line by line, so prose never counts. */
function codeLines(source: string): string[] {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, " "))
    .split("\n")
    .map((line) => line.replace(/(["'`])(?:\\.|(?!\1).)*\1/g, '""').replace(/\/\/.*$/, ""));
}

function browserCallsOutsidePlatform(files: readonly string[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    if (file.startsWith("extension/platform/")) continue;
    const source = readFileSync(join(ROOT, file), "utf8");
    if (POLYFILL_VALUE_IMPORT.test(source)) found.push(`${file}: imports webextension-polyfill`);
    codeLines(source).forEach((line, i) => {
      if (BROWSER_CALL.test(line)) found.push(`${file}:${i + 1}: ${line.trim()}`);
    });
  }
  return found;
}

/** The extension's own sources, without its tests (which may read the build and the manifest). */
const shipped = () => sourceFiles(["extension"]).filter((file) => !/\.test\.tsx?$/.test(file));

describe("the extension's door to the browser", () => {
  it("no source under extension/ outside platform/ calls browser.* or chrome.*", () => {
    expect(browserCallsOutsidePlatform(shipped())).toEqual([]);
  });

  it("no extension code imports the build-time manifest generator (the worker would carry build code)", () => {
    const fromManifest = shipped().flatMap((file) =>
      importsOf(file)
        .filter((dep) => dep.startsWith("manifest/"))
        .map((dep) => `${file} -> ${dep}`),
    );
    expect(fromManifest).toEqual([]);
  });

  it("finds a call, a polyfill import and ignores the word in prose", () => {
    expect(browserCallsOutsidePlatform(["test/architecture/fixtures/browser-call.ts"])).toEqual([
      "test/architecture/fixtures/browser-call.ts: imports webextension-polyfill",
      "test/architecture/fixtures/browser-call.ts:8: await browser.storage.local.get(KEY);",
      "test/architecture/fixtures/browser-call.ts:9: chrome.action.setBadgeText({ text: KEY });",
    ]);
  });
});
