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

export type MblChoice = "MBL §11" | "MBL §19" | "Övrigt";

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
    if (choice !== true) await popup.locator(`#item-${n - 1}-mbl`).selectOption({ label: choice });
  }
}

/** The serious and critical axe violations of a page, each as "rule: targets", for an `toEqual([])`. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
