import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Page, Worker } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agendaSections } from "../../addin/ui/templates";
import type { ClipEnvelope } from "../../shared/clip/envelope";
import { builtinTemplates } from "../../shared/templates/registry";
import {
  badgeText,
  type ChromeInWorker,
  chooseSwedish,
  extensionIdOf,
  extensionWorker,
  prepareExtension,
  registeredContentScripts,
  storageValue,
  type TestExtension,
} from "./extension-helpers";
import {
  DIST_DIR,
  ensureTrialBuilt,
  type LaunchedChromium,
  launchChromium,
  openTrial,
  type StaticServer,
  serveDir,
  TRIAL_PATH,
} from "./helpers";

const fixtures = resolve(import.meta.dirname, "../fixtures/extension");

// A built-in template with §11 and §19 parts, so the MBL grouping of the inserted items can be checked.
const template = builtinTemplates.find((each) => agendaSections(each).some((s) => s.mbl === "mbl11"))!;
const sections = agendaSections(template);

/**
 * Issue 5 end to end, everything on localhost in real Chromium: the unpacked extension clips a fixture
 * agenda page, the real task pane (trial page with the Word test double) on the configured add-in origin
 * receives the clips through the real bridge content script, inserts them under the §11/§19 sections as
 * text with links, and the extension's queue is then empty — also when the pane was closed at clip time
 * and the browser was restarted in between.
 */
