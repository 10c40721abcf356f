import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  chooseByKeyboard,
  fillMeetingByKeyboard,
  openTab,
  selectTabByKeyboard,
  tabTo,
  useTrialPage,
} from "./helpers";

// The trial page as a newcomer meets it: the document typed into like a document, the whole flow by keyboard,
// the Självtest, a Word without WordApi 1.4, and the task pane in an engine without ES modules. The document
// is read through the double's inspection API (window.wordDouble), never through the pane's own state.

const trial = useTrialPage();
let page: Page;
let errors: string[];

async function open(query = "") {
  ({ page, errors } = await trial.open(query));
}

const key = (name: string) => page.keyboard.press(name);
const status = () => page.getByRole("status").first();
const alert = () => page.getByRole("alert").first();
const documentRegion = () => page.getByRole("region", { name: /Dokument/ });
const paragraphs = () => page.evaluate(() => window.wordDouble!.paragraphs().map((p) => p.text));
const selection = () => page.evaluate(() => window.wordDouble!.selection());

const selectTab = (name: string) => selectTabByKeyboard(page, name);

/** Moves the caret with the arrow keys to the start of paragraph `index`. */
async function caretTo(index: number) {
  await tabTo(page, documentRegion(), { backwards: true });
  for (let i = 0; i < 300; i++) {
    const { from } = await selection();
    if (from === index) {
      await key("Home");
      return;
    }
    await key(from < index ? "ArrowDown" : "ArrowUp");
  }
  throw new Error(`Could not move the caret to paragraph ${index}`);
}

