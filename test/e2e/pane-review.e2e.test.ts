import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
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

// Minutes written without the add-in (invented for this test), one Word paragraph per line, opened in the
// Word test double: the built pane reads them, adds the confirmed marks as content controls, reviews the
// draft and writes the justering. Every expectation is literal: the texts a secretary sees and the content
// the document holds, worked out by reading the minutes, never by running the analysis here.
const lines = [
  "Protokoll från samverkansgruppen den 5 mars 2024",
  "Tidpunkt: 6 mars 2024 kl. 13.00",
  "1. Mötets öppnande",
  "Anna Ek öppnade mötet.",
  "2. Budget 2025",
  "Arbetsgivaren redogjorde för budgeten.",
  "Kommunal tog upp bemanningen i hemtjänsten och vill ha en uppföljning.",
  "Vision menar att förslaget saknar en riskbedömning.",
  "3. Föranmälda frågor",
  "Kommunal reserverar sig mot beslutet om neddragningar.",
  "4. Övriga frågor",
  "Vision tog upp parkeringen vid stadshuset.",
];

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

it("reads existing minutes, adds the confirmed marks, reviews them and names the oenighet's item in the justering", async () => {
  browser = await launchChromium({ viewport: { width: 1280, height: 900 } });
  const page = await browser.newPage();
  const { errors } = await openTrial(page, server.url(TRIAL_PATH));
  await page.evaluate((paragraphs) => window.wordDouble!.setParagraphs(paragraphs), lines);

  await openTab(page, "Mallar/Punkter");
  await page.getByRole("button", { name: "Läs in befintligt protokoll" }).click();
  const offer = page.getByRole("group", { name: "Föreslagna markeringar" });
  await expect.poll(() => offer.getByRole("checkbox").count()).toBe(4);
  expect(
    await offer
      .getByRole("checkbox")
      .evaluateAll((boxes) => boxes.map((box) => box.parentElement?.textContent)),
  ).toEqual([
    "Inspel från arbetsgivaren (1)",
    "Inspel från Kommunal (2)",
    "Inspel från Vision (2)",
    "Oenighet för Kommunal (1)",
  ]);
  expect(await axeProblems(page)).toEqual([]);
  await offer.getByRole("button", { name: "Lägg till markeringar" }).click();
  await expect.poll(() => page.getByRole("status").textContent()).toBe("Markeringar tillagda: 6.");

  const controls = await page.evaluate(() => window.wordDouble!.contentControls());
  const marks = controls.map((control) => [control.tag.replace(/:[a-z0-9]+$/, ""), control.text]);
  expect(marks).toEqual([
    ["sp:inspel:arbetsgivaren", "Arbetsgivaren redogjorde för budgeten."],
    ["sp:inspel:kommunal", "Kommunal tog upp bemanningen i hemtjänsten och vill ha en uppföljning."],
    ["sp:inspel:vision", "Vision menar att förslaget saknar en riskbedömning."],
    ["sp:inspel:kommunal", "Kommunal reserverar sig mot beslutet om neddragningar."],
    ["sp:oenighet:kommunal", "Kommunal reserverar sig mot beslutet om neddragningar."],
    ["sp:inspel:vision", "Vision tog upp parkeringen vid stadshuset."],
  ]);
  // Without section controls the mark itself records the item it belongs to.
  expect(controls.find((control) => control.tag.startsWith("sp:oenighet:"))?.title).toBe(
    "Oenighet: Kommunal · Föranmälda frågor",
  );
  // The text itself is untouched.
  expect(await page.evaluate(() => window.wordDouble!.text())).toBe(lines.join("\n"));

  await openTab(page, "Justering");
  await page.getByRole("button", { name: "Granska protokollet" }).click();
  await expect
    .poll(() => page.getByRole("status").textContent())
    .toBe("Granskningen är klar: 1 att se över.");
  const list = page.getByRole("region", { name: "Att se över: 1" });
  expect(await list.getByRole("listitem").allTextContents()).toEqual([
    "Mötesdatumet i rubriken (5 mars 2024) stämmer inte med uppgiften om tidpunkt (6 mars 2024).Kontrollera vilket datum mötet hölls och rätta det andra.",
  ]);
  expect(await axeProblems(page)).toEqual([]);

  // The justering names the item of the marked oenighet.
  await openTab(page, "Mallar/Punkter");
  await page.getByLabel("Mall", { exact: true }).selectOption("forvaltningsgrupp");
  await openTab(page, "Möte");
  await page.getByRole("button", { name: "Lägg till justerare" }).click();
  const justerare = page.getByRole("group", { name: "Justerare" });
  await justerare.getByLabel("Part, rad 1").selectOption("kommunal");
  await justerare.getByLabel("Namn, rad 1").fill("Per Lind");
  await openTab(page, "Justering");
  await page.getByRole("button", { name: "Uppdatera justeringen" }).click();
  await expect.poll(() => page.getByRole("status").textContent()).toContain("Justeringen är uppdaterad");
  const block = (await page.evaluate(() => window.wordDouble!.contentControls())).find(
    (control) => control.tag === "sp:justering",
  )!;
  expect(block.text).toContain("Per Lind för Kommunal (oenighet under föranmälda frågor)");

  // Reviewed again, the marked oenighet is noted in the justering: nothing new to fix.
  await page.getByRole("button", { name: "Granska protokollet" }).click();
  await expect
    .poll(() => page.getByRole("status").textContent())
    .toBe("Granskningen är klar: 1 att se över.");

  expect(await page.evaluate(() => window.wordDouble!.droppedOperations)).toBe(0);
  expect(errors).toEqual([]);
});
