import type { BrowserContext, Page } from "playwright-core";
import { DIST_DIR, ensureTrialBuilt, openTrial, type StaticServer, serveDir, TRIAL_PATH } from "../helpers";

export interface TrialPane {
  /** The add-in's origin: `dist/` served on 127.0.0.1. */
  server: StaticServer;
  /** Opens the pane (trial page with the Word test double) in a new tab; `init` runs before its scripts. */
  open(
    context: BrowserContext,
    init?: (page: Page) => Promise<unknown>,
  ): Promise<{ pane: Page; errors: string[] }>;
  close(): Promise<void>;
}

/** Serves the built task pane for the extension tests that deliver into it (building it when missing). */
export async function serveTrialPane(): Promise<TrialPane> {
  ensureTrialBuilt();
  const server = await serveDir(DIST_DIR);
  return {
    server,
    open: async (context, init) => {
      const pane = await context.newPage();
      await init?.(pane);
      const { errors } = await openTrial(pane, server.url(TRIAL_PATH));
      return { pane, errors };
    },
    close: () => server.close(),
  };
}
