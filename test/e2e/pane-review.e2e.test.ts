import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { analyseMinutes, marksFromAnalysis, UNIONS_JOINTLY } from "../../shared/analysis/index";
import { normaliseForMatch } from "../../shared/document/paragraph-match";
import { reviewMinutes } from "../../shared/review/review";
import { builtinTemplates } from "../../shared/templates/registry";
import { describeExamples, readExample } from "../harness/examples";
import {
  DIST_DIR,
  ensureTrialBuilt,
  type LaunchedChromium,
  launchChromium,
  openTab,
  openTrial,
  type StaticServer,
  serveDir,
  TRIAL_PATH,
} from "./helpers";

// Minutes written without the add-in (a real public example) opened in the Word test double: the built pane
// reads them, adds the confirmed marks as content controls, and reviews the draft. Expectations come from
// the shared analysis run here in Node on the same text, never from the pane's own state.

let server: StaticServer;
let browser: LaunchedChromium;

beforeAll(async () => {
  ensureTrialBuilt();
  server = await serveDir(DIST_DIR);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Serious or critical accessibility violations in the pane as it is shown now. */
async function axeProblems(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include("#app").analyze();
  return result.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) => `${violation.id} (${violation.nodes.map((node) => node.target.join(" ")).join("; ")})`,
    );
}

describeExamples("existing minutes (example 004) in the pane", () => {
  it("reads existing minutes, adds the confirmed marks, lists the review's findings and names the oenighet's item in the justering", async () => {
    // One Word paragraph per line of the text, as pasting it into Word gives; Word's body text joins them by "\r".
    const lines = readExample("004").split(/\r?\n/);
    const analysis = analyseMinutes(lines.join("\r"));
    const candidates = marksFromAnalysis(analysis)
      .filter((group) => !group.orgs.includes(UNIONS_JOINTLY))
      .flatMap((group) => group.candidates);
    const findings = reviewMinutes(analysis);
    expect(candidates.some((c) => c.kind === "disagreement" && c.orgs.join() === "kommunal")).toBe(true);
    expect(findings.map((finding) => finding.kind)).toContain("date-mismatch");

    browser = await launchChromium({ viewport: { width: 1280, height: 900 } });
    const page = await browser.newPage();
    const { errors } = await openTrial(page, server.url(TRIAL_PATH));
    await page.evaluate((paragraphs) => window.wordDouble!.setParagraphs(paragraphs), lines);

    await openTab(page, "Mallar/Punkter");
    await page.getByRole("button", { name: "Läs in befintligt protokoll" }).click();
    const offer = page.getByRole("group", { name: "Föreslagna markeringar" });
    await expect
      .poll(() => offer.getByRole("checkbox", { name: "Oenighet för Kommunal (1)" }).isChecked())
      .toBe(true);
    expect(await axeProblems(page)).toEqual([]);
    await offer.getByRole("button", { name: "Lägg till markeringar" }).click();
    await expect
      .poll(() => page.getByRole("status").textContent())
      .toBe(`Markeringar tillagda: ${candidates.length}.`);

    const controls = await page.evaluate(() => window.wordDouble!.contentControls());
    expect(controls).toHaveLength(candidates.length);
    const oenighet = controls.filter((control) => /^sp:oenighet:kommunal:[a-z0-9]+$/.test(control.tag));
    expect(oenighet).toHaveLength(1);
    const disagreement = candidates.find((c) => c.kind === "disagreement")!;
    expect(oenighet[0]!.text).toContain(disagreement.searchText.slice(0, 60));
    // Without section controls the mark itself records the item it belongs to.
    expect(disagreement.sectionTitle).toBeTruthy();
    expect(oenighet[0]!.title).toBe(`Oenighet: Kommunal · ${disagreement.sectionTitle}`);
    expect(controls.filter((control) => control.tag.startsWith("sp:inspel:"))).toHaveLength(
      candidates.filter((c) => c.kind === "statement").length,
    );
    // Every mark wraps paragraphs holding the words of one candidate.
    const opening = candidates.map((c) => normaliseForMatch(c.searchText).slice(0, 60));
    for (const control of controls) {
      const text = normaliseForMatch(control.text);
      expect(opening.some((words) => text.includes(words))).toBe(true);
    }
    // The text itself is untouched.
    expect(await page.evaluate(() => window.wordDouble!.text())).toBe(lines.join("\n"));

    await openTab(page, "Justering");
    await page.getByRole("button", { name: "Granska protokollet" }).click();
    const list = page.getByRole("region", { name: /Att se över/ });
    await expect.poll(() => list.getByRole("listitem").count()).toBe(findings.length);
    const shown = await list.getByRole("listitem").allTextContents();
    for (const [i, finding] of findings.entries()) expect(shown[i]).toContain(finding.message);
    expect(shown.some((text) => text.includes("stämmer inte med uppgiften om tidpunkt"))).toBe(true);
    expect(await axeProblems(page)).toEqual([]);

    // The justering names the item of the oenighet, as the secretary wrote it in these minutes.
    const listTemplate = builtinTemplates.find((template) => template.justering.style === "list")!;
    await openTab(page, "Mallar/Punkter");
    await page.getByLabel("Mall", { exact: true }).selectOption(listTemplate.id);
    await openTab(page, "Möte");
    await page.getByRole("button", { name: "Lägg till justerare" }).click();
    const justerare = page.getByRole("group", { name: "Justerare" });
    await justerare.getByLabel("Part, rad 1").selectOption("kommunal");
    await justerare.getByLabel("Namn, rad 1").fill("Charlotte Andersson");
    await openTab(page, "Justering");
    await page.getByRole("button", { name: "Uppdatera justeringen" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toContain("Justeringen är uppdaterad");
    const block = (await page.evaluate(() => window.wordDouble!.contentControls())).find(
      (control) => control.tag === "sp:justering",
    )!;
    expect(block.text).toContain("Charlotte Andersson för Kommunal (oenighet under föranmälda frågor)");

    expect(await page.evaluate(() => window.wordDouble!.droppedOperations)).toBe(0);
    expect(errors).toEqual([]);
  });
});
