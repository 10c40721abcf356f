import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { TARGET_BROWSERS } from "../manifest/extension/manifest";

const dist = resolve(import.meta.dirname, "../dist/extension");

/** Every file a built manifest names, so a renamed entry or a missing build step fails here, not in a store. */
function namedFiles(manifest: Record<string, unknown>): string[] {
  const background = manifest.background as { service_worker?: string; scripts?: string[] };
  const action = manifest.action as { default_popup: string; default_icon: Record<string, string> };
  return [
    ...(background.scripts ?? [background.service_worker!]),
    action.default_popup,
    (manifest.options_ui as { page: string }).page,
    ...Object.values(manifest.icons as Record<string, string>),
    ...Object.values(action.default_icon),
    "content/clip.js",
    "content/bridge.js",
    (manifest.storage as { managed_schema: string }).managed_schema,
    "_locales/sv/messages.json",
    "_locales/en/messages.json",
  ];
}

describe("built extension", () => {
  it.each(TARGET_BROWSERS)(
    "%s: has every file its manifest names, and scripts only from itself",
    (browser) => {
      const dir = resolve(dist, browser);
      expect(existsSync(resolve(dir, "manifest.json")), "run `npm run build` first").toBe(true);
      const manifest = JSON.parse(readFileSync(resolve(dir, "manifest.json"), "utf8"));
      for (const file of namedFiles(manifest)) expect(existsSync(resolve(dir, file)), file).toBe(true);
      for (const page of ["popup.html", "options.html"]) {
        const html = readFileSync(resolve(dir, page), "utf8");
        // The strict CSP forbids inline and remote scripts: every script must be a packaged file.
        expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
        for (const [, src] of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) {
          expect(src).toMatch(/^\.\//);
          expect(existsSync(resolve(dir, src!))).toBe(true);
        }
      }
    },
  );

  it("content scripts are single classic scripts (no import statements)", () => {
    for (const name of ["clip", "bridge"]) {
      const code = readFileSync(resolve(dist, "chrome/content", `${name}.js`), "utf8");
      expect(code).not.toMatch(/^\s*import[\s{]/m);
      expect(code).not.toMatch(/\bimport\(/);
    }
  });

  it("the clip content script carries no PDF or DOCX code", () => {
    const code = readFileSync(resolve(dist, "chrome/content/clip.js"), "utf8");
    expect(code).not.toMatch(/pdfjs|GlobalWorkerOptions|mammoth|JSZip/i);
  });

  // It runs in the add-in's own page: the runtime channel only, no catalogue, queue or schema.
  it("the bridge content script carries no catalogue, queue or envelope code", () => {
    const code = readFileSync(resolve(dist, "chrome/content/bridge.js"), "utf8");
    expect(code).not.toMatch(/Samverkas enligt MBL|sp-clip-queue|recentClips|kQuotaBytes/);
  });
});