describe("extension → bridge → task pane → document", () => {
  let addin: StaticServer;
  let pages: StaticServer;
  let extension: TestExtension;
  let profile: string;
  let browser: LaunchedChromium;
  let worker: Worker;

  const queue = async () => ((await storageValue(worker, "queue")) ?? []) as ClipEnvelope[];

  async function start() {
    browser = await launchChromium({ extensionDir: extension.dir, userDataDir: profile });
    worker = await extensionWorker(browser.context);
  }

  /** Clips the fixture page through the popup, keeping the given items and classifying them. */
  async function clip(keep: Record<number, "MBL §11" | "MBL §19" | "Övrigt">) {
    const agenda = await browser.newPage();
    await agenda.goto(pages.url("agenda.html"));
    const popup = await browser.newPage();
    await agenda.bringToFront();
    await popup.goto(`chrome-extension://${extensionIdOf(worker)}/popup.html`);
    await popup.getByRole("button", { name: "Hämta punkter från sidan" }).click();
    await popup.getByRole("heading", { name: "Hittade punkter (5)" }).waitFor();
    for (const n of [1, 2, 3, 4, 5]) {
      const choice = keep[n];
      if (!choice) await popup.getByRole("checkbox", { name: `Ta med punkt ${n}` }).uncheck();
      else await popup.locator(`#item-${n - 1}-mbl`).selectOption({ label: choice });
    }
    await popup.getByRole("button", { name: "Lägg i kön" }).click();
    await popup.getByRole("status").filter({ hasText: "punkter lades i kön." }).waitFor();
    await popup.close();
    await agenda.close();
  }

  async function openPane(): Promise<{ pane: Page; errors: string[] }> {
    const pane = await browser.newPage();
    await pane.addInitScript(
      (id) => localStorage.setItem("sp.pane.template", JSON.stringify(id)),
      template.id,
    );
    const { errors } = await openTrial(pane, addin.url(TRIAL_PATH));
    return { pane, errors };
  }

  beforeAll(async () => {
    ensureTrialBuilt();
    addin = await serveDir(DIST_DIR);
    pages = await serveDir(fixtures);
    extension = await prepareExtension(["http://127.0.0.1/*"]);
    profile = await mkdtemp(join(tmpdir(), "sp-delivery-profile-"));
    await start();
    await chooseSwedish(worker);
    // The add-in origin, as the options page saves it (that page is exercised in extension-bridge).
    await worker.evaluate(async (origin) => {
      const { chrome } = globalThis as unknown as ChromeInWorker;
      const { settings } = await chrome.storage.local.get("settings");
      await chrome.storage.local.set({ settings: { ...(settings as object), bridgeOrigins: [origin] } });
    }, addin.origin);
  });

  it("registers the bridge for the configured add-in origin", async () => {
    await expect
      .poll(async () => (await registeredContentScripts(worker)).map((s) => s.id))
      .toEqual(["sp-bridge"]);
  });

  afterAll(async () => {
    await browser?.close();
    await extension?.remove();
    await rm(profile, { recursive: true, force: true });
    await addin?.close();
    await pages?.close();
  });

  it("delivers three clipped items into the document under §11/§19, as text with links, and empties the queue", async () => {
    await clip({ 2: "MBL §11", 3: "MBL §19", 4: "MBL §11" });
    expect(await badgeText(worker)).toBe("1");

    const { pane, errors } = await openPane();
    await pane.getByRole("tab", { name: "Mallar/Punkter" }).click();
    await pane.getByRole("button", { name: "Skapa protokoll" }).click();
    await expect.poll(() => pane.getByRole("status").textContent()).toContain(template.name);
    await pane.getByRole("tab", { name: "Föredragningslista" }).click();
    for (const title of [
      "Budget 2025 för äldreomsorgen",
      "Ny organisation för hemtjänsten",
      "sjukfrånvaro",
    ]) {
      await pane.getByRole("checkbox", { name: new RegExp(title) }).waitFor();
    }
    // Acknowledged once stored in the pane's inbox: the extension's queue is empty.
    await expect.poll(queue).toEqual([]);
    await expect.poll(() => badgeText(worker)).toBe("");

    await pane.getByRole("button", { name: "Infoga markerade (3)" }).click();
    await expect.poll(() => pane.getByRole("status").textContent()).toContain("3 punkter infogade");
    const doc = await pane.evaluate(() => ({
      paragraphs: window.wordDouble!.paragraphs(),
      controls: window.wordDouble!.contentControls(),
    }));
    const textUnder = (mbl: "mbl11" | "mbl19") => {
      const control = doc.controls.find(
        (c) => c.tag === `sp:punkt:${sections.find((s) => s.mbl === mbl)!.id}`,
      )!;
      return doc.paragraphs
        .slice(control.from, control.to + 1)
        .map((p) => p.text)
        .join("\n");
    };
    expect(textUnder("mbl11")).toContain("Budget 2025 för äldreomsorgen");
    expect(textUnder("mbl11")).toContain("SN 2024/101");
    expect(textUnder("mbl11")).toContain("<img src=x onerror=alert(1)>");
    expect(textUnder("mbl11")).not.toContain("Ny organisation för hemtjänsten");
    expect(textUnder("mbl19")).toContain("Ny organisation för hemtjänsten");
    expect(doc.paragraphs.flatMap((p) => p.links)).toEqual(
      expect.arrayContaining([{ text: "Tjänsteutlåtande", href: pages.url("underlag/budget-2025.pdf") }]),
    );
    expect(doc.paragraphs.flatMap((p) => p.links).some((link) => link.href.startsWith("javascript:"))).toBe(
      false,
    );
    expect(await pane.locator("img").count()).toBe(0);
    expect(errors).toEqual([]);
    await pane.close();
  });

  it("loses nothing when the pane is closed at clip time and the browser restarts before it opens", async () => {
    await clip({ 1: "Övrigt", 5: "Övrigt" });
    const waiting = (await queue()).map((c) => c.id);
    expect(waiting).toHaveLength(1);
    await browser.close();
    await start();
    expect((await queue()).map((c) => c.id)).toEqual(waiting);

    const { pane, errors } = await openPane();
    await pane.getByRole("tab", { name: "Föredragningslista" }).click();
    await pane.getByRole("checkbox", { name: /Val av justerare/ }).waitFor();
    await pane.getByRole("checkbox", { name: /Övriga frågor/ }).waitFor();
    await expect.poll(queue).toEqual([]);
    const stored = await pane.evaluate(() =>
      (JSON.parse(localStorage.getItem("sp.pane.inbox") ?? "[]") as { envelope: { id: string } }[]).map(
        (c) => c.envelope.id,
      ),
    );
    expect(stored).toEqual(expect.arrayContaining(waiting));
    expect(errors).toEqual([]);
  });
});