describe("the trial page's document, typed into like a document", () => {
  it("says on its first screen what to try", async () => {
    await open();
    expect(await page.locator("#trial-intro").textContent()).toBe(
      "Fyll i mötet och vilka som är med under Möte, skapa sedan protokollet under Mallar/Punkter. Skriv ett stycke på en tom rad under en rubrik i dokumentet till vänster, markera det och välj Inspel eller Oenighet här intill. Under Justering uppdaterar du justeringen och granskar protokollet; Ctrl+Z i dokumentet ångrar den senaste ändringen.",
    );
  });

  it("types, splits with Enter, joins with Backspace, selects with the mouse and undoes the last add-in action", async () => {
    await open();
    await page.evaluate(() => window.wordDouble!.setParagraphs(["Första stycket.", "Andra stycket."]));
    await page.locator('.wd-p[data-index="0"]').click();
    await key("End");
    await page.keyboard.type(" Mer text");
    await key("Enter");
    await page.keyboard.type("Ny rad");
    expect(await paragraphs()).toEqual(["Första stycket. Mer text", "Ny rad", "Andra stycket."]);
    await key("Home");
    await key("Backspace");
    expect(await paragraphs()).toEqual(["Första stycket. Mer textNy rad", "Andra stycket."]);

    // Selection with the mouse: click, then Shift+click.
    await page.locator('.wd-p[data-index="0"]').click();
    await page.locator('.wd-p[data-index="1"]').click({ modifiers: ["Shift"] });
    await expect.poll(selection).toEqual({ from: 0, to: 1 });

    await page.locator('.wd-p[data-index="1"]').click();
    await openTab(page, "Inspel");
    await page.getByRole("checkbox", { name: "Arbetsgivaren" }).check();
    await page.getByRole("button", { name: "Markera som inspel" }).click();
    await expect.poll(() => status().textContent()).toContain("Markerat som inspel");
    expect(await page.evaluate(() => window.wordDouble!.contentControls().length)).toBe(1);
    // The mark shows with tags and its title, as Word shows a mark.
    expect(await page.locator('.wd-cc[data-appearance="Tags"] .wd-cc-title').textContent()).toMatch(
      /^Inspel: /,
    );

    await page.locator('.wd-p[data-index="0"]').click();
    await key("Control+z");
    expect(await page.evaluate(() => window.wordDouble!.contentControls())).toEqual([]);
    expect(await paragraphs()).toEqual(["Första stycket. Mer textNy rad", "Andra stycket."]);
    expect(errors).toEqual([]);
  });

  it("selects one paragraph with a triple-click, as Word does, not the heading after it", async () => {
    await open();
    await page.evaluate(() =>
      window.wordDouble!.setParagraphs([
        "Kommunal vill ha en uppföljning av rutinen.",
        { text: "17. Föranmälda frågor", style: "Heading1" },
      ]),
    );
    await page.locator('.wd-p[data-index="0"]').click({ clickCount: 3 });
    await expect.poll(selection).toEqual({ from: 0, to: 0 });
    await openTab(page, "Inspel");
    await page.getByRole("checkbox", { name: "Arbetsgivaren" }).check();
    await page.getByRole("button", { name: "Markera som inspel" }).click();
    await expect.poll(() => status().textContent()).toContain("Markerat som inspel");
  });

  it("undoes typing a word at a time, and the add-in's action in one step", async () => {
    await open();
    await page.evaluate(() => window.wordDouble!.setParagraphs(["Första stycket."]));
    await page.locator('.wd-p[data-index="0"]').click();
    await key("End");
    await page.keyboard.type(" Kommunal yrkar");
    await key("Control+z");
    expect(await paragraphs()).toEqual(["Första stycket. Kommunal "]);
    await key("Control+z");
    expect(await paragraphs()).toEqual(["Första stycket. "]);
    await key("Control+z");
    expect(await paragraphs()).toEqual(["Första stycket."]);

    await openTab(page, "Mallar/Punkter");
    await page.getByRole("button", { name: "Skapa protokoll" }).click();
    await expect.poll(() => status().textContent()).toContain("skapat");
    await page.locator('.wd-p[data-index="0"]').click();
    await key("Control+z");
    expect(await paragraphs()).toEqual(["Första stycket."]);
  });

  it("starts new minutes with the title in an empty document", async () => {
    await open();
    await openTab(page, "Mallar/Punkter");
    await page.getByRole("button", { name: "Skapa protokoll" }).click();
    await expect.poll(() => status().textContent()).toContain("skapat");
    const first = await page.evaluate(() => window.wordDouble!.paragraphs()[0]);
    expect(first?.style).toBe("Title");
  });

  it("writes a paragraph, marks it, rewrites the justering and runs the review, with the keyboard only", async () => {
    await open();
    await fillMeetingByKeyboard(page);
    await expect.poll(() => status().textContent()).toContain("sparade i dokumentet");

    await selectTab("Mallar/Punkter");
    await chooseByKeyboard(page, page.getByLabel("Mall", { exact: true }), "Förvaltningsgrupp – protokoll");
    await tabTo(page, page.getByRole("button", { name: "Skapa protokoll" }));
    await key("Enter");
    await expect.poll(() => status().textContent()).toContain("Förvaltningsgrupp");

    // The secretary writes on the empty line under "16. Föranmälda frågor".
    const slot = (await paragraphs()).indexOf("16. Föranmälda frågor") + 1;
    await caretTo(slot);
    await page.keyboard.type("Kommunal är oenig i frågan om nya arbetstider.");
    expect((await paragraphs())[slot]).toBe("Kommunal är oenig i frågan om nya arbetstider.");

    await selectTab("Oenighet");
    await tabTo(page, page.getByRole("checkbox", { name: "Kommunal" }));
    await key("Space");
    await tabTo(page, page.getByRole("button", { name: "Markera oenighet" }));
    await key("Enter");
    await expect
      .poll(() => status().textContent())
      .toBe("Oenighet markerad för Kommunal under ”16. Föranmälda frågor”.");

    await selectTab("Justering");
    await tabTo(page, page.getByRole("button", { name: "Uppdatera justeringen" }));
    await key("Enter");
    await expect.poll(() => status().textContent()).toContain("Justeringen är uppdaterad");
    const justering = await page.evaluate(() =>
      window.wordDouble!.contentControls().find((c) => c.tag === "sp:justering"),
    );
    expect(justering?.text).toBe(
      "Justeras (digitalt)\rKarin Berg för Kommunal (oenighet under föranmälda frågor)\rAnna Ek för arbetsgivaren",
    );

    await tabTo(page, page.getByRole("button", { name: "Granska protokollet" }));
    await key("Enter");
    await expect.poll(() => page.getByRole("region", { name: /Att se över/ }).count()).toBe(1);
    expect(await alert().textContent()).toBe("");
    expect(errors).toEqual([]);
  });
});

