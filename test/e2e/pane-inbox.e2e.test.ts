import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { agendaSections } from "../../addin/ui/templates";
import { BRIDGE_CHANNEL, bridgeMessageOf } from "../../shared/clip/bridge-protocol";
import { clipToHtml, clipToPlainText } from "../../shared/clip/clipboard";
import type { ClipEnvelope, ClipItem } from "../../shared/clip/envelope";
import { builtinTemplates } from "../../shared/templates/registry";
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

// The pane's side of clip delivery (issue 5) in real Chromium: same-window postMessage with real
// `event.source`/`event.origin`, a second origin trying to spoof the bridge, real paste and file payloads,
// and insertion into the Word test double. The extension's bridge is played by a script in the page that
// speaks the same protocol; the extension's own e2e test drives the real content script.

let server: StaticServer;
let other: StaticServer;
let spoofDir: string;
let browser: LaunchedChromium;
let page: Page;
let errors: string[];

// A built-in template with both a §11 and a §19 part (förvaltningsgrupp), so the grouping can be checked.
const template = builtinTemplates.find((each) =>
  ["mbl11", "mbl19"].every((mbl) => agendaSections(each).some((section) => section.mbl === mbl)),
)!;
const sections = agendaSections(template);

const item = (
  number: string,
  title: string,
  mbl: ClipItem["mbl"],
  links: ClipItem["links"] = [],
): ClipItem => ({
  number,
  title,
  dnr: [`SN 2024/${number}`],
  mbl,
  procedural: false,
  links,
});

function clip(id: string, items: ClipItem[]): ClipEnvelope {
  return {
    kind: "sp-clip",
    version: 1,
    id,
    createdAt: "2024-02-01T10:00:00.000Z",
    source: { url: "http://127.0.0.1/socialnamnden", title: "Socialnämndens föredragningslista" },
    agenda: { committee: "Socialnämnden", meetingDate: "2024-02-13", items },
  };
}

const three = clip("three", [
  item("7", "Ny organisation för hemtjänsten", "mbl11", [
    { text: "Tjänsteskrivelse", href: "https://intranet.example.se/ts7.pdf" },
  ]),
  item("8", "Månadsrapport januari", "mbl19"),
  item("9", "Riktlinjer <img src=x onerror=\"document.title='pwned'\">", "mbl11"),
]);

beforeAll(async () => {
  ensureTrialBuilt();
  server = await serveDir(DIST_DIR);
  // Another origin (another port) serving a page that posts bridge look-alikes to whoever frames it.
  spoofDir = await mkdtemp(join(tmpdir(), "sp-spoof-"));
  await writeFile(
    join(spoofDir, "spoof.html"),
    "<!doctype html><title>spoof</title><script>" +
      "parent.postMessage(JSON.parse(decodeURIComponent(location.hash.slice(1))), '*');" +
      "</script>",
  );
  other = await serveDir(spoofDir);
});

afterAll(async () => {
  await server?.close();
  await other?.close();
  await rm(spoofDir, { recursive: true, force: true });
});

beforeEach(async () => {
  browser = await launchChromium({ viewport: { width: 1280, height: 900 } });
  page = await browser.newPage();
  // The pane's template choice lives in its storage; set it before the pane boots.
  await page.addInitScript((id) => localStorage.setItem("sp.pane.template", JSON.stringify(id)), template.id);
  ({ errors } = await openTrial(page, server.url(TRIAL_PATH)));
});

afterEach(async () => {
  await browser?.close();
});

/**
 * Plays the extension's bridge in the page: answers `pull` with `clips` once, records the pane's messages.
 * Runs in the page's own window, as the real content script does (isolated world, same window).
 */
async function playBridge(clips: unknown[]) {
  await page.evaluate(
    ({ channel, batch }) => {
      const log: unknown[] = [];
      (window as unknown as { bridgeLog: unknown[] }).bridgeLog = log;
      let sent = false;
      window.addEventListener("message", (event) => {
        if (event.source !== window || event.data?.channel !== channel || event.data.from !== "pane") return;
        log.push(event.data);
        if (event.data.type === "pull" && !sent) {
          sent = true;
          window.postMessage(batch, location.origin);
        }
      });
    },
    { channel: BRIDGE_CHANNEL, batch: bridgeMessageOf({ type: "clips", clips }) },
  );
  await openTab(page, "Föredragningslista");
  await page.getByRole("button", { name: "Hämta klipp från webbläsaren" }).click();
}

const bridgeLog = () =>
  page.evaluate(() => (window as unknown as { bridgeLog: { type: string; ids?: string[] }[] }).bridgeLog);
