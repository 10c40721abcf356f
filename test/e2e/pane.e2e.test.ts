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
  openTab,
  openTrial,
  type StaticServer,
  screenshotPath,
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

/** Index of the first empty paragraph after the heading that ends with `title`: where the user writes. */
async function emptyParagraphUnder(title: string): Promise<number> {
  const list = await paragraphs();
  const heading = list.findIndex((p) => p.style.startsWith("Heading") && p.text.endsWith(title));
  const slot = list.findIndex((p, i) => i > heading && p.text === "");
  if (heading < 0 || slot < 0) throw new Error(`No empty paragraph under "${title}"`);
  return slot;
}

const tab = (name: string) => page.getByRole("tab", { name });
const paragraph = (index: number) => page.locator(`.wd-p[data-index="${index}"]`);
const forvaltningsgrupp = builtinTemplates.find((template) => template.id === "forvaltningsgrupp")!;
const TABS = ["Möte", "Mallar/Punkter", "Inspel", "Oenighet", "Föredragningslista", "Justering", "Hjälp"];
/** Where the layout screenshots go: always the build folder (the README's picture goes through screenshotPath). */
const SCREENSHOTS = resolve(import.meta.dirname, "../../dist/screenshots");

/** The pane at a task-pane width: Word's default is 320 px, and users widen it to about 450. */
async function paneWidth(width: number) {
  await page.addStyleTag({ content: `.trial-pane { width: ${width}px !important; }` });
}

