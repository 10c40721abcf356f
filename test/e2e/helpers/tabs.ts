import type { Page } from "playwright-core";

/**
 * Opens a pane tab as a mouse user does: in the strip when it has room there, else from "Fler flikar" (at
 * Word's 320 px the strip shows the whole tabs it has room for, the others only in that menu).
 */
export async function openTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole("tab", { name });
  if (await tab.isVisible()) {
    await tab.click();
    return;
  }
  await page.getByRole("button", { name: "Fler flikar" }).click();
  await page.getByRole("menuitem", { name }).click();
}
