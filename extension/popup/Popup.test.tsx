import { cleanup, screen, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { readClipboardHtml } from "../../shared/clip/clipboard-read";
import { setLanguage } from "../../shared/i18n/i18n";
import { UserError, userMessage } from "../../shared/i18n/message";
import { createQueue } from "../queue/queue";
import { MemoryStorage, quotaError, serialLock } from "../testing/fakes";
import { PAGE, pageAgenda, queued, renderPopup as setup } from "../testing/popup";

afterEach(() => {
  cleanup();
  setLanguage("sv");
});

describe("popup", () => {
  it("gets the page's items, lets the user edit, classify and choose them, and queues exactly that", async () => {
    const { deps, user } = setup();
    await user.click(await screen.findByRole("button", { name: "Hämta punkter från sidan" }));
    expect(deps.clipTab).toHaveBeenCalledWith(7, "page");
    await screen.findByRole("heading", { name: "Hittade punkter (3)" });
    // The heading counts the items; the status says what to do with them, not the same words again.
    expect(screen.getAllByText(/Hittade punkter/)).toHaveLength(1);
    expect(screen.getByRole("status").textContent).toBe(
      "3 punkter hittades. Välj vilka som ska med och lägg dem i kön.",
    );
    // "Val av justerare" is offered unchosen only when the reader flags it procedural; here the user unticks it.
    await user.click(screen.getByRole("checkbox", { name: "Ta med punkt 1" }));
    await user.click(screen.getByRole("button", { name: "Ändra punkt 2" }));
    const title = screen.getByLabelText("Rubrik");
    // The fields open on a row of their own under the item, the popup's width to edit a title in.
    expect(title.closest(".item-fields")?.parentElement?.tagName).toBe("LI");
    await user.clear(title);
    await user.type(title, "Budget 2025 för äldreomsorgen");
    await user.clear(screen.getByLabelText("Dnr"));
    await user.selectOptions(screen.getByLabelText("MBL-klass för punkt 2"), "mbl11");
    await user.selectOptions(screen.getByLabelText("MBL-klass för punkt 3"), "Övrigt");
    await user.click(screen.getByRole("button", { name: "Lägg i kön" }));

    await screen.findByText("2 punkter lades i kön.");
    const [clip] = await deps.queue.pending();
    expect(clip?.source).toEqual({ url: PAGE, title: "Socialnämnden februari" });
    expect(clip?.agenda.items).toEqual([
      {
        number: "§ 12",
        title: "Budget 2025 för äldreomsorgen",
        dnr: [],
        mbl: "mbl11",
        procedural: false,
        links: [{ text: "Tjänsteutlåtande", href: `${PAGE}/budget.pdf` }],
      },
      {
        number: "13",
        title: "Hemtjänstens organisation",
        dnr: ["SN 2024/117"],
        mbl: null,
        procedural: false,
        links: [],
      },
    ]);
    expect(screen.queryByRole("heading", { name: /Hittade punkter/ })).toBeNull();
    await screen.findByRole("heading", { name: "Kö till protokollet (1)" });
  });

  it("says 1 punkt, not 1 punkter", async () => {
    const { user } = setup();
    await user.click(await screen.findByRole("button", { name: "Hämta punkter från sidan" }));
    await user.click(await screen.findByRole("button", { name: "Markera inga" }));
    await user.click(screen.getByRole("checkbox", { name: "Ta med punkt 3" }));
    await user.click(screen.getByRole("button", { name: "Lägg i kön" }));
    await screen.findByText("1 punkt lades i kön.");
  });

  it("clips the selection and shows the extension's Swedish message when that fails", async () => {
    const clipTab = vi.fn(async () => ({ ok: false as const, error: userMessage("ext.clip.noSelection") }));
    const { user } = setup({ clipTab });
    await user.click(await screen.findByRole("button", { name: "Klipp markering" }));
    expect(clipTab).toHaveBeenCalledWith(7, "selection");
    expect((await screen.findByRole("alert")).textContent).toBe(
      "Ingen text är markerad på sidan. Markera punkterna först.",
    );
  });

  it("refuses to queue when no chosen item has a title", async () => {
    const { deps, user } = setup();
    await user.click(await screen.findByRole("button", { name: "Hämta punkter från sidan" }));
    await user.click(await screen.findByRole("button", { name: "Markera inga" }));
    await user.click(screen.getByRole("button", { name: "Lägg i kön" }));
    expect((await screen.findByRole("alert")).textContent).toBe("Välj minst en punkt med rubrik.");
    expect(await deps.queue.count()).toBe(0);
  });

  it("shows the queue's own message when the queue is full, and keeps the items for another try", async () => {
    const queue = createQueue(new MemoryStorage(), serialLock());
    const { user } = setup({
      queue: {
        ...queue,
        enqueue: async () => ({
          ok: false,
          error: userMessage("ext.queue.full", { maxClips: 200, maxKb: 4096 }),
        }),
      },
    });
    await user.click(await screen.findByRole("button", { name: "Hämta punkter från sidan" }));
    await user.click(await screen.findByRole("button", { name: "Lägg i kön" }));
    expect((await screen.findByRole("alert")).textContent).toBe(
      "Kön är full (högst 200 klipp och 4096 kB). Öppna protokollet i Word och hämta klippen innan du klipper fler.",
    );
    expect(screen.getByRole("heading", { name: "Hittade punkter (3)" })).toBeTruthy();
  });

  // Issue 11 item 3: "Något gick fel: Resource::kQuotaBytes quota exceeded" before.
  it("says in Swedish what to do when the browser's storage is full, and keeps the draft", async () => {
    const { user, storage } = setup();
    await user.click(await screen.findByRole("button", { name: "Hämta punkter från sidan" }));
    storage.refuse = quotaError;
    await user.click(await screen.findByRole("button", { name: "Lägg i kön" }));
    expect((await screen.findByRole("alert")).textContent).toBe(
      "Webbläsarens lagring för webbläsartillägget är full. Lämna över klippen i kön till Word, eller ta bort klipp ur kön, och försök sedan igen. Det du klippt finns kvar.",
    );
    expect(screen.getByRole("heading", { name: "Hittade punkter (3)" })).toBeTruthy();
    storage.refuse = null;
    await user.click(screen.getByRole("button", { name: "Lägg i kön" }));
    await screen.findByText("3 punkter lades i kön.");
  });

  it("reads a PDF or Word file chosen from disk, also beside the new-tab page, with its file name as source", async () => {
    // The file has no address: neither an http(s) page nor the browser's own new-tab page becomes its source.
    const { deps, user } = setup({}, "chrome://newtab/");
    const file = new File([new Uint8Array([37, 80, 68, 70])], "kallelse.pdf", { type: "application/pdf" });
    await user.upload(await screen.findByLabelText("Öppna PDF eller Word-fil…"), file);
    expect(deps.readFile).toHaveBeenCalledWith(file, expect.any(AbortSignal));
    await screen.findByText("Från: kallelse.pdf");
    await user.click(screen.getByRole("button", { name: "Lägg i kön" }));
    await screen.findByText("3 punkter lades i kön.");
    expect((await deps.queue.pending())[0]?.source).toEqual({ url: null, title: "kallelse.pdf" });
  });

  it("offers to read the document in the tab only when the tab shows a PDF or DOCX", async () => {
    const { deps, user } = setup({}, `${PAGE}/kallelse.pdf`);
    await user.click(await screen.findByRole("button", { name: "Läs dokumentet i fliken" }));
    expect(deps.readUrl).toHaveBeenCalledWith(`${PAGE}/kallelse.pdf`, expect.any(AbortSignal));
    await screen.findByRole("heading", { name: "Hittade punkter (3)" });
    cleanup();
    setup();
    await screen.findByRole("button", { name: "Hämta punkter från sidan" });
    expect(screen.queryByRole("button", { name: "Läs dokumentet i fliken" })).toBeNull();
  });

  it("says why a document could not be read, in the catalogue's words", async () => {
    const { user } = setup({
      readFile: async () => {
        throw new UserError(userMessage("ext.popup.unsupportedFile"));
      },
    });
    await user.upload(await screen.findByLabelText("Öppna PDF eller Word-fil…"), new File(["x"], "a.pdf"));
    expect((await screen.findByRole("alert")).textContent).toBe(
      "Filtypen stöds inte. Välj en PDF- eller Word-fil (.docx).",
    );
  });

  it("says what to do when the site's permission to read the tab's document was refused", async () => {
    const { user } = setup(
      {
        readUrl: async () => {
          throw new UserError(userMessage("ext.popup.hostDenied", { origin: "https://moten.kommun.se" }));
        },
      },
      `${PAGE}/kallelse.pdf`,
    );
    await user.click(await screen.findByRole("button", { name: "Läs dokumentet i fliken" }));
    expect((await screen.findByRole("alert")).textContent).toBe(
      "Webbläsartillägget fick inte läsa dokument från https://moten.kommun.se. Välj ”Läs dokumentet i fliken” igen och tillåt webbplatsen när webbläsaren frågar, eller öppna Inställningar, skriv https://moten.kommun.se under ”Intranät och mötesportaler” och välj ”Ge behörighet”.",
    );
  });

  // Issue 11 item 15: a library's own English never reaches the user.
  it("shows a Swedish message, not the library's English, for an unexpected failure", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const { user } = setup({
      readFile: async () => {
        throw new Error("[xmldom error]\tunclosed xml attribute");
      },
    });
    await user.upload(await screen.findByLabelText("Öppna PDF eller Word-fil…"), new File(["x"], "a.docx"));
    expect((await screen.findByRole("alert")).textContent).toBe(
      "Något oväntat gick fel i webbläsaren. Försök igen; hjälper det inte, starta om webbläsaren.",
    );
    vi.mocked(console.error).mockRestore();
  });

  it("copies a queued clip for Word as a list carrying the envelope, plus plain text", async () => {
    const { deps, user, notifyQueueChanged } = setup();
    const clip = await queued(deps);
    notifyQueueChanged();
    const entry = (await screen.findByText("Socialnämnden, sammanträde 2024-02-20")).closest("li")!;
    await user.click(within(entry).getByRole("button", { name: "Kopiera till Word" }));
    expect(deps.writeClipboard).toHaveBeenCalledOnce();
    const [html, text] = vi.mocked(deps.writeClipboard).mock.calls[0]!;
    expect(readClipboardHtml(html)).toEqual({ ok: true, envelope: clip, notices: [] });
    expect(text).toContain("§ 12 Budget 2025 (Dnr SN 2024/101)");
    await screen.findByText("Kopierat. Klistra in i Word-tillägget under fliken Föredragningslista.");
  });

  it("says in Swedish what to do when the clipboard refuses, without the browser's English", async () => {
    const { deps, user, notifyQueueChanged } = setup({
      writeClipboard: async () => {
        throw new DOMException("Document is not focused.", "NotAllowedError");
      },
    });
    await queued(deps);
    notifyQueueChanged();
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    await user.click(await screen.findByRole("button", { name: "Kopiera till Word" }));
    expect((await screen.findByRole("alert")).textContent).toBe(
      "Det gick inte att kopiera till urklipp. Klicka i fönstret och försök igen, eller använd ”Spara som fil”.",
    );
    vi.mocked(console.error).mockRestore();
  });

  it("pops out into a tab for the same page, and offers no pop-out once in a tab", async () => {
    const { deps, user } = setup();
    await user.click(await screen.findByRole("button", { name: /Öppna i en flik/ }));
    expect(deps.popOut).toHaveBeenCalledWith(7);
    cleanup();
    setup({ inOwnTab: true });
    await screen.findByRole("button", { name: "Hämta punkter från sidan" });
    expect(screen.queryByRole("button", { name: /Öppna i en flik/ })).toBeNull();
  });

  it("opens the settings", async () => {
    const { deps, user } = setup();
    await user.click(await screen.findByRole("button", { name: "Inställningar" }));
    await waitFor(() => expect(deps.openOptions).toHaveBeenCalled());
  });

  it("shows what the reader left out above the items, skipping notices it has no words for", async () => {
    const notices = [{ key: "clip.notice.moreItems", params: { count: 3 } }, { key: "agenda.no.such.key" }];
    const { user } = setup({ readFile: async () => ({ ...pageAgenda, notices }) });
    await user.upload(await screen.findByLabelText("Öppna PDF eller Word-fil…"), new File(["x"], "a.pdf"));
    await screen.findByRole("heading", { name: "Hittade punkter (3)" });
    const list = document.querySelector(".notices")!;
    expect([...list.querySelectorAll("li")].map((li) => li.textContent)).toEqual([
      "Länkar togs också bort ur 3 punkter till.",
    ]);
  });
});