const storedIds = () =>
  page.evaluate(() =>
    (JSON.parse(localStorage.getItem("sp.pane.inbox") ?? "[]") as { envelope: { id: string } }[]).map(
      (c) => c.envelope.id,
    ),
  );

/** Pastes a clip into the pane's paste target as the popup's "Kopiera till Word" puts it on the clipboard. */
async function pasteClip(envelope: ClipEnvelope) {
  await page.getByLabel("Klistra in ett klipp här (Ctrl+V)").focus();
  await page.evaluate(
    ({ html, text }) => {
      const data = new DataTransfer();
      data.setData("text/html", html);
      data.setData("text/plain", text);
      document.activeElement!.dispatchEvent(
        new ClipboardEvent("paste", { clipboardData: data, bubbles: true }),
      );
    },
    { html: clipToHtml(envelope), text: clipToPlainText(envelope) },
  );
}

const agendaControls = () =>
  page.evaluate(() =>
    window.wordDouble!.contentControls().filter((control) => control.tag.startsWith("sp:agenda:")),
  );

async function createMinutes() {
  await openTab(page, "Mallar/Punkter");
  await page.getByRole("button", { name: "Skapa protokoll" }).click();
  await expect.poll(() => page.getByRole("status").textContent()).toContain(template.name);
}

