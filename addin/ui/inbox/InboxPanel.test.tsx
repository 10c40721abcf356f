import { fireEvent, screen, within } from "@testing-library/preact";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { BRIDGE_CHANNEL, bridgeMessageOf, type PaneMessage } from "../../../shared/clip/bridge-protocol";
import { clipToHtml, clipToPlainText } from "../../../shared/clip/clipboard";
import { validateEnvelope } from "../../../shared/clip/envelope";
import { agendaItemKey } from "../../../shared/document/tags";
import { builtinTemplates } from "../../../shared/templates/registry";
import { userMessageFor } from "../../word/errors";
import { agendaSections } from "../templates";
import { clipItem, envelope } from "../testing/clips";
import { fakeOps, officeError } from "../testing/fake-ops";
import { expectAlert, expectStatus, renderPane } from "../testing/render";
import { loadInbox } from "./store";

/** What the pane posted to the bridge, as the extension's content script would see it. */
let sent: PaneMessage[] = [];
const recordPaneMessage = (event: MessageEvent) => {
  if (event.data?.channel === BRIDGE_CHANNEL && event.data.from === "pane") sent.push(event.data);
};

// Vitest's happy-dom global `window` is not the object happy-dom puts in `event.source`, so same-window
// postMessage is reproduced here with the browser's semantics (exact target origin, source = this window).
// Real Chromium covers the genuine article in test/e2e/pane.e2e.test.ts.
beforeEach(() => {
  sent = [];
  vi.spyOn(window, "postMessage").mockImplementation((data: unknown, targetOrigin?: unknown) => {
    if (targetOrigin !== location.origin) throw new Error(`unexpected target origin ${String(targetOrigin)}`);
    setTimeout(() =>
      window.dispatchEvent(new MessageEvent("message", { data, origin: location.origin, source: window })),
    );
  });
  window.addEventListener("message", recordPaneMessage);
});
afterEach(() => {
  window.removeEventListener("message", recordPaneMessage);
  vi.restoreAllMocks();
});

const fromBridge = (message: Parameters<typeof bridgeMessageOf>[0]) =>
  window.postMessage(bridgeMessageOf(message), location.origin);

const splitTemplate = builtinTemplates.find((template) =>
  agendaSections(template).some((section) => section.mbl === "mbl11"),
)!;

function chooseTemplate(id: string) {
  localStorage.setItem("sp.pane.template", JSON.stringify(id));
}

describe("Föredragningslista: bridge", () => {
  it("pulls, stores valid clips in the inbox, then acknowledges exactly their ids", async () => {
    await renderPane(fakeOps(), "Föredragningslista");
    await vi.waitFor(() => expect(sent.map((m) => m.type)).toEqual(["hello", "pull"]));

    const clip = envelope("clip-1", [clipItem(), clipItem({ number: "8", title: "Lokaler", dnr: [] })]);
    fromBridge({ type: "clips", clips: [clip] });
    await vi.waitFor(() => expect(sent.at(-1)).toMatchObject({ type: "ack", ids: ["clip-1"] }));
    // Stored before the ack: the inbox already holds it when the extension may drop it.
    expect(loadInbox().map((entry) => entry.envelope.id)).toEqual(["clip-1"]);
    expect(screen.getByRole("group", { name: "Socialnämnden 2024-02-13" })).toBeTruthy();
    expect(screen.getByRole("checkbox", { name: /Budget 2025/ })).toHaveProperty("checked", true);
    await expectStatus("1 klipp med 2 punkter har tagits emot.");
  });

  it("refuses an invalid clip with the Swedish reasons, and the rest of the batch still arrives", async () => {
    await renderPane(fakeOps(), "Föredragningslista");
    // A bad link costs only the link now (issue 10 item 8); a clip without a title is still refused.
    const bad = envelope("bad", [{ ...clipItem(), title: "" }]);
    const refusal = validateEnvelope(bad);
    if (refusal.ok) throw new Error("fixture must be invalid");
    fromBridge({ type: "clips", clips: [bad, envelope("good", [clipItem()])] });

    await expectAlert(refusal.errors[0]!);
    await vi.waitFor(() => expect(sent.at(-1)).toMatchObject({ type: "ack", ids: ["good"] }));
    expect(loadInbox().map((entry) => entry.envelope.id)).toEqual(["good"]);
  });

  it("ignores messages from another origin, another window, or another protocol version", async () => {
    await renderPane(fakeOps(), "Föredragningslista");
    const data = bridgeMessageOf({ type: "clips", clips: [envelope("spoof", [clipItem()])] });
    window.dispatchEvent(
      new MessageEvent("message", { data, origin: "https://evil.example", source: window }),
    );
    window.dispatchEvent(new MessageEvent("message", { data, origin: location.origin, source: null }));
    window.postMessage({ ...data, version: 2 }, location.origin);
    window.postMessage({ ...data, from: "pane" }, location.origin);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(loadInbox()).toEqual([]);
    expect(sent.some((m) => m.type === "ack")).toBe(false);
  });

  it("stores a clip delivered twice once, and acknowledges it both times", async () => {
    await renderPane(fakeOps(), "Föredragningslista");
    const clip = envelope("twice", [clipItem()]);
    fromBridge({ type: "clips", clips: [clip] });
    fromBridge({ type: "clips", clips: [clip] });
    await vi.waitFor(() => expect(sent.filter((m) => m.type === "ack")).toHaveLength(2));
    expect(loadInbox()).toHaveLength(1);
    expect(screen.getAllByRole("group", { name: "Socialnämnden 2024-02-13" })).toHaveLength(1);
  });

  it("pulls when the bridge announces pending clips", async () => {
    await renderPane(fakeOps(), "Föredragningslista");
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    fromBridge({ type: "ready", pending: 3 });
    await vi.waitFor(() => expect(sent.map((m) => m.type)).toEqual(["hello", "pull", "pull"]));
    expect(screen.getByText(/Ansluten till webbläsartillägget/)).toBeTruthy();
  });
});

