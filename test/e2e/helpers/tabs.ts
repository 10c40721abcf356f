import type { Page } from "playwright-core";

/** Opens a pane tab as a mouse user does: every tab is in the strip, at 320 px on two rows. */
export async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole("tab", { name }).click();
}
