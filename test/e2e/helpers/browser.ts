import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "../../../scripts/chromium.mjs";

/** office.js from Microsoft's CDN: the trial page does not load it, but a stray request must never hang. */
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

export interface LaunchOptions {
  /** A persistent profile directory (survives `close()`, for restart tests). Default: a fresh temporary one. */
  userDataDir?: string;
  /** An unpacked extension directory to load (needs a persistent profile; one is made if none is given). */
  extensionDir?: string;
  /** Extra Chromium flags on top of this machine's `CHROMIUM_ARGS`. */
  args?: string[];
  headless?: boolean;
  viewport?: { width: number; height: number };
}

export interface LaunchedChromium {
  context: BrowserContext;
  newPage(): Promise<Page>;
  /** Closes the browser; removes the profile only when it was a temporary one. */
  close(): Promise<void>;
}

/**
 * Starts the system Chromium for a browser test or benchmark, always as a persistent context so extensions
 * and restart tests use the same code path. Requests to office.js's CDN are answered with an empty script
 * (the machine has no network, and the pane must never depend on it outside Office).
 */
export async function launchChromium(options: LaunchOptions = {}): Promise<LaunchedChromium> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error("No Chromium found: run `node scripts/chromium.mjs --ensure`.");
  const temporary = options.userDataDir ? null : await mkdtemp(join(tmpdir(), "sp-chromium-"));
  const userDataDir = options.userDataDir ?? (temporary as string);
  const args = [...CHROMIUM_ARGS, ...(options.args ?? [])];
  if (options.extensionDir) {
    args.push(
      `--disable-extensions-except=${options.extensionDir}`,
      `--load-extension=${options.extensionDir}`,
    );
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    args,
    // New headless mode ("chromium" channel) is the one that runs extensions.
    channel: "chromium",
    headless: options.headless ?? true,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    ignoreDefaultArgs: options.extensionDir ? ["--disable-extensions"] : [],
  });
  await context.route(OFFICE_JS_URL, (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript", body: "" }),
  );
  return {
    context,
    newPage: () => context.newPage(),
    close: async () => {
      await context.close();
      if (temporary) await rm(temporary, { recursive: true, force: true });
    },
  };
}
