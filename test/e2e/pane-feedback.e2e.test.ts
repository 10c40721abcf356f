import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openTab, useTrialPage } from "./helpers";

// What a secretary sees after pressing a button in Word's 320 px pane: the result where she can read it,
// and (for the keyboard) the focus still on the button she pressed, even when Word takes its time.

const trial = useTrialPage({ width: 720, height: 560 });

/** The pane at Word's default width, 320 px, in a window too short for a whole tab. */
async function narrowPane(page: Page) {
  await page.addStyleTag({ content: ".trial-pane { width: 320px !important; }" });
}

/** True when the element lies wholly inside the pane's scrolled view (what the user can see without scrolling). */
function inView(element: Locator): Promise<boolean> {
  return element.evaluate((node) => {
    const box = node.getBoundingClientRect();
    const pane = (node.closest(".trial-pane") as HTMLElement).getBoundingClientRect();
    return box.height > 0 && box.top >= pane.top && box.bottom <= pane.bottom;
  });
}

/**
 * Word on the web answers each `context.sync()` after a round trip to the server: every `Word.run` here is
 * held back a little, so a button stays busy long enough for the browser to notice.
 */
async function slowWord(page: Page) {
  await page.evaluate(() => {
    const run = Word.run.bind(Word) as (...args: unknown[]) => Promise<unknown>;
    (Word as unknown as { run: typeof run }).run = (...args) =>
      new Promise((resolve) => setTimeout(resolve, 300)).then(() => run(...args));
  });
}

/** The focused element as "button: Skapa protokoll" (or "body" when the focus was lost). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return "body";
    return `${element.tagName.toLowerCase()}: ${element.textContent?.trim()}`;
  });

describe("task pane feedback at 320 px", () => {
  it("keeps the status of an action in view when the tab is taller than the pane", async () => {
    const { page, errors } = await trial.open();
    await narrowPane(page);
    await openTab(page, "Mallar/Punkter");
    await page.getByRole("button", { name: "Skapa protokoll" }).click();
    const status = page.getByRole("status");
    await expect
      .poll(() => status.textContent())
      .toBe("Protokollet är skapat från mallen ”FSG/VSG – minnesanteckningar”.");
    expect(await inView(status)).toBe(true);

    await page.getByRole("button", { name: "Läs in befintligt protokoll" }).click();
    await expect.poll(() => status.textContent()).toBe("Inga inspel eller oenigheter hittades i dokumentet.");
    expect(await inView(status)).toBe(true);
    expect(errors).toEqual([]);
  });

  it("leaves the focus on the button pressed with Enter while Word works", async () => {
    const { page, errors } = await trial.open();
    await narrowPane(page);
    await slowWord(page);
    const status = page.getByRole("status");
    const press = async (name: string, done: string) => {
      await page.getByRole("button", { name }).focus();
      await page.keyboard.press("Enter");
      await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe(done);
      expect(await focused(page)).toBe(`button: ${name}`);
    };

    await openTab(page, "Mallar/Punkter");
    await press("Skapa protokoll", "Protokollet är skapat från mallen ”FSG/VSG – minnesanteckningar”.");
    await press("Läs in befintligt protokoll", "Inga inspel eller oenigheter hittades i dokumentet.");
    await openTab(page, "Justering");
    await press("Uppdatera justeringen", "Justeringen är uppdaterad i dokumentet.");
    expect(errors).toEqual([]);
  });
});
