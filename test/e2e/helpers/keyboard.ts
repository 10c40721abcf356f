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

/** Selects a pane tab as a keyboard user does: Tab to the tab list, then the arrow keys. */
export async function selectTabByKeyboard(page: Page, name: string, max = 8): Promise<void> {
  // A tab without room in the strip is in the menu (hidden) until the arrow keys select it.
  const tab = page.getByRole("tab", { name, includeHidden: true });
  await tabTo(page, page.getByRole("tab", { selected: true }));
  for (let i = 0; i < max && (await tab.getAttribute("aria-selected")) !== "true"; i++) {
    await page.keyboard.press("ArrowRight");
  }
  if ((await tab.getAttribute("aria-selected")) !== "true") throw new Error(`Tab "${name}" not reached`);
}

/**
 * Möte by keyboard: Karin Berg for Kommunal on the roster, justerare Karin Berg (Kommunal) and Anna Ek
 * (Arbetsgivaren), saved to the document.
 */
export async function fillMeetingByKeyboard(page: Page): Promise<void> {
  const unions = page.getByRole("group", { name: "Fackliga representanter" });
  await tabTo(page, page.getByRole("button", { name: "Lägg till facklig representant" }));
  await page.keyboard.press("Enter");
  await chooseByKeyboard(page, unions.getByLabel("Organisation, rad 1"), "Kommunal");
  await tabTo(page, unions.getByLabel("Namn, rad 1"));
  await page.keyboard.type("Karin Berg");
  const justerare = page.getByRole("group", { name: "Justerare" });
  for (const [row, party, name] of [
    [1, "Kommunal", "Karin Berg"],
    [2, "Arbetsgivaren", "Anna Ek"],
  ] as const) {
    await tabTo(page, page.getByRole("button", { name: "Lägg till justerare" }));
    await page.keyboard.press("Enter");
    await chooseByKeyboard(page, justerare.getByLabel(`Part, rad ${row}`), party);
    await tabTo(page, justerare.getByLabel(`Namn, rad ${row}`));
    await page.keyboard.type(name);
  }
  await tabTo(page, page.getByRole("button", { name: "Spara i dokumentet" }));
  await page.keyboard.press("Enter");
}