describe("Närvarande in minutes created before Möte named anyone", () => {
  it("is written when the meeting is saved, kept once edited in the document, and replaced when asked", async () => {
    await open();
    await selectTab("Mallar/Punkter");
    await chooseByKeyboard(page, page.getByLabel("Mall", { exact: true }), "Förvaltningsgrupp – protokoll");
    await tabTo(page, page.getByRole("button", { name: "Skapa protokoll" }));
    await key("Enter");
    await expect.poll(() => status().textContent()).toContain("Förvaltningsgrupp");
    const under = async (count: number) => {
      const lines = await paragraphs();
      const at = lines.indexOf("Närvarande");
      return lines.slice(at + 1, at + 1 + count);
    };
    expect(await under(2)).toEqual(["", "1. Mötets öppnande"]);

    await selectTab("Möte");
    await fillMeetingByKeyboard(page);
    await expect.poll(() => status().textContent()).toBe("Mötesuppgifterna är sparade i dokumentet.");
    expect(await under(3)).toEqual(["Fackliga företrädare", "Kommunal: Karin Berg", "1. Mötets öppnande"]);

    // The secretary adds to the list in the document; saving again leaves her line and says so.
    await caretTo((await paragraphs()).indexOf("Kommunal: Karin Berg"));
    await key("End");
    await page.keyboard.type(" (från kl. 10)");
    await selectTab("Möte");
    await tabTo(page, page.getByRole("button", { name: "Spara i dokumentet" }));
    await key("Enter");
    await expect
      .poll(() => status().textContent())
      .toBe(
        "Mötesuppgifterna är sparade, men Närvarande i dokumentet skrevs inte om: du har ändrat listan där. Ändra den i dokumentet, eller ersätt den med listan från Möte.",
      );
    expect(await under(2)).toEqual(["Fackliga företrädare", "Kommunal: Karin Berg (från kl. 10)"]);

    await tabTo(page, page.getByRole("button", { name: "Ersätt Närvarande i dokumentet" }));
    await key("Enter");
    await expect
      .poll(() => status().textContent())
      .toBe("Mötesuppgifterna är sparade och Närvarande i dokumentet är ersatt med listan från Möte.");
    expect(await under(3)).toEqual(["Fackliga företrädare", "Kommunal: Karin Berg", "1. Mötets öppnande"]);
    expect(errors).toEqual([]);
  });
});

describe("Självtest", () => {
  it("passes every step on the double and shows a report to copy", async () => {
    await open();
    await openTab(page, "Hjälp");
    await page.getByRole("button", { name: "Kör självtest" }).click();
    await expect
      .poll(() => status().textContent(), { timeout: 30_000 })
      .toBe("Självtestet är klart: 17 godkända steg, 0 underkända, 0 överhoppade.");
    const report = await page.getByLabel("Rapport").inputValue();
    expect(report.split("\n").slice(0, 1)).toEqual(["Samverkansprotokoll – självtest"]);
    expect(report).toContain(
      "Kravuppsättningar: WordApi 1.1 ja, WordApi 1.2 ja, WordApi 1.3 ja, WordApi 1.4 ja",
    );
    expect(report).toContain("10. Markering i en tabell: godkänt");
    expect(await paragraphs()).toEqual([""]);
    expect(errors).toEqual([]);
  });
});

describe("a Word without WordApi 1.4 (Word 2019 and 2021)", () => {
  it("starts without an alert, says once where meeting data is kept, and saves it there", async () => {
    await open("?wordApi=1.3");
    await expect
      .poll(() => status().textContent())
      .toBe(
        "Den här versionen av Word saknar anpassade XML-delar (WordApi 1.4), så mötesuppgifterna sparas i dokumentets inställningar i stället. Allt fungerar som vanligt.",
      );
    expect(await alert().textContent()).toBe("");
    await page.getByRole("button", { name: "Spara i dokumentet" }).click();
    await expect.poll(() => status().textContent()).toContain("sparade i dokumentet");
    expect(await alert().textContent()).toBe("");
    const kept = await page.evaluate(() => Object.keys(window.wordDouble!.settings()));
    // The document's own id (what an unsaved draft is kept under) and the meeting.
    expect(kept.sort()).toEqual(["samverkansprotokoll.documentId", "samverkansprotokoll.meeting"]);
    await page.reload();
    await page.getByRole("tablist").waitFor();
    expect(await status().textContent()).toBe("");
    expect(errors).toEqual([]);
  });
});

describe("the task pane in an engine without ES modules (Internet Explorer 11)", () => {
  it("shows which Word versions work instead of a blank pane", async () => {
    page = await trial.blank();
    // What Internet Explorer 11 lacks: no `noModule`, and no module script runs.
    await page.addInitScript(() => {
      delete (HTMLScriptElement.prototype as { noModule?: boolean }).noModule;
    });
    await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
    await page.goto(trial.url("addin/addin/ui/taskpane.html"));
    await expect
      .poll(() => page.getByRole("alert").textContent())
      .toMatch(
        /^Samverkansprotokoll kan inte köras här: den här Word-versionen kör Office-tillägg i en äldre webbläsarmotor/,
      );
    expect(await page.locator('#app p[lang="en"]').textContent()).toMatch(
      /^Samverkansprotokoll cannot run here/,
    );
  });
});
