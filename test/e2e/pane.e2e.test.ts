import { mkdir } from "node:fs/promises";
import { resolve } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { builtinTemplates, flattenSections } from "../../shared/templates/registry";
import {
  chooseByKeyboard,
  DIST_DIR,
  ensureTrialBuilt,
  fillMeetingByKeyboard,
  type LaunchedChromium,
  launchChromium,
  openTrial,
  type StaticServer,
  selectTabByKeyboard,
  serveDir,
  TRIAL_PATH,
  tabTo,
} from "./helpers";

// The real pane (built) against the Word test double in real Chromium. Reads the document through the
// double's inspection API (window.wordDouble), never through the pane's own state.

let server: StaticServer;
let browser: LaunchedChromium;
let page: Page;
let errors: string[];

beforeAll(async () => {
  ensureTrialBuilt();
  server = await serveDir(DIST_DIR);
});

afterAll(async () => {
  await server?.close();
});

async function freshPane() {
  browser = await launchChromium({ viewport: { width: 1280, height: 900 } });
  page = await browser.newPage();
  ({ errors } = await openTrial(page, server.url(TRIAL_PATH)));
}

afterEach(async () => {
  await browser?.close();
});

const paragraphs = () => page.evaluate(() => window.wordDouble!.paragraphs());
const controls = () => page.evaluate(() => window.wordDouble!.contentControls());
const status = () => page.getByRole("status");

/** What the secretary would type into Word: replaces one paragraph's text through the host's API. */
async function typeInDocument(index: number, text: string) {
  await page.evaluate(
    async ([at, value]) => {
      await Word.run(async (context) => {
        const list = context.document.body.paragraphs;
        list.load("text");
        await context.sync();
        list.items[at as number]!.insertText(value as string, "Replace");
        await context.sync();
      });
    },
    [index, text] as const,
  );
}

/** The first empty body paragraph under a "statements" heading, i.e. where a statement is written. */
async function statementSlots(): Promise<number[]> {
  const list = await paragraphs();
  const heading = builtinTemplates[1]!.statementsHeading;
  return list.flatMap((p, i) => (p.text === heading && list[i + 1]?.text === "" ? [i + 1] : []));
}

const tab = (name: string) => page.getByRole("tab", { name });
const paragraph = (index: number) => page.locator(`.wd-p[data-index="${index}"]`);
const forvaltningsgrupp = builtinTemplates.find((template) => template.justering.style === "list")!;