describe("Föredragningslista: paste and file", () => {
  const clip = envelope("pasted", [clipItem({ title: "Lönerevision <img src=x onerror=alert(1)>" })]);

  function paste(data: Record<string, string>) {
    const target = screen.getByLabelText("Klistra in ett klipp här (Ctrl+V)");
    fireEvent.paste(target, { clipboardData: { getData: (type: string) => data[type] ?? "" } });
  }

  it("reads the envelope from the popup's HTML and shows markup in it as inert text", async () => {
    await renderPane(fakeOps(), "Föredragningslista");
    paste({ "text/html": clipToHtml(clip), "text/plain": clipToPlainText(clip) });
    const item = await screen.findByRole("checkbox", { name: /Lönerevision/ });
    expect(item.closest("li")?.textContent).toContain("<img src=x onerror=alert(1)>");
    expect(document.querySelector("img")).toBeNull();
    expect(loadInbox()[0]?.via).toBe("paste");
  });

  it("reads plain-text JSON when there is no HTML, and says so when a paste holds no clip", async () => {
    await renderPane(fakeOps(), "Föredragningslista");
    paste({ "text/plain": "bara vanlig text" });
    await expectAlert("Det inklistrade innehöll inget klipp");
    paste({ "text/plain": JSON.stringify(clip) });
    expect(await screen.findByRole("checkbox", { name: /Lönerevision/ })).toBeTruthy();
  });

  it("opens a clip file, and refuses a broken one with the schema's reasons", async () => {
    const { user } = await renderPane(fakeOps(), "Föredragningslista");
    const input = screen.getByLabelText("Öppna klippfil …");
    await user.upload(input, new File(['{"kind":"sp-clip"'], "trasig.json", { type: "application/json" }));
    await expectAlert("Klippet kunde inte läsas: det är inte giltig JSON.");
    await user.upload(input, new File([JSON.stringify(clip)], "klipp.json", { type: "application/json" }));
    expect(await screen.findByRole("checkbox", { name: /Lönerevision/ })).toBeTruthy();
    expect(loadInbox()[0]?.via).toBe("file");
  });
});

