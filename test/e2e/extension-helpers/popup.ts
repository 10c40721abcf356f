import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";

/** Has the popup read the items of the page behind it, and waits until its editor lists `count`. */
export async function findItems(popup: Page, count: number): Promise<void> {
  await popup.getByRole("button", { name: "Hämta punkter från sidan" }).click();
  await popup.getByRole("heading", { name: `Hittade punkter (${count})` }).waitFor();
}

/** Queues the chosen items and waits for the popup's confirmation. */
export async function queueItems(popup: Page, confirmation: string): Promise<void> {
  await popup.getByRole("button", { name: "Lägg i kön" }).click();
  await popup.getByRole("status").filter({ hasText: confirmation }).waitFor();
}

export type MblChoice = "MBL § 11" | "MBL § 19" | "Övrigt";

/** Each choice by its option's value: the labels hold no-break spaces ("MBL § 11"). */
const MBL_VALUES: Record<MblChoice, string> = { "MBL § 11": "mbl11", "MBL § 19": "mbl19", Övrigt: "" };

/**
 * Keeps the items numbered in `keep` (1-based, of `count` found), classifying those given a class, and
 * leaves the others out. Procedural items ("Val av justerare") start unchosen, so kept ones are checked.
 */
export async function chooseItems(
  popup: Page,
  count: number,
  keep: Record<number, MblChoice | true>,
): Promise<void> {
  for (let n = 1; n <= count; n++) {
    const choice = keep[n];
    const box = popup.getByRole("checkbox", { name: `Ta med punkt ${n}` });
    if (!choice) {
      await box.uncheck();
      continue;
    }
    await box.check();
    if (choice !== true) await popup.locator(`#item-${n - 1}-mbl`).selectOption(MBL_VALUES[choice]);
  }
}

/** The serious and critical axe violations of a page, each as "rule: targets", for an `toEqual([])`. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** True when the page is wider than its viewport (a horizontal scrollbar), e.g. at the pane's 320 px. */
export function overflowsHorizontally(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/**
 * Serious and critical axe violations and horizontal overflow of a page in light and dark at each width,
 * as "dark 320: rule: targets" lines, for an `toEqual([])`. Leaves the page light at its last width.
 */
export async function schemeAndWidthProblems(page: Page, widths: readonly number[]): Promise<string[]> {
  const problems: string[] = [];
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    for (const width of widths) {
      await page.setViewportSize({ width, height: 720 });
      const where = `${colorScheme} ${width}`;
      for (const violation of await seriousViolations(page)) problems.push(`${where}: ${violation}`);
      if (await overflowsHorizontally(page)) problems.push(`${where}: wider than the window`);
    }
  }
  await page.emulateMedia({ colorScheme: "light" });
  return problems;
}
