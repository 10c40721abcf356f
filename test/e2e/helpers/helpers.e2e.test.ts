import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LaunchedChromium, launchChromium, OFFICE_JS_URL, type StaticServer, serveDir } from "./index";

describe("e2e helpers", () => {
  let dir: string;
  let server: StaticServer;
  let browser: LaunchedChromium;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "sp-serve-"));
    await writeFile(
      join(dir, "index.html"),
      `<!doctype html><title>t</title><script src="${OFFICE_JS_URL}"></script><p id="p">hej</p>`,
    );
    server = await serveDir(dir);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("serves a directory on loopback and answers office.js without the network", async () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const page = await browser.newPage();
    const officeJs = page.waitForResponse(OFFICE_JS_URL);
    await page.goto(server.url("/"));
    expect((await officeJs).status()).toBe(200);
    expect(await page.textContent("#p")).toBe("hej");
  });

  it("refuses paths outside the directory and reports missing files", async () => {
    const outside = await fetch(`${server.origin}/..%2f..%2fetc/passwd`);
    expect(outside.status).toBe(403);
    expect((await fetch(server.url("missing.js"))).status).toBe(404);
  });
});