describe("task pane on the Word test double", () => {
  it("creates the minutes from each built-in template", async () => {
    for (const template of builtinTemplates) {
      await freshPane();
      await openTab(page, "Mallar/Punkter");
      await page.getByLabel("Mall", { exact: true }).selectOption(template.id);
      await page.getByRole("button", { name: "Skapa protokoll" }).click();
      await expect.poll(() => status().textContent()).toContain(template.name);

      // The roster and the choice of justerare are tagged with their role ("sp:punkt:narvarande:narvaro").
      const tags = (await controls()).map((control) => control.tag.replace(/:(narvaro|justerare)$/, ""));
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
    await fillRealisticMeeting();
    await createForvaltningsgrupp();
    await markStatementAndDisagreement(await writeStatementAndDisagreement());
    await openTab(page, "Inspel");
    const statements = page.getByRole("region", { name: "Inspel i dokumentet" });
    await expect.poll(() => statements.textContent()).toContain("friskanmälan");
    await openTab(page, "Oenighet");
    const disagreements = page.getByRole("region", { name: "Oenighet i dokumentet" });
    await expect.poll(() => disagreements.textContent()).toContain("ställde sig oeniga");

    await openTab(page, "Justering");
    const preview = page.getByTestId("justering-preview");
    await expect
      .poll(() => preview.textContent())
      .toContain("Charlotte Andersson för Kommunal (oenighet under föranmälda frågor)");
    await page.getByRole("button", { name: "Uppdatera justeringen" }).click();
    await expect.poll(() => status().textContent()).toBe("Justeringen är uppdaterad i dokumentet.");
    const justering = (await controls()).find((control) => control.tag === "sp:justering")!;
    expect(justering.text).toContain("Charlotte Andersson för Kommunal (oenighet under föranmälda frågor)");
    expect(justering.text).toContain("Lars Wennberg för arbetsgivaren");
    expect((await controls()).some((control) => control.tag.startsWith("sp:inspel:kommunal:"))).toBe(true);
    expect((await controls()).some((control) => control.tag.startsWith("sp:oenighet:kommunal:"))).toBe(true);
    expect(errors).toEqual([]);
  });

  it("writes the README's screenshot from a realistic meeting at 320 px, with no placeholder left", async () => {
    await freshPane();
    await paneWidth(320);
    await fillRealisticMeeting();
    await createForvaltningsgrupp();
    await markStatementAndDisagreement(await writeStatementAndDisagreement());
    await openTab(page, "Justering");
    await page.getByRole("button", { name: "Uppdatera justeringen" }).click();
    await expect.poll(() => status().textContent()).toBe("Justeringen är uppdaterad i dokumentet.");

    const text = (await paragraphs()).map((p) => p.text);
    expect(text.filter((line) => /\{[\p{L}_]+\}/u.test(line))).toEqual([]);
    expect(text).toContain("Kommunal: Charlotte Andersson, Piero Cima");
    expect(text).toContain(
      "Justering sker fredagen den 16 februari. Synpunkter ska ha inkommit till arbetsgivaren senast torsdagen den 15 februari kl. 13:00. Justering sker digitalt.",
    );
    expect(await page.locator("#app").textContent()).not.toMatch(/\{[\p{L}_]+\}/u);
    await page.evaluate(() => document.querySelector(".wd-cc[data-tag='sp:justering']")?.scrollIntoView());
    await page.screenshot({ path: screenshotPath("pane") });
    expect(errors).toEqual([]);
  });

  it("does the same flow with the keyboard only", async () => {
    await freshPane();
    const key = (name: string) => page.keyboard.press(name);
    const selectTab = (name: string) => selectTabByKeyboard(page, name);

    await fillMeetingByKeyboard(page);
    await expect.poll(() => status().textContent()).toBe("Mötesuppgifterna är sparade i dokumentet.");

    await selectTab("Mallar/Punkter");
    await chooseByKeyboard(page, page.getByLabel("Mall", { exact: true }), forvaltningsgrupp.name);
    await tabTo(page, page.getByRole("button", { name: "Skapa protokoll" }));
    await key("Enter");
    await expect.poll(() => status().textContent()).toContain(forvaltningsgrupp.name);

    const statementAt = await emptyParagraphUnder("Kvarvarande frågor från föregående möte");
    const disagreementAt = await emptyParagraphUnder("Föranmälda frågor");
    await typeInDocument(statementAt, "Kommunal lämnar ett inspel.");
    await typeInDocument(disagreementAt, "Kommunal är oenig.");
    const moveSelectionTo = async (index: number) => {
      await tabTo(page, page.getByRole("region", { name: /Dokument/ }));
      for (let i = 0; i < 200; i++) {
        const { from } = await page.evaluate(() => window.wordDouble!.selection());
        if (from === index) return;
        await key(from < index ? "ArrowDown" : "ArrowUp");
      }
      throw new Error(`Could not move the selection to paragraph ${index}`);
    };

    await moveSelectionTo(statementAt);
    await selectTab("Inspel");
    await tabTo(
      page,
      page.getByRole("group", { name: "Vems inspel" }).getByRole("checkbox", { name: "Kommunal" }),
    );
    await key("Space");
    await tabTo(page, page.getByRole("button", { name: "Markera som inspel" }));
    await key("Enter");
    await expect.poll(() => status().textContent()).toContain("Markerat som inspel från Kommunal");

    await moveSelectionTo(disagreementAt);
    await selectTab("Oenighet");
    await tabTo(page, page.getByRole("checkbox", { name: "Kommunal" }));
    await key("Space");
    await tabTo(page, page.getByRole("button", { name: "Markera oenighet" }));
    await key("Enter");
    await expect.poll(() => status().textContent()).toContain("Oenighet markerad för Kommunal");

    await selectTab("Justering");
    await tabTo(page, page.getByRole("button", { name: "Uppdatera justeringen" }));
    await key("Enter");
    await expect.poll(() => status().textContent()).toBe("Justeringen är uppdaterad i dokumentet.");
    const justering = (await controls()).find((control) => control.tag === "sp:justering")!;
    expect(justering.text).toContain("Karin Berg för Kommunal (oenighet under föranmälda frågor)");
    expect(errors).toEqual([]);
  });

  it("shows every tab's name at 320 px, at most two rows, none cut, and reaches each by a click", async () => {
    await freshPane();
    await paneWidth(320);
    expect(await page.getByRole("tab").allTextContents()).toEqual(TABS);
    expect(await page.getByRole("button", { name: "Fler flikar" }).count()).toBe(0);
    const rows = await page
      .getByRole("tab")
      .evaluateAll((tabs) => new Set(tabs.map((t) => Math.round(t.getBoundingClientRect().top))).size);
    expect(rows).toBe(2);
    expect(await cutTabs()).toEqual([]);
    await tab("Justering").click();
    expect(await tab("Justering").getAttribute("aria-selected")).toBe("true");
    expect(await page.getByRole("heading", { name: "Justering", level: 2 }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it("keeps the Möte tab's save button, the tabs and the status in view at 320 px while the fields scroll", async () => {
    await freshPane();
    await paneWidth(320);
    await page.setViewportSize({ width: 1280, height: 700 });
    const save = page.getByRole("button", { name: "Spara i dokumentet" });
    const inView = async (name: string, locator: ReturnType<Page["locator"]>) => {
      const [pane, box] = await Promise.all([
        page.locator(".trial-pane").boundingBox(),
        locator.boundingBox(),
      ]);
      if (!pane || !box || box.y < pane.y - 1 || box.y + box.height > pane.y + pane.height + 1) {
        throw new Error(`${name} is not in view: ${JSON.stringify({ pane, box })}`);
      }
      // Nothing lies over it (the status line is sticky too).
      const onTop = await locator.evaluate((element) => {
        const rect = element.getBoundingClientRect();
        const hit = document.elementFromPoint(rect.x + rect.width / 2, rect.y + rect.height / 2);
        return hit !== null && element.contains(hit);
      });
      if (!onTop) throw new Error(`${name} is covered`);
    };
    // A user who filled the first fields sees how to keep them, without scrolling.
    await page.getByLabel("Förvaltning").fill("Socialförvaltningen");
    await inView("the save button", save);
    // Further down the form the button, and the tabs above, stay where they are.
    await page.getByRole("button", { name: "Lägg till justerare" }).scrollIntoViewIfNeeded();
    await inView("the save button", save);
    await inView("the tabs", tab("Möte"));
    await save.click();
    await expect.poll(() => status().textContent()).toContain("sparade");
    await inView("the status", status());
    await inView("the save button beside the status", save);
    expect(errors).toEqual([]);
  });

  it("fits Word's pane at 320 and 450 px, light and dark: every tab in view on at most two rows, nothing wider than the pane, no serious accessibility violations", async () => {
    await freshPane();
    await fillRealisticMeeting();
    await createForvaltningsgrupp();
    await writeStatementAndDisagreement();
    await openClipWithItems();
    await mkdir(SCREENSHOTS, { recursive: true });
    // Tall enough that each screenshot shows a whole tab.
    await page.setViewportSize({ width: 1280, height: 2200 });
    const problems: string[] = [];
    for (const width of [320, 450]) {
      await paneWidth(width);
      for (const colorScheme of ["light", "dark"] as const) {
        // The pane follows the system scheme outside Office (theme.ts), live.
        await page.emulateMedia({ colorScheme });
        await expect
          .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
          .toBe(colorScheme);
        for (const name of TABS) {
          await openTab(page, name);
          const where = `${width} px ${colorScheme} ${name}`;
          const rows = await page
            .getByRole("tab")
            .evaluateAll((tabs) => new Set(tabs.map((t) => t.getBoundingClientRect().top)).size);
          if (rows > 2) problems.push(`${where}: tabs on ${rows} rows`);
          // A tab is whole or in the menu: never cut at the strip's edge ("Oeni", "ıspel").
          for (const cut of await cutTabs()) problems.push(`${where}: tab cut: ${cut}`);
          if (!(await tab(name).isVisible())) problems.push(`${where}: the selected tab is not in the strip`);
          for (const offender of await widerThanPane()) problems.push(`${where}: ${offender}`);
          if (width === 320) {
            const result = await new AxeBuilder({ page }).include("#app").analyze();
            for (const violation of result.violations) {
              if (violation.impact === "serious" || violation.impact === "critical") {
                const nodes = violation.nodes.map((node) => node.target.join(" ")).join("; ");
                problems.push(`${where}: ${violation.id} (${nodes})`);
              }
            }
          }
          const slug = name.normalize("NFKD").replace(/\p{M}/gu, "").replace(/\W+/g, "-").toLowerCase();
          const file = `pane-${width}-${colorScheme}-${slug}.png`;
          await page.locator(".trial-pane").screenshot({ path: resolve(SCREENSHOTS, file) });
        }
      }
    }
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    // 28 screenshots and 14 accessibility scans: more than the default minute on a shared 2-core machine.
  }, 180_000);
});

/** The tabs shown in the strip that do not fit in it whole (the strip hides its overflow). */
async function cutTabs(): Promise<string[]> {
  return page.getByRole("tablist").evaluate((strip) => {
    const box = strip.getBoundingClientRect();
    return [...strip.querySelectorAll<HTMLElement>("[role=tab]")]
      .filter((tab) => tab.getClientRects().length > 0)
      .filter((tab) => {
        const rect = tab.getBoundingClientRect();
        return rect.left < box.left - 0.5 || rect.right > box.right + 0.5;
      })
      .map((tab) => tab.textContent ?? "");
  });
}

/**
 * Elements of the pane that reach past its edges (what would need a horizontal scrollbar), and the pane's own
 * overflow. The tabs are checked whole by `cutTabs` (the strip clips them), so they are not counted here.
 */
async function widerThanPane(): Promise<string[]> {
  return page.evaluate(() => {
    const pane = document.querySelector(".trial-pane") as HTMLElement;
    const box = pane.getBoundingClientRect();
    const found: string[] = [];
    if (pane.scrollWidth > pane.clientWidth)
      found.push(`pane scrolls ${pane.scrollWidth - pane.clientWidth} px`);
    for (const element of pane.querySelectorAll<HTMLElement>("#app *")) {
      if (element.parentElement?.closest("[role=tablist]")) continue;
      if (element.getClientRects().length === 0) continue;
      const rect = element.getBoundingClientRect();
      if (rect.right > box.right + 0.5 || rect.left < box.left - 0.5) {
        found.push(
          `${element.tagName.toLowerCase()}.${element.className} "${(element.textContent ?? "").slice(0, 30)}"`,
        );
      }
    }
    return found;
  });
}

/** The meeting of example 004 as the secretary enters it, saved to the document. */
async function fillRealisticMeeting() {
  await openTab(page, "Möte");
  await page.getByLabel("Mötestyp").selectOption("forvaltningsgrupp");
  await page.getByLabel("Förvaltning").fill("Hägersten-Älvsjö stadsdelsförvaltning");
  await page.getByLabel("Nämnd").fill("Hägersten-Älvsjö stadsdelsnämnd");
  await page.getByLabel("Datum", { exact: true }).fill("2024-02-13");
  await page.getByLabel("Tid", { exact: true }).fill("13:00");
  await page.getByLabel("Plats").fill("Mötesrum Paddan plan 10 samt via Zoom");
  await page.getByLabel("Ordförande").fill("Lee Orberon");
  const rows = async (group: string, add: string, entries: [string, string][]) => {
    const fieldset = page.getByRole("group", { name: group });
    for (const [index, [first, second]] of entries.entries()) {
      await page.getByRole("button", { name: add }).click();
      const row = fieldset.locator(".row").nth(index);
      const select = row.locator("select");
      if (await select.count()) await select.selectOption(first);
      else await row.locator("input").first().fill(first);
      await row.locator("input").last().fill(second);
    }
  };
  await rows("Arbetsgivarens representanter", "Lägg till person", [
    ["Lee Orberon", "stadsdelsdirektör"],
    ["Lars Wennberg", "avdelningschef nämndkansliet"],
    ["Mette Sundqvist", "avdelningschef HR och kommunikation"],
  ]);
  await rows("Fackliga representanter", "Lägg till facklig representant", [
    ["vision", "Mimmi Petrini"],
    ["kommunal", "Charlotte Andersson"],
    ["kommunal", "Piero Cima"],
    ["sveriges-larare", "Susann Stjärnfeldt"],
    ["ssr", "Liselotte Näslund"],
  ]);
  await rows("Förhinder", "Lägg till förhinder", [["ledarna", ""]]);
  await rows("Justerare", "Lägg till justerare", [
    ["arbetsgivaren", "Lars Wennberg"],
    ["vision", "Mimmi Petrini"],
    ["kommunal", "Charlotte Andersson"],
    ["sveriges-larare", "Susann Stjärnfeldt"],
    ["ssr", "Liselotte Näslund"],
  ]);
  await page.getByLabel("Justeringsdag").fill("2024-02-16");
  await page.getByLabel("Synpunkter senast", { exact: true }).fill("2024-02-15");
  await page.getByLabel("Synpunkter senast, klockan").fill("13:00");
  await page.getByRole("button", { name: "Spara i dokumentet" }).click();
  await expect.poll(() => status().textContent()).toBe("Mötesuppgifterna är sparade i dokumentet.");
}

async function createForvaltningsgrupp() {
  await openTab(page, "Mallar/Punkter");
  await page.getByLabel("Mall", { exact: true }).selectOption(forvaltningsgrupp.id);
  await page.getByRole("button", { name: "Skapa protokoll" }).click();
  await expect
    .poll(() => status().textContent())
    .toBe(`Protokollet är skapat från mallen ”${forvaltningsgrupp.name}”.`);
}

/**
 * Under "16. Föranmälda frågor", as in example 004: Kommunal's disagreement in the item's text, and a
 * "Fackliga inspel" heading the user asks for with Kommunal's statement under it.
 */
async function writeStatementAndDisagreement() {
  const disagreementAt = await emptyParagraphUnder("Föranmälda frågor");
  await typeInDocument(
    disagreementAt,
    "Kommunal menade att det är chefen som ska ta kontakt med den sjuke och ställde sig oeniga till rutinen.",
  );
  await paragraph(disagreementAt).click();
  await openTab(page, "Inspel");
  await page.getByRole("button", { name: "Infoga rubriken ”Fackliga inspel” vid markören" }).click();
  await expect
    .poll(() => status().textContent())
    .toBe("Rubriken ”Fackliga inspel” är infogad under markörens stycke. Skriv inspelen under den.");
  const statementAt = await emptyParagraphUnder("Fackliga inspel");
  expect(statementAt).toBe(disagreementAt + 2);
  await typeInDocument(statementAt, "Kommunal vill att rutinen för sjuk- och friskanmälan ses över.");
  return { statementAt, disagreementAt };
}

/** Marks Kommunal's statement and disagreement as the user does: click the paragraph, then the tab's button. */
async function markStatementAndDisagreement({ statementAt, disagreementAt }: Record<string, number>) {
  await paragraph(statementAt!).click();
  await openTab(page, "Inspel");
  await page.getByRole("group", { name: "Vems inspel" }).getByRole("checkbox", { name: "Kommunal" }).check();
  await page.getByRole("button", { name: "Markera som inspel" }).click();
  await expect
    .poll(() => status().textContent())
    .toBe("Markerat som inspel från Kommunal under ”16. Föranmälda frågor”.");
  await paragraph(disagreementAt!).click();
  await openTab(page, "Oenighet");
  await page.getByRole("checkbox", { name: "Kommunal" }).check();
  await page.getByRole("button", { name: "Markera oenighet" }).click();
  await expect
    .poll(() => status().textContent())
    .toBe("Oenighet markerad för Kommunal under ”16. Föranmälda frågor”.");
}

/** A clip file from the committee's agenda: a long title, links, one item without an MBL class. */
async function openClipWithItems() {
  const clip = {
    kind: "sp-clip",
    version: 1,
    id: "hagersten-2024-02",
    createdAt: "2024-02-01T10:00:00.000Z",
    source: { url: "https://intranat.example.se/hagersten/2024-02-22", title: "Föredragningslista" },
    agenda: {
      committee: "Hägersten-Älvsjö stadsdelsnämnd",
      meetingDate: "2024-02-22",
      items: [
        {
          number: "7",
          title: "Verksamhetsberättelse 2023 med bokslut för Hägersten-Älvsjö stadsdelsnämnd",
          dnr: ["HÅ 2024/112"],
          mbl: "mbl11",
          procedural: false,
          links: [
            { text: "Tjänsteutlåtande", href: "https://intranat.example.se/ha/7.pdf" },
            { text: "Bilaga 1", href: "https://intranat.example.se/ha/7b.pdf" },
          ],
        },
        {
          number: "8",
          title: "Dataskyddsombudets årsrapport",
          dnr: ["HÅ 2023/776"],
          mbl: null,
          procedural: false,
          links: [{ text: "Rapport", href: "https://intranat.example.se/ha/8.pdf" }],
        },
        {
          number: "9",
          title: "Hundrastgård i Fruängen, svar på medborgarförslag",
          dnr: [],
          mbl: "mbl19",
          procedural: false,
          links: [],
        },
      ],
    },
  };
  await openTab(page, "Föredragningslista");
  await page.getByLabel("Öppna klippfil …").setInputFiles({
    name: "foredragningslista.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(clip)),
  });
  await page.getByRole("checkbox", { name: /Dataskyddsombudets årsrapport/ }).waitFor();
}