describe("task pane on the Word test double", () => {
  it("creates the minutes from each built-in template", async () => {
    for (const template of builtinTemplates) {
      await freshPane();
      await tab("Mallar/Punkter").click();
      await page.getByLabel("Mall", { exact: true }).selectOption(template.id);
      await page.getByRole("button", { name: "Skapa protokoll" }).click();
      await expect.poll(() => status().textContent()).toContain(template.name);

      const tags = (await controls()).map((control) => control.tag);
      const expected = flattenSections(template.sections)
        .filter((section) => section.kind !== "group" && section.kind !== "justering")
        .map((section) => `sp:punkt:${section.id}`);
      expect(tags).toEqual(expect.arrayContaining(expected));
      expect(tags).toContain("sp:justering");
      const titles = (await paragraphs()).map((p) => p.text);
      for (const section of flattenSections(template.sections).filter(
        (s) => s.kind !== "justering" && !s.title.includes("{"),
      )) {
        // Numbered templates write "1. Mötets öppnande"; the title itself must be there as a heading's end.
        expect(titles.find((text) => text.endsWith(section.title))).toBeDefined();
      }
      // The rendered document shows every content control the pane created: headings and fields.
      const all = await controls();
      expect(await page.locator(".wd-cc").count()).toBe(all.filter((control) => !control.inline).length);
      expect(await page.locator(".wd-field").count()).toBe(all.filter((control) => control.inline).length);
      expect(errors).toEqual([]);
      await browser.close();
    }
  });

  it("marks a statement and an oenighet; the index and the justering block follow", async () => {
    await freshPane();
    await fillMeetingWithMouse();
    await tab("Mallar/Punkter").click();
    await page.getByLabel("Mall", { exact: true }).selectOption(forvaltningsgrupp.id);
    await page.getByRole("button", { name: "Skapa protokoll" }).click();
    await expect.poll(() => status().textContent()).toContain(forvaltningsgrupp.name);

    const [statementAt, disagreementAt] = await statementSlots();
    await typeInDocument(statementAt!, "Kommunal vill att förändringen följs upp efter sex månader.");
    await typeInDocument(disagreementAt!, "Kommunal är oenig i beslutet om ny schemaläggning.");

    await paragraph(statementAt!).click();
    await tab("Inspel").click();
    await page.getByLabel("Vems inspel").selectOption("kommunal");
    await page.getByRole("button", { name: "Markera som inspel" }).click();
    await expect.poll(() => status().textContent()).toContain("Markerat som inspel från Kommunal");
    const statements = page.getByRole("region", { name: "Inspel i dokumentet" });
    await expect.poll(() => statements.textContent()).toContain("följs upp efter sex månader");

    await paragraph(disagreementAt!).click();
    await tab("Oenighet").click();
    await page.getByRole("checkbox", { name: "Kommunal" }).check();
    await page.getByRole("button", { name: "Markera oenighet" }).click();
    await expect.poll(() => status().textContent()).toContain("Oenighet markerad för Kommunal");
    const disagreements = page.getByRole("region", { name: "Oenighet i dokumentet" });
    await expect.poll(() => disagreements.textContent()).toContain("ny schemaläggning");

    await tab("Justering").click();
    const preview = page.getByTestId("justering-preview");
    await expect
      .poll(() => preview.textContent())
      .toMatch(/Karin Berg för Kommunal \(oenighet under [^)]+\)/);
    await page.getByRole("button", { name: "Uppdatera justeringen" }).click();
    await expect.poll(() => status().textContent()).toContain("Justeringen är uppdaterad");
    const justering = (await controls()).find((control) => control.tag === "sp:justering")!;
    expect(justering.text).toMatch(/Karin Berg för Kommunal \(oenighet under [^)]+\)/);
    expect(justering.text).toContain("Anna Ek för arbetsgivaren");
    expect((await controls()).some((control) => control.tag.startsWith("sp:inspel:kommunal:"))).toBe(true);
    expect((await controls()).some((control) => control.tag.startsWith("sp:oenighet:kommunal:"))).toBe(true);

    await mkdir(resolve(import.meta.dirname, "../../docs"), { recursive: true });
    await tab("Justering").click();
    await page.screenshot({ path: resolve(import.meta.dirname, "../../docs/pane.png") });
    expect(errors).toEqual([]);
  });

  it("does the same flow with the keyboard only", async () => {
    await freshPane();
    const key = (name: string) => page.keyboard.press(name);
    const selectTab = (name: string) => selectTabByKeyboard(page, name);

    await fillMeetingByKeyboard(page);
    await expect.poll(() => status().textContent()).toContain("sparade i dokumentet");

    await selectTab("Mallar/Punkter");
    await chooseByKeyboard(page, page.getByLabel("Mall", { exact: true }), forvaltningsgrupp.name);
    await tabTo(page, page.getByRole("button", { name: "Skapa protokoll" }));
    await key("Enter");
    await expect.poll(() => status().textContent()).toContain(forvaltningsgrupp.name);

    const [statementAt, disagreementAt] = await statementSlots();
    await typeInDocument(statementAt!, "Kommunal lämnar ett inspel.");
    await typeInDocument(disagreementAt!, "Kommunal är oenig.");
    const moveSelectionTo = async (index: number) => {
      await tabTo(page, page.getByRole("region", { name: /Dokument/ }));
      for (let i = 0; i < 200; i++) {
        const { from } = await page.evaluate(() => window.wordDouble!.selection());
        if (from === index) return;
        await key(from < index ? "ArrowDown" : "ArrowUp");
      }
      throw new Error(`Could not move the selection to paragraph ${index}`);
    };

    await moveSelectionTo(statementAt!);
    await selectTab("Inspel");
    await chooseByKeyboard(page, page.getByLabel("Vems inspel"), "Kommunal");
    await tabTo(page, page.getByRole("button", { name: "Markera som inspel" }));
    await key("Enter");
    await expect.poll(() => status().textContent()).toContain("Markerat som inspel från Kommunal");

    await moveSelectionTo(disagreementAt!);
    await selectTab("Oenighet");
    await tabTo(page, page.getByRole("checkbox", { name: "Kommunal" }));
    await key("Space");
    await tabTo(page, page.getByRole("button", { name: "Markera oenighet" }));
    await key("Enter");
    await expect.poll(() => status().textContent()).toContain("Oenighet markerad för Kommunal");

    await selectTab("Justering");
    await tabTo(page, page.getByRole("button", { name: "Uppdatera justeringen" }));
    await key("Enter");
    await expect.poll(() => status().textContent()).toContain("Justeringen är uppdaterad");
    const justering = (await controls()).find((control) => control.tag === "sp:justering")!;
    expect(justering.text).toMatch(/Karin Berg för Kommunal \(oenighet under [^)]+\)/);
    expect(errors).toEqual([]);
  });

  it("has no serious or critical accessibility violations in any section, light and dark", async () => {
    await freshPane();
    await fillMeetingWithMouse();
    const found: string[] = [];
    for (const colorScheme of ["light", "dark"] as const) {
      // The pane follows the system scheme outside Office (theme.ts), live.
      await page.emulateMedia({ colorScheme });
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
      for (const name of [
        "Möte",
        "Mallar/Punkter",
        "Inspel",
        "Oenighet",
        "Föredragningslista",
        "Justering",
        "Hjälp",
      ]) {
        await tab(name).click();
        const result = await new AxeBuilder({ page }).include("#app").analyze();
        for (const violation of result.violations) {
          if (violation.impact === "serious" || violation.impact === "critical") {
            const nodes = violation.nodes.map((node) => node.target.join(" ")).join("; ");
            found.push(`${colorScheme} ${name}: ${violation.id} (${nodes})`);
          }
        }
      }
    }
    expect(found).toEqual([]);
  });
});

/** Möte with the mouse: Kommunal present, justerare for Kommunal and the employer, saved to the document. */
async function fillMeetingWithMouse() {
  await tab("Möte").click();
  await page.getByRole("button", { name: "Lägg till facklig representant" }).click();
  const unions = page.getByRole("group", { name: "Fackliga representanter" });
  await unions.getByLabel("Organisation, rad 1").selectOption("kommunal");
  await unions.getByLabel("Namn, rad 1").fill("Karin Berg");
  const justerare = page.getByRole("group", { name: "Justerare" });
  await page.getByRole("button", { name: "Lägg till justerare" }).click();
  await justerare.getByLabel("Part, rad 1").selectOption("kommunal");
  await justerare.getByLabel("Namn, rad 1").fill("Karin Berg");
  await page.getByRole("button", { name: "Lägg till justerare" }).click();
  await justerare.getByLabel("Part, rad 2").selectOption("arbetsgivaren");
  await justerare.getByLabel("Namn, rad 2").fill("Anna Ek");
  await page.getByRole("button", { name: "Spara i dokumentet" }).click();
  await expect.poll(() => status().textContent()).toContain("sparade i dokumentet");
}