describe("clip delivery into the pane (real Chromium)", () => {
  it("receives three items over the bridge, acknowledges after storing, and inserts them under §11/§19 with links as text", async () => {
    await createMinutes();
    await playBridge([three]);
    await expect.poll(bridgeLog).toContainEqual(expect.objectContaining({ type: "ack", ids: ["three"] }));
    expect(await storedIds()).toEqual(["three"]);
    for (const title of ["Ny organisation för hemtjänsten", "Månadsrapport januari", "Riktlinjer"]) {
      await page.getByRole("checkbox", { name: new RegExp(title) }).waitFor();
    }
    await page.getByRole("button", { name: "Infoga markerade (3)" }).click();
    await expect
      .poll(() => page.getByRole("status").textContent())
      .toBe(
        "2 punkter infogade under ”Avser samverkan som motsvarar MBL § 11”, 1 under ”Information avser samverkan som motsvarar MBL § 19”.",
      );

    const doc = await page.evaluate(() => ({
      paragraphs: window.wordDouble!.paragraphs(),
      controls: window.wordDouble!.contentControls(),
    }));
    // A section runs from its heading to the next heading.
    const within = (sectionId: string) =>
      page.evaluate((tag) => window.wordDouble!.sectionText(tag), `sp:punkt:${sectionId}`);
    const mbl11 = await within(sections.find((s) => s.mbl === "mbl11")!.id);
    const mbl19 = await within(sections.find((s) => s.mbl === "mbl19")!.id);
    expect(mbl11).toContain("Ny organisation för hemtjänsten");
    expect(mbl11).toContain("Riktlinjer <img src=x onerror=\"document.title='pwned'\">");
    expect(mbl11).not.toContain("Månadsrapport januari");
    expect(mbl19).toContain("Månadsrapport januari");
    const links = doc.paragraphs.flatMap((p) => p.links);
    expect(links).toContainEqual({ text: "Tjänsteskrivelse", href: "https://intranet.example.se/ts7.pdf" });
    // The markup stayed text: no element was made from it in the pane or in the rendered document.
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.title()).not.toBe("pwned");

    // The same item again updates instead of duplicating.
    await page.getByRole("button", { name: "Infoga markerade (3)" }).click();
    await expect
      .poll(() => page.getByRole("status").textContent())
      .toBe("3 punkter var redan infogade och har uppdaterats.");
    expect(errors).toEqual([]);
  });

  it("keeps the inbox when the pane is closed and opened again", async () => {
    await playBridge([three]);
    await expect.poll(storedIds).toEqual(["three"]);
    await page.reload();
    await openTab(page, "Föredragningslista");
    expect(await page.getByRole("checkbox", { name: /Månadsrapport januari/ }).isVisible()).toBe(true);
  });

  // A bad link costs only that link (issue 10 item 8); a clip that cannot be read is refused in one sentence.
  it("refuses a broken clip with a Swedish sentence, keeps a hostile one without its link, and the rest arrives", async () => {
    const hostile = clip("hostile", [
      item("1", "Länk", null, [{ text: "klicka", href: "javascript:alert(1)" }]),
    ]);
    const broken = { ...clip("broken", [item("1", "Tom", null)]), agenda: { ...three.agenda, items: [] } };
    await playBridge([hostile, broken, three]);
    await expect
      .poll(() => page.getByRole("alert").textContent())
      .toContain("Klippet innehåller inga punkter.");
    await expect
      .poll(bridgeLog)
      .toContainEqual(expect.objectContaining({ type: "ack", ids: ["hostile", "three"] }));
    expect(await storedIds()).toEqual(["hostile", "three"]);
    const links = await page.evaluate(
      () =>
        (
          JSON.parse(localStorage.getItem("sp.pane.inbox") ?? "[]") as {
            envelope: { agenda: { items: { links: unknown[] }[] } };
          }[]
        )[0]!.envelope.agenda.items[0]!.links,
    );
    expect(links).toEqual([]);
  });

  // The envelope's notices reach the user (they were dropped before): a warning beside the clip, kept with
  // it across a reload, never a red alert, and no green status about the same delivery.
  it("shows what a clip lost on the way as a warning beside it, also after the pane is reopened", async () => {
    const hostile = clip("hostile", [
      item("1", "Länk", null, [
        { text: "klicka", href: "javascript:alert(1)" },
        { text: "Underlag", href: "https://intranet.example.se/u1.pdf" },
      ]),
      item("2", "Utan länk", "mbl19"),
    ]);
    await playBridge([hostile]);
    const group = page.getByRole("group", { name: "Socialnämnden 2024-02-13" });
    const warnings = group.locator(".warnings li");
    await warnings.first().waitFor();
    expect(await warnings.allTextContents()).toEqual([
      "Punkt 1 har en länk som inte är en webbadress: den togs bort.",
    ]);
    const status = page.getByRole("status");
    expect(await status.textContent()).toBe("2 punkter har tagits emot. Läs anmärkningen vid klippet.");
    expect(await status.getAttribute("class")).toBe("status note");
    expect(await page.getByRole("alert").textContent()).toBe("");
    // Not the success green: the status line wears the warning's colours.
    const colours = await page.evaluate(() => {
      const of = (selector: string) => getComputedStyle(document.querySelector(selector)!).color;
      return { status: of(".status"), warning: of(".warnings li") };
    });
    expect(colours.status).toBe(colours.warning);

    await page.reload();
    await openTab(page, "Föredragningslista");
    expect(
      await page
        .getByRole("group", { name: "Socialnämnden 2024-02-13" })
        .locator(".warnings li")
        .allTextContents(),
    ).toEqual(["Punkt 1 har en länk som inte är en webbadress: den togs bort."]);
    expect(await page.getByRole("status").textContent()).toBe("");
    expect(errors).toEqual([]);
  });

  it("ignores look-alike messages from another origin and from another window", async () => {
    const spoof = bridgeMessageOf({
      type: "clips",
      clips: [clip("spoof", [item("1", "Falsk punkt", null)])],
    });
    await openTab(page, "Föredragningslista");
    // Count the look-alikes that do reach the pane's window, so the test proves they were there to refuse.
    await page.evaluate((channel) => {
      const seen = { count: 0 };
      (window as unknown as { seen: typeof seen }).seen = seen;
      window.addEventListener("message", (event) => {
        if (event.data?.channel === channel && event.data.from === "bridge") seen.count++;
      });
    }, BRIDGE_CHANNEL);
    // Another origin, framed in the pane's page, posting to the pane's window.
    await page.evaluate(
      (src) =>
        new Promise<void>((done) => {
          const frame = document.createElement("iframe");
          frame.src = src;
          frame.onload = () => done();
          document.body.append(frame);
        }),
      `${other.url("spoof.html")}#${encodeURIComponent(JSON.stringify(spoof))}`,
    );
    // A same-origin frame is still another window: its messages must be ignored too.
    await page.evaluate((message) => {
      const frame = document.createElement("iframe");
      document.body.append(frame);
      (frame.contentWindow as unknown as { eval(code: string): void }).eval(
        `parent.postMessage(${JSON.stringify(message)}, ${JSON.stringify(location.origin)})`,
      );
    }, spoof);
    // Same window, right origin, but a version this pane does not speak.
    await page.evaluate((message) => window.postMessage({ ...message, version: 2 }, location.origin), spoof);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { seen: { count: number } }).seen.count))
      .toBe(3);
    expect(await storedIds()).toEqual([]);
    expect(await page.getByText("Falsk punkt").count()).toBe(0);
  });

  it("reads a clip pasted from the popup's clipboard payload and one opened from a file", async () => {
    const pasted = clip("pasted", [item("3", "Inklistrad punkt", null)]);
    await openTab(page, "Föredragningslista");
    await pasteClip(pasted);
    await page.getByRole("checkbox", { name: /Inklistrad punkt/ }).waitFor();

    // A file edited by hand, whose source is no web address: the clip arrives without it, and says so.
    const file = {
      ...clip("file", [item("4", "Punkt från fil", "mbl19")]),
      source: { url: "file:///C:/Users/sekreterare/kallelse.pdf", title: "Kallelse" },
    };
    await page.getByLabel("Öppna klippfil …").setInputFiles({
      name: "klipp.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(file)),
    });
    const fromFile = page.getByRole("checkbox", { name: /Punkt från fil/ });
    await fromFile.waitFor();
    expect(
      await fromFile.locator("xpath=ancestor::fieldset").locator(".warnings li").allTextContents(),
    ).toEqual(["Källans adress var inte en webbadress: den togs bort."]);
    expect((await storedIds()).sort()).toEqual(["file", "pasted"]);
  });

  it("lets the secretary write under an inserted item (Enter at the end of its underlag line) and mark it, under the item", async () => {
    await createMinutes();
    await openTab(page, "Föredragningslista");
    await pasteClip(three);
    await page.getByRole("button", { name: "Infoga markerade (3)" }).click();
    await expect
      .poll(() => page.getByRole("status").textContent())
      .toBe(
        "2 punkter infogade under ”Avser samverkan som motsvarar MBL § 11”, 1 under ”Information avser samverkan som motsvarar MBL § 19”.",
      );
    const underlag = await page.evaluate(() =>
      window.wordDouble!.paragraphs().findIndex((p) => p.text === "Underlag: Tjänsteskrivelse"),
    );
    // Each inserted item has a free line under it, outside its control.
    expect(await page.evaluate((at) => window.wordDouble!.paragraphs()[at + 1]?.text, underlag)).toBe("");
    await page.locator(`.wd-p[data-index="${underlag}"]`).click();
    await page.keyboard.press("End");
    await page.keyboard.press("Enter");
    await page.keyboard.type("Vision anser att underlaget är för tunt.");
    await openTab(page, "Oenighet");
    await page.getByRole("checkbox", { name: "Vision", exact: true }).check();
    await page.getByRole("button", { name: "Markera oenighet" }).click();
    await expect
      .poll(() => page.getByRole("status").textContent())
      .toBe("Oenighet markerad för Vision under ”Ny organisation för hemtjänsten”.");
    expect(await page.getByRole("alert").textContent()).toBe("");
    const item = (await agendaControls()).find((control) =>
      control.text.startsWith("Ny organisation för hemtjänsten\r"),
    )!;
    expect(item.text).toBe(
      "Ny organisation för hemtjänsten\rNämndens punkt 7 – Dnr: SN 2024/7 – Samverkas motsvarande MBL § 11\rUnderlag: Tjänsteskrivelse",
    );
    expect(errors).toEqual([]);
  });

  it("updates what a clip already inserted when the same agenda comes again through the bridge (clipboard first)", async () => {
    await createMinutes();
    await openTab(page, "Föredragningslista");
    await pasteClip(three);
    await page.getByRole("button", { name: "Infoga markerade (3)" }).click();
    await expect
      .poll(() => page.getByRole("status").textContent())
      .toBe(
        "2 punkter infogade under ”Avser samverkan som motsvarar MBL § 11”, 1 under ”Information avser samverkan som motsvarar MBL § 19”.",
      );
    expect(await agendaControls()).toHaveLength(3);

    // The popup queued the same agenda too, as a clip of its own: the bridge delivers it later.
    const again = clip("again", [
      { ...three.agenda.items[0]!, title: "Ny organisation för hemtjänsten, reviderad" },
      ...three.agenda.items.slice(1),
    ]);
    await playBridge([again]);
    await expect
      .poll(() => page.getByRole("status").textContent())
      .toBe("3 punkter fanns redan i listan och har uppdaterats.");
    const listed = page.getByRole("checkbox");
    expect(await listed.count()).toBe(3);
    const revised = page.getByRole("checkbox", { name: /reviderad/ });
    expect(await revised.locator("xpath=ancestor::li").textContent()).toContain("redan infogad");
    await page.getByRole("button", { name: "Infoga markerade (3)" }).click();
    await expect
      .poll(() => page.getByRole("status").textContent())
      .toBe("3 punkter var redan infogade och har uppdaterats.");
    const controls = await agendaControls();
    expect(controls).toHaveLength(3);
    expect(
      controls.filter((control) =>
        control.text.startsWith("Ny organisation för hemtjänsten, reviderad\rNämndens punkt 7"),
      ),
    ).toHaveLength(1);
    expect(errors).toEqual([]);
  });
});
