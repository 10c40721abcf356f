import type { Locator, Page } from "playwright-core";

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

/**
 * Moves focus with Tab (or Shift+Tab) until `target` has it, as a keyboard user would; fails when it is not
 * reachable within `max` presses, which is exactly the bug a keyboard-only test is there to find.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { backwards = false, max = 120 } = {},
): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  throw new Error(`Not reachable by keyboard within ${max} presses: ${target}`);
}

/** Chooses an option of a focused-by-Tab <select> with the arrow keys only. */
export async function chooseByKeyboard(page: Page, select: Locator, label: string, max = 60): Promise<void> {
  await tabTo(page, select);
  const labels = await select.evaluate((element) =>
    [...(element as HTMLSelectElement).options].map((option) => option.label),
  );
  const target = labels.indexOf(label);
  if (target === -1) throw new Error(`No option "${label}" in ${labels.join(", ")}`);
  for (let i = 0; i < max; i++) {
    const current = await select.evaluate((element) => (element as HTMLSelectElement).selectedIndex);
    if (current === target) return;
    await page.keyboard.press(current < target ? "ArrowDown" : "ArrowUp");
  }
  throw new Error(`Could not choose "${label}" with the arrow keys`);
}