describe("Föredragningslista: inserting", () => {
  const items = [
    clipItem({ number: "1", title: "Ny organisation", dnr: ["SN 2024/1"], mbl: "mbl11" }),
    clipItem({ number: "2", title: "Ekonomisk rapport", dnr: ["SN 2024/2"], mbl: "mbl19" }),
    clipItem({
      number: "3",
      title: "Riktlinjer",
      dnr: ["SN 2024/3"],
      mbl: "mbl11",
      procedural: false,
      links: [{ text: "Tjänsteskrivelse", href: "https://intranet.example.se/t.pdf" }],
    }),
  ];

  it("inserts the chosen items into the §11 and §19 parts by their class", async () => {
    chooseTemplate(splitTemplate.id);
    const ops = fakeOps();
    const { user } = await renderPane(ops, "Föredragningslista");
    fromBridge({ type: "clips", clips: [envelope("c", items)] });
    await user.click(await screen.findByRole("checkbox", { name: /Ekonomisk rapport/ }));
    expect(screen.getByLabelText("Infoga under")).toHaveProperty("value", "auto");
    await user.click(screen.getByRole("button", { name: "Infoga markerade (2)" }));

    const sections = agendaSections(splitTemplate);
    const mbl11 = sections.find((section) => section.mbl === "mbl11")!;
    expect(ops.insertAgendaItems).toHaveBeenCalledOnce();
    expect(ops.insertAgendaItems).toHaveBeenCalledWith([items[0], items[2]], { sectionId: mbl11.id });
    await expectStatus("2 punkter infogade, 0 uppdaterade.");
  });

  it("puts every chosen item under one section when the user picks it", async () => {
    chooseTemplate(splitTemplate.id);
    const ops = fakeOps();
    const { user } = await renderPane(ops, "Föredragningslista");
    fromBridge({ type: "clips", clips: [envelope("c", items)] });
    await screen.findByRole("checkbox", { name: /Ekonomisk rapport/ });
    const mbl19 = agendaSections(splitTemplate).find((section) => section.mbl === "mbl19")!;
    await user.selectOptions(screen.getByLabelText("Infoga under"), mbl19.id);
    await user.click(screen.getByRole("button", { name: "Infoga markerade (3)" }));
    expect(ops.insertAgendaItems).toHaveBeenCalledWith(items, { sectionId: mbl19.id });
  });

  it("keeps the inbox and the choice when inserting fails", async () => {
    const ops = fakeOps();
    const error = officeError("GeneralException");
    ops.insertAgendaItems.mockRejectedValue(error);
    const { user } = await renderPane(ops, "Föredragningslista");
    fromBridge({ type: "clips", clips: [envelope("c", items)] });
    await screen.findByRole("checkbox", { name: /Riktlinjer/ });
    await user.click(screen.getByRole("button", { name: /Infoga markerade/ }));
    await expectAlert(userMessageFor(error));
    expect(loadInbox()).toHaveLength(1);
    expect(screen.getByRole("checkbox", { name: /Riktlinjer/ })).toHaveProperty("checked", true);
  });

  it("shows which items are already in the document", async () => {
    const ops = fakeOps();
    ops.index.agendaItemKeys = [agendaItemKey(items[1]!)];
    await renderPane(ops, "Föredragningslista");
    fromBridge({ type: "clips", clips: [envelope("c", items)] });
    const present = await screen.findByRole("checkbox", { name: /Ekonomisk rapport/ });
    expect(present.closest("li")?.textContent).toContain("finns i dokumentet");
    const absent = screen.getByRole("checkbox", { name: /Riktlinjer/ });
    expect(absent.closest("li")?.textContent).not.toContain("finns i dokumentet");
  });

  it("survives closing the pane and lets a clip be removed", async () => {
    const ops = fakeOps();
    const first = await renderPane(ops, "Föredragningslista");
    fromBridge({ type: "clips", clips: [envelope("kept", items)] });
    await screen.findByRole("checkbox", { name: /Riktlinjer/ });
    first.view.unmount();

    const { user } = await renderPane(fakeOps(), "Föredragningslista");
    const group = screen.getByRole("group", { name: "Socialnämnden 2024-02-13" });
    await user.click(within(group).getByRole("button", { name: /Ta bort klippet/ }));
    expect(loadInbox()).toEqual([]);
    expect(screen.getByText(/Inga klipp än/)).toBeTruthy();
  });
});

describe("Föredragningslista: template without §11/§19 parts", () => {
  it("inserts everything under the template's one agenda section", async () => {
    const single = builtinTemplates.find(
      (template) => agendaSections(template).length > 0 && !agendaSections(template).some((s) => s.mbl),
    )!;
    chooseTemplate(single.id);
    const ops = fakeOps();
    const { user } = await renderPane(ops, "Föredragningslista");
    const items = [clipItem({ mbl: "mbl11" }), clipItem({ number: "8", dnr: ["x"], mbl: "mbl19" })];
    fromBridge({ type: "clips", clips: [envelope("c", items)] });
    await screen.findAllByRole("checkbox", { name: /Budget 2025/ });
    expect(screen.queryByRole("option", { name: /Efter MBL-klass/ })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Infoga markerade (2)" }));
    expect(ops.insertAgendaItems).toHaveBeenCalledWith(items, { sectionId: agendaSections(single)[0]!.id });
  });
});

describe("Föredragningslista: without the extension", () => {
  it("says the extension does not answer, and looks again when asked", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const { user } = await renderPane(fakeOps(), "Föredragningslista");
      expect(screen.getByText(/Söker webbläsartillägget/)).toBeTruthy();
      await vi.advanceTimersByTimeAsync(3000);
      expect(await screen.findByText(/Webbläsartillägget svarar inte här/)).toBeTruthy();
      await user.click(screen.getByRole("button", { name: "Hämta klipp från webbläsaren" }));
      expect(await screen.findByText(/Söker webbläsartillägget/)).toBeTruthy();
      expect(sent.filter((m) => m.type === "pull")).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
