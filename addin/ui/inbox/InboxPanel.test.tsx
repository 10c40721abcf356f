import { fireEvent, screen, waitFor, within } from "@testing-library/preact";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { BRIDGE_CHANNEL, bridgeMessageOf, type PaneMessage } from "../../../shared/clip/bridge-protocol";
import { clipToHtml, clipToPlainText } from "../../../shared/clip/clipboard";
import { agendaItemKey } from "../../../shared/document/tags";
import { emptyMeeting } from "../meeting/draft";
import { availableTemplates } from "../templates";
import { clipItem, envelope } from "../testing/clips";
import { type FakeOps, fakeOps, officeError } from "../testing/fake-ops";
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

/** The template chosen and a meeting of its kind in the document. */
function chooseTemplate(ops: FakeOps, id: string) {
  localStorage.setItem("sp.pane.template", JSON.stringify(id));
  const type = availableTemplates([]).find((template) => template.id === id)?.meetingType;
  ops.readMeeting.mockResolvedValue({ ...emptyMeeting("2024-02-13", type), committee: "Socialnämnden" });
}

describe("Föredragningslista: bridge", () => {
  it("pulls, stores valid clips in the inbox, then acknowledges exactly their ids", async () => {
    await renderPane(fakeOps(), "Föredragningslista");
    await waitFor(() => expect(sent.map((m) => m.type)).toEqual(["hello", "pull"]));

    const clip = envelope("clip-1", [clipItem(), clipItem({ number: "8", title: "Lokaler", dnr: [] })]);
    fromBridge({ type: "clips", clips: [clip] });
    await waitFor(() => expect(sent.at(-1)).toMatchObject({ type: "ack", ids: ["clip-1"] }));
    // Stored before the ack: the inbox already holds it when the extension may drop it.
    expect(loadInbox().map((entry) => entry.envelope.id)).toEqual(["clip-1"]);
    expect(screen.getByRole("group", { name: "Socialnämnden 2024-02-13" })).toBeTruthy();
    expect(screen.getByRole("checkbox", { name: /Budget 2025/ })).toHaveProperty("checked", true);
    await expectStatus("2 punkter har tagits emot.");
  });

  it("refuses an invalid clip with the Swedish reasons, and the rest of the batch still arrives", async () => {
    await renderPane(fakeOps(), "Föredragningslista");
    // A bad link costs only the link (issue 10 item 8); a clip whose item has no title is still refused.
    const bad = envelope("bad", [{ ...clipItem(), title: "" }]);
    fromBridge({ type: "clips", clips: [bad, envelope("good", [clipItem()])] });

    await expectAlert(
      "1 klipp kunde inte tas emot och har inte lagts in. Klippet kunde inte läsas: rubriken i punkt 7 saknas.",
    );
    // The refusal replaces the "received" status of the same delivery: never green beside red.
    expect(screen.getByRole("status").textContent).toBe("");
    await waitFor(() => expect(sent.at(-1)).toMatchObject({ type: "ack", ids: ["good"] }));
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
    await waitFor(() => expect(sent.filter((m) => m.type === "ack")).toHaveLength(2));
    expect(loadInbox()).toHaveLength(1);
    expect(screen.getAllByRole("group", { name: "Socialnämnden 2024-02-13" })).toHaveLength(1);
  });

  it("pulls when the bridge announces pending clips", async () => {
    await renderPane(fakeOps(), "Föredragningslista");
    await waitFor(() => expect(sent).toHaveLength(2));
    fromBridge({ type: "ready", pending: 3 });
    await waitFor(() => expect(sent.map((m) => m.type)).toEqual(["hello", "pull", "pull"]));
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
    await expectAlert(
      "Det inklistrade innehöll inget klipp från webbläsartillägget. Använd ”Kopiera till Word” i webbläsartillägget först.",
    );
    paste({ "text/plain": JSON.stringify(clip) });
    expect(await screen.findByRole("checkbox", { name: /Lönerevision/ })).toBeTruthy();
  });

  it("opens a clip file, and refuses a broken one with the schema's reasons", async () => {
    const { user } = await renderPane(fakeOps(), "Föredragningslista");
    const input = screen.getByLabelText("Öppna klippfil …");
    await user.upload(input, new File(['{"kind":"sp-clip"'], "trasig.json", { type: "application/json" }));
    await expectAlert(
      "1 klipp kunde inte tas emot och har inte lagts in. Klippet kunde inte läsas: det är inte giltig JSON.",
    );
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

  it("inserts the chosen items into the §11 and §19 parts by their class and says where", async () => {
    const ops = fakeOps();
    chooseTemplate(ops, "forvaltningsgrupp");
    const { user } = await renderPane(ops, "Föredragningslista");
    fromBridge({ type: "clips", clips: [envelope("c", items)] });
    await user.click(await screen.findByRole("checkbox", { name: /Ekonomisk rapport/ }));
    expect(screen.getByLabelText("Infoga under")).toHaveProperty("value", "auto");
    await user.click(screen.getByRole("button", { name: "Infoga markerade (2)" }));

    expect(ops.insertAgendaItems).toHaveBeenCalledOnce();
    expect(ops.insertAgendaItems).toHaveBeenCalledWith([items[0], items[2]], { sectionId: "mbl11" });
    await expectStatus("2 punkter infogade under ”Avser samverkan som motsvarar MBL § 11”.");
  });

  it("puts FSG/VSG items for a decision (§ 11) under Beslut and the rest with the agenda under Information", async () => {
    const ops = fakeOps();
    chooseTemplate(ops, "fsg-vsg");
    const { user } = await renderPane(ops, "Föredragningslista");
    fromBridge({ type: "clips", clips: [envelope("c", items)] });
    await screen.findByRole("checkbox", { name: /Ekonomisk rapport/ });
    await user.click(screen.getByRole("button", { name: "Infoga markerade (3)" }));
    expect(ops.insertAgendaItems.mock.calls).toEqual([
      [[items[1]], { sectionId: "foredragningslistan" }],
      [[items[0], items[2]], { sectionId: "beslut" }],
    ]);
    await expectStatus("1 punkt infogad under ”Föredragningslistan Socialnämnden”, 2 under ”Beslut”.");
  });

  it("puts every chosen item under one section when the user picks it", async () => {
    const ops = fakeOps();
    chooseTemplate(ops, "forvaltningsgrupp");
    const { user } = await renderPane(ops, "Föredragningslista");
    fromBridge({ type: "clips", clips: [envelope("c", items)] });
    await screen.findByRole("checkbox", { name: /Ekonomisk rapport/ });
    await user.selectOptions(screen.getByLabelText("Infoga under"), "mbl19");
    await user.click(screen.getByRole("button", { name: "Infoga markerade (3)" }));
    expect(ops.insertAgendaItems).toHaveBeenCalledWith(items, { sectionId: "mbl19" });
  });

  it("keeps the inbox and the choice when inserting fails", async () => {
    const ops = fakeOps();
    const error = officeError("GeneralException");
    ops.insertAgendaItems.mockRejectedValue(error);
    const { user } = await renderPane(ops, "Föredragningslista");
    fromBridge({ type: "clips", clips: [envelope("c", items)] });
    await screen.findByRole("checkbox", { name: /Riktlinjer/ });
    await user.click(screen.getByRole("button", { name: /Infoga markerade/ }));
    await expectAlert(
      "Word kunde inte slutföra åtgärden. Försök igen; om felet kvarstår, spara dokumentet och starta om Word.",
    );
    expect(loadInbox()).toHaveLength(1);
    expect(screen.getByRole("checkbox", { name: /Riktlinjer/ })).toHaveProperty("checked", true);
  });

  it("shows which items are already inserted in the document", async () => {
    const ops = fakeOps();
    ops.index.agendaItemKeys = [agendaItemKey(items[1]!)];
    await renderPane(ops, "Föredragningslista");
    fromBridge({ type: "clips", clips: [envelope("c", items)] });
    const present = await screen.findByRole("checkbox", { name: /Ekonomisk rapport/ });
    expect(present.closest("li")?.textContent).toBe(
      "2 Ekonomisk rapport (SN 2024/2) MBL\u00a0§\u00a019 redan infogad",
    );
    const absent = screen.getByRole("checkbox", { name: /Riktlinjer/ });
    expect(absent.closest("li")?.textContent).toBe("3 Riktlinjer (SN 2024/3) MBL\u00a0§\u00a011 (1 länk)");
  });

  it("survives closing the pane and lets a clip be removed", async () => {
    const ops = fakeOps();
    const first = await renderPane(ops, "Föredragningslista");
    fromBridge({ type: "clips", clips: [envelope("kept", items)] });
    await screen.findByRole("checkbox", { name: /Riktlinjer/ });
    first.view.unmount();

    const { user } = await renderPane(fakeOps(), "Föredragningslista");
    const group = screen.getByRole("group", { name: "Socialnämnden 2024-02-13" });
    await user.click(
      within(group).getByRole("button", { name: "Ta bort klippet Socialnämnden 2024-02-13 från inkorgen" }),
    );
    expect(loadInbox()).toEqual([]);
    expect(screen.getByText(/Inga klipp än/)).toBeTruthy();
  });
});

describe("Föredragningslista: template without §11/§19 parts", () => {
  it("inserts everything under the template's one agenda section, listed without a raw placeholder", async () => {
    const own = structuredClone(availableTemplates([]).find((template) => template.id === "fsg-vsg")!);
    own.id = "egen-fsg";
    own.sections = own.sections.filter((section) => section.id !== "beslut");
    localStorage.setItem("sp.pane.templates", JSON.stringify([own]));
    const ops = fakeOps();
    chooseTemplate(ops, "egen-fsg");
    ops.readMeeting.mockResolvedValue(emptyMeeting("2024-02-13", "fsg-vsg"));
    const { user } = await renderPane(ops, "Föredragningslista");
    const items = [clipItem({ mbl: "mbl11" }), clipItem({ number: "8", dnr: ["x"], mbl: null })];
    fromBridge({ type: "clips", clips: [envelope("c", items)] });
    await screen.findAllByRole("checkbox", { name: /Budget 2025/ });
    expect(screen.queryByRole("option", { name: /Efter MBL-klass/ })).toBeNull();
    const target = screen.getByLabelText("Infoga under");
    expect([...target.querySelectorAll("option")].map((option) => option.textContent)).toEqual([
      "Föredragningslistan (nämnd)",
    ]);
    await user.click(screen.getByRole("button", { name: "Infoga markerade (2)" }));
    expect(ops.insertAgendaItems).toHaveBeenCalledWith(items, { sectionId: "foredragningslistan" });
  });
});

describe("Föredragningslista: unclassified items", () => {
  const unclassified = clipItem({ number: "4", title: "Lokalförsörjning", dnr: ["SN 2024/4"], mbl: null });
  const classified = clipItem({ number: "5", title: "Budget", dnr: ["SN 2024/5"], mbl: "mbl19" });

  it("never puts an item without a class under MBL § 11: it goes under Ärenden till nämnden, and the pane asks", async () => {
    const ops = fakeOps();
    chooseTemplate(ops, "forvaltningsgrupp");
    const { user } = await renderPane(ops, "Föredragningslista");
    fromBridge({ type: "clips", clips: [envelope("c", [unclassified, classified])] });
    await screen.findByRole("checkbox", { name: /Lokalförsörjning/ });
    expect(screen.getByText(/saknar MBL-klass/).textContent).toBe(
      "1 markerad punkt saknar MBL-klass och infogas under ”Ärenden till Socialnämnden”. Välj §\u00a011 eller §\u00a019 vid punkten om den hör till någon av dem.",
    );
    await user.click(screen.getByRole("button", { name: "Infoga markerade (2)" }));
    expect(ops.insertAgendaItems.mock.calls).toEqual([
      [[unclassified], { sectionId: "arenden-till-namnden" }],
      [[classified], { sectionId: "mbl19" }],
    ]);
    await expectStatus(
      "1 punkt infogad under ”Ärenden till Socialnämnden”, 1 under ”Information avser samverkan som motsvarar MBL § 19”.",
    );

    await user.selectOptions(screen.getByLabelText("MBL-klass för ”Lokalförsörjning”"), "mbl19");
    expect(screen.queryByText(/saknar MBL-klass/)).toBeNull();
    await user.click(screen.getByRole("button", { name: "Infoga markerade (2)" }));
    expect(ops.insertAgendaItems).toHaveBeenLastCalledWith([{ ...unclassified, mbl: "mbl19" }, classified], {
      sectionId: "mbl19",
    });
    // The choice is kept with the clip: it survives closing the pane.
    expect(loadInbox()[0]?.classes).toEqual({ 0: "mbl19" });
  });
});

describe("Föredragningslista: the same agenda delivered twice", () => {
  const items = [
    clipItem({ number: "1", title: "Ny organisation", dnr: ["SN 2024/1"], mbl: "mbl11" }),
    clipItem({ number: "2", title: "Ekonomisk rapport", dnr: ["SN 2024/2"], mbl: "mbl19" }),
  ];

  it("lists each item once, updates it, and updates what is already inserted instead of adding it", async () => {
    const ops = fakeOps();
    chooseTemplate(ops, "forvaltningsgrupp");
    ops.insertAgendaItems.mockImplementation(async (batch) => {
      const present = batch.filter((item) => ops.index.agendaItemKeys.includes(agendaItemKey(item))).length;
      ops.index.agendaItemKeys.push(
        ...batch.map(agendaItemKey).filter((key) => !ops.index.agendaItemKeys.includes(key)),
      );
      return { inserted: batch.length - present, updated: present };
    });
    const { user } = await renderPane(ops, "Föredragningslista");
    // First by paste (Word desktop), then the same agenda again through the bridge: another clip id.
    fireEvent.paste(screen.getByLabelText("Klistra in ett klipp här (Ctrl+V)"), {
      clipboardData: {
        getData: (type: string) => (type === "text/html" ? clipToHtml(envelope("a", items)) : ""),
      },
    });
    await screen.findByRole("checkbox", { name: /Ny organisation/ });
    await user.click(screen.getByRole("button", { name: "Infoga markerade (2)" }));
    await expectStatus(
      "1 punkt infogad under ”Avser samverkan som motsvarar MBL § 11”, 1 under ”Information avser samverkan som motsvarar MBL § 19”.",
    );

    const revised = [{ ...items[0]!, title: "Ny organisation, reviderad" }, items[1]!];
    fromBridge({ type: "clips", clips: [envelope("b", revised)] });
    await expectStatus("2 punkter fanns redan i listan och har uppdaterats.");
    expect(screen.getAllByRole("checkbox")).toHaveLength(2);
    const updated = screen.getByRole("checkbox", { name: /Ny organisation, reviderad/ });
    expect(updated.closest("li")?.textContent).toBe(
      "1 Ny organisation, reviderad (SN 2024/1) MBL\u00a0§\u00a011 redan infogad",
    );
    await user.click(screen.getByRole("button", { name: "Infoga markerade (2)" }));
    await expectStatus("2 punkter var redan infogade och har uppdaterats.");
    expect(ops.insertAgendaItems.mock.calls.slice(-2)).toEqual([
      [[revised[0]], { sectionId: "mbl11" }],
      [[items[1]], { sectionId: "mbl19" }],
    ]);
    expect(ops.index.agendaItemKeys).toHaveLength(2);
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

  it("answers a click on “Hämta klipp från webbläsaren” in the status line once the extension has not answered", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const { user } = await renderPane(fakeOps(), "Föredragningslista");
      await vi.advanceTimersByTimeAsync(3000);
      // Looking at start says nothing in the status line: only the user's own click gets an answer there.
      expect(screen.getByRole("status").textContent).toBe("");
      await user.click(screen.getByRole("button", { name: "Hämta klipp från webbläsaren" }));
      await vi.advanceTimersByTimeAsync(3000);
      await expectStatus(
        "Inga klipp hämtades: webbläsartillägget svarar inte här. Det lämnar klipp bara i Word på webben, under Word-tilläggets adress. Använd Kopiera till Word i webbläsartillägget och klistra in här, eller öppna en klippfil.",
      );
      expect(screen.getByRole("status").className).toBe("status note");
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("Föredragningslista: what a clip lost on the way", () => {
  // A link that is not a web address is dropped by the envelope with a notice (issue 10 item 8).
  const withBadLink = () =>
    envelope("noticed", [
      clipItem({ number: "2", title: "Lokaler", dnr: [] }),
      clipItem({
        number: "3",
        title: "Riktlinjer",
        links: [
          { text: "klicka", href: "javascript:alert(1)" },
          { text: "Tjänsteskrivelse", href: "https://intranet.example.se/t.pdf" },
        ],
      }),
    ]);
  const NOTICE = "Punkt 3 har en länk som inte är en webbadress: den togs bort.";

  const warningsOf = (group: HTMLElement) =>
    [...group.querySelectorAll(".warnings li")].map((li) => li.textContent);

  it("shows the envelope's notice beside a clip from the bridge, as a warning, never as an alert", async () => {
    await renderPane(fakeOps(), "Föredragningslista");
    fromBridge({ type: "clips", clips: [withBadLink()] });
    const group = await screen.findByRole("group", { name: "Socialnämnden 2024-02-13" });
    await waitFor(() => expect(warningsOf(group)).toEqual([NOTICE]));
    expect(screen.getByRole("checkbox", { name: /Riktlinjer/ }).closest("label")?.textContent).toBe(
      "3 Riktlinjer (SN 2024/12) (1 länk)",
    );
    // Not red, and no green "received" beside it: the status says so in the warning's tone.
    expect(screen.getByRole("alert").textContent).toBe("");
    const status = screen.getByRole("status");
    expect(status.textContent).toBe("2 punkter har tagits emot. Läs anmärkningen vid klippet.");
    expect(status.classList.contains("note")).toBe(true);
  });

  it("keeps the notice with the stored clip, so it is still shown after the pane is reopened", async () => {
    const first = await renderPane(fakeOps(), "Föredragningslista");
    fromBridge({ type: "clips", clips: [withBadLink()] });
    await screen.findByRole("checkbox", { name: /Riktlinjer/ });
    first.view.unmount();

    await renderPane(fakeOps(), "Föredragningslista");
    const group = screen.getByRole("group", { name: "Socialnämnden 2024-02-13" });
    expect(warningsOf(group)).toEqual([NOTICE]);
    // No status about an arrival that happened before.
    expect(screen.getByRole("status").textContent).toBe("");
  });

  it("shows the notice of a pasted clip and of a clip opened from a file", async () => {
    const { user } = await renderPane(fakeOps(), "Föredragningslista");
    fireEvent.paste(screen.getByLabelText("Klistra in ett klipp här (Ctrl+V)"), {
      clipboardData: {
        getData: (type: string) => (type === "text/html" ? clipToHtml(withBadLink()) : ""),
      },
    });
    const pasted = await screen.findByRole("group", { name: "Socialnämnden 2024-02-13" });
    expect(warningsOf(pasted)).toEqual([NOTICE]);

    const fromFile = envelope(
      "file",
      [clipItem({ number: "9", title: "Lönekartläggning", dnr: ["KS 2024/9"] })],
      {
        committee: "Kommunstyrelsen",
      },
    );
    const json = JSON.stringify({
      ...fromFile,
      source: { url: "javascript:void(0)", title: "Kommunstyrelsen" },
    });
    await user.upload(
      screen.getByLabelText("Öppna klippfil …"),
      new File([json], "klipp.json", { type: "application/json" }),
    );
    const opened = await screen.findByRole("group", { name: "Kommunstyrelsen 2024-02-13" });
    expect(warningsOf(opened)).toEqual(["Källans adress var inte en webbadress: den togs bort."]);
    expect(screen.getByRole("alert").textContent).toBe("");
  });

  it("points to the notes of several clips in one delivery", async () => {
    await renderPane(fakeOps(), "Föredragningslista");
    const other = envelope(
      "other",
      [
        clipItem({
          number: "5",
          title: "Arbetsmiljö",
          dnr: ["KS 2024/5"],
          links: [{ text: "x", href: "ftp://a" }],
        }),
      ],
      { committee: "Kommunstyrelsen" },
    );
    fromBridge({ type: "clips", clips: [withBadLink(), other] });
    await expectStatus("3 punkter har tagits emot. Läs anmärkningarna vid de 2 klippen.");
    expect(warningsOf(screen.getByRole("group", { name: "Kommunstyrelsen 2024-02-13" }))).toEqual([
      "Punkt 5 har en länk som inte är en webbadress: den togs bort.",
    ]);
  });

  it("says nothing extra for a clip that lost nothing", async () => {
    await renderPane(fakeOps(), "Föredragningslista");
    fromBridge({ type: "clips", clips: [envelope("clean", [clipItem()])] });
    await expectStatus("1 punkt har tagits emot.");
    expect(screen.getByRole("status").classList.contains("note")).toBe(false);
    expect(document.querySelector(".warnings")).toBeNull();
  });

  it("keeps the notice of the same agenda delivered again, on the clip that holds its items", async () => {
    await renderPane(fakeOps(), "Föredragningslista");
    const clean = withBadLink();
    clean.agenda.items[1]!.links = [{ text: "Tjänsteskrivelse", href: "https://intranet.example.se/t.pdf" }];
    fromBridge({ type: "clips", clips: [{ ...clean, id: "first" }] });
    await expectStatus("2 punkter har tagits emot.");
    fromBridge({ type: "clips", clips: [{ ...withBadLink(), id: "again" }] });
    await expectStatus("2 punkter fanns redan i listan och har uppdaterats. Läs anmärkningen vid klippet.");
    const groups = screen.getAllByRole("group", { name: "Socialnämnden 2024-02-13" });
    expect(groups).toHaveLength(1);
    expect(warningsOf(groups[0]!)).toEqual([NOTICE]);
  });
});
