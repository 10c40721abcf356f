import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agendaSections } from "../../addin/ui/templates";
import { builtinTemplates } from "../../shared/templates/registry";
import {
  badgeText,
  type ChromeInWorker,
  chooseItems,
  type ExtensionSession,
  findItems,
  type MblChoice,
  queueItems,
  registeredContentScripts,
  serveTrialPane,
  startExtension,
  type TrialPane,
} from "./extension-helpers";
import { openTab, type StaticServer, serveDir } from "./helpers";

const fixtures = resolve(import.meta.dirname, "../fixtures/extension");

// A built-in template with §11 and §19 parts, so the MBL grouping of the inserted items can be checked.
const template = builtinTemplates.find((each) =>
  ["mbl11", "mbl19"].every((mbl) => agendaSections(each).some((s) => s.mbl === mbl)),
)!;
const sections = agendaSections(template);

/**
 * Issue 5 end to end, everything on localhost in real Chromium: the unpacked extension clips a fixture
 * agenda page, the real task pane (trial page with the Word test double) on the configured add-in origin
 * receives the clips through the real bridge content script, inserts them under the §11/§19 sections as
 * text with links, and the extension's queue is then empty — also when the pane was closed at clip time
 * and the browser was restarted in between.
 */
describe("extension → bridge → task pane → document", () => {
  let addin: TrialPane;
  let pages: StaticServer;
  let session: ExtensionSession;

  const queue = () => session.queue();

  /** Clips the fixture page through the popup, keeping the given items and classifying them. */
  async function clip(keep: Record<number, MblChoice>) {
    const agenda = await session.browser.newPage();
    await agenda.goto(pages.url("agenda.html"));
    const popup = await session.openPopup(agenda);
    await findItems(popup, 5);
    await chooseItems(popup, 5, keep);
    await queueItems(popup, "punkter lades i kön.");
    await popup.close();
    await agenda.close();
  }

  const openPane = () =>
    addin.open(session.browser.context, (pane) =>
      pane.addInitScript((id) => localStorage.setItem("sp.pane.template", JSON.stringify(id)), template.id),
    );

  beforeAll(async () => {
    addin = await serveTrialPane();
    pages = await serveDir(fixtures);
    session = await startExtension({ keepProfile: true });
    // The add-in's base URL, as the options page saves it (that page is exercised in extension-bridge): the
    // trial page's folder, so the bridge is bound by path as on a shared host.
    await session.worker.evaluate(async (base) => {
      const { chrome } = globalThis as unknown as ChromeInWorker;
      const { settings } = await chrome.storage.local.get("settings");
      await chrome.storage.local.set({ settings: { ...(settings as object), addinUrls: [base] } });
    }, `${addin.server.origin}/trial/`);
  });

  it("registers the bridge for the configured add-in base URL", async () => {
    await expect
      .poll(async () => (await registeredContentScripts(session.worker)).map((s) => [s.id, s.matches]))
      .toEqual([["sp-bridge", ["http://127.0.0.1/trial/*"]]]);
  });

  afterAll(async () => {
    await session?.close();
    await addin?.close();
    await pages?.close();
  });

  it("delivers three clipped items into the document under §11/§19, as text with links, and empties the queue", async () => {
    await clip({ 2: "MBL § 11", 3: "MBL § 19", 4: "MBL § 11" });
    expect(await badgeText(session.worker)).toBe("1");

    const { pane, errors } = await openPane();
    await openTab(pane, "Mallar/Punkter");
    await pane.getByRole("button", { name: "Skapa protokoll" }).click();
    await expect.poll(() => pane.getByRole("status").textContent()).toContain(template.name);
    await openTab(pane, "Föredragningslista");
    for (const title of [
      "Budget 2025 för äldreomsorgen",
      "Ny organisation för hemtjänsten",
      "sjukfrånvaro",
    ]) {
      await pane.getByRole("checkbox", { name: new RegExp(title) }).waitFor();
    }
    // Acknowledged once stored in the pane's inbox: the extension's queue is empty.
    await expect.poll(queue).toEqual([]);
    await expect.poll(() => badgeText(session.worker)).toBe("");

    await pane.getByRole("button", { name: "Infoga markerade (3)" }).click();
    await expect
      .poll(() => pane.getByRole("status").textContent())
      .toBe(
        "2 punkter infogade under ”Avser samverkan som motsvarar MBL § 11”, 1 under ”Information avser samverkan som motsvarar MBL § 19”.",
      );
    const doc = await pane.evaluate(() => ({
      paragraphs: window.wordDouble!.paragraphs(),
      controls: window.wordDouble!.contentControls(),
    }));
    // A section runs from its heading to the next heading.
    const textUnder = (mbl: "mbl11" | "mbl19") =>
      pane.evaluate(
        (tag) => window.wordDouble!.sectionText(tag),
        `sp:punkt:${sections.find((s) => s.mbl === mbl)!.id}`,
      );
    expect(await textUnder("mbl11")).toContain("Budget 2025 för äldreomsorgen");
    expect(await textUnder("mbl11")).toContain("SN 2024/101");
    expect(await textUnder("mbl11")).toContain("<img src=x onerror=alert(1)>");
    expect(await textUnder("mbl11")).not.toContain("Ny organisation för hemtjänsten");
    expect(await textUnder("mbl19")).toContain("Ny organisation för hemtjänsten");
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
    await session.restart();
    expect((await queue()).map((c) => c.id)).toEqual(waiting);

    const { pane, errors } = await openPane();
    await openTab(pane, "Föredragningslista");
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
