import { cleanup, render, screen, waitFor, within } from "@testing-library/preact";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { readClipboardHtml } from "../../shared/clip/clipboard";
import { type ClipEnvelope, parseEnvelopeJson } from "../../shared/clip/envelope";
import type { Agenda } from "../../shared/model/meeting";
import { envelopeFromAgenda } from "../queue/build-envelope";
import { createQueue } from "../queue/queue";
import { MemoryStorage, serialLock } from "../testing/fakes";
import type { PopupDeps } from "./deps";
import { Popup } from "./Popup";

const PAGE = "https://intranat.kommun.se/sn/2024-02";

const pageAgenda: Agenda = {
  committee: "Socialnämnden",
  meetingDate: "2024-02-20",
  items: [
    { number: "1", title: "Val av justerare", dnr: [], mbl: null, procedural: false, links: [] },
    {
      number: "§ 12",
      title: "Budget 2025",
      dnr: ["SN 2024/101"],
      mbl: null,
      procedural: false,
      links: [{ text: "Tjänsteutlåtande", href: `${PAGE}/budget.pdf` }],
    },
    {
      number: "13",
      title: "Hemtjänstens organisation",
      dnr: ["SN 2024/117"],
      mbl: "mbl19",
      procedural: false,
      links: [],
    },
  ],
};

function setup(overrides: Partial<PopupDeps> = {}, tabUrl = PAGE) {
  const listeners = new Set<() => void>();
  const deps: PopupDeps = {
    targetTab: async () => ({ id: 7, url: tabUrl, title: "Socialnämnden februari" }),
    clipTab: vi.fn(async () => ({
      ok: true as const,
      agenda: pageAgenda,
      source: { url: PAGE, title: "Socialnämnden februari" },
    })),
    readFile: vi.fn(async () => pageAgenda),
    readUrl: vi.fn(async () => pageAgenda),
    queue: createQueue(new MemoryStorage(), serialLock()),
    watchQueue: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    takeProblem: async () => null,
    writeClipboard: vi.fn(async () => undefined),
    saveFile: vi.fn(),
    inOwnTab: false,
    popOut: vi.fn(async () => undefined),
    openOptions: vi.fn(),
    ...overrides,
  };
  render(<Popup deps={deps} />);
  const notifyQueueChanged = () => {
    for (const listener of listeners) listener();
  };
  return { deps, user: userEvent.setup(), notifyQueueChanged };
}

async function queued(deps: PopupDeps, agenda: Agenda = pageAgenda): Promise<ClipEnvelope> {
  const result = await deps.queue.enqueue(envelopeFromAgenda(agenda, { url: PAGE, title: "Februari" }));
  if (!result.ok) throw new Error(result.error);
  return result.envelope;
}

afterEach(cleanup);

describe("popup", () => {
  it("gets the page's items, lets the user edit, classify and choose them, and queues exactly that", async () => {
    const { deps, user } = setup();
    await user.click(await screen.findByRole("button", { name: "Hämta punkter från sidan" }));
    expect(deps.clipTab).toHaveBeenCalledWith(7, "page");
    await screen.findByRole("heading", { name: "Hittade punkter (3)" });

    await user.click(screen.getByRole("checkbox", { name: "Ta med punkt 1" }));
    const titles = screen.getAllByLabelText("Rubrik");
    await user.clear(titles[1]!);
    await user.type(titles[1]!, "Budget 2025 för äldreomsorgen");
    await user.clear(screen.getAllByLabelText("Dnr")[1]!);
    await user.selectOptions(screen.getAllByLabelText("Typ")[1]!, "MBL §11");
    await user.selectOptions(screen.getAllByLabelText("Typ")[2]!, "Övrigt");
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

  it("clips the selection and shows the extension's Swedish message when that fails", async () => {
    const clipTab = vi.fn(async () => ({ ok: false as const, error: "Ingen text är markerad på sidan." }));
    const { user } = setup({ clipTab });
    await user.click(await screen.findByRole("button", { name: "Klipp markering" }));
    expect(clipTab).toHaveBeenCalledWith(7, "selection");
    expect((await screen.findByRole("alert")).textContent).toBe("Ingen text är markerad på sidan.");
  });

  it("refuses to queue when no chosen item has a title", async () => {
    const { deps, user } = setup();
    await user.click(await screen.findByRole("button", { name: "Hämta punkter från sidan" }));
    await user.click(await screen.findByRole("checkbox", { name: "Markera alla" }));
    await user.click(screen.getByRole("button", { name: "Lägg i kön" }));
    expect((await screen.findByRole("alert")).textContent).toBe("Välj minst en punkt med rubrik.");
    expect(await deps.queue.count()).toBe(0);
  });

  it("shows the queue's own message when the queue is full, and keeps the items for another try", async () => {
    const queue = createQueue(new MemoryStorage(), serialLock());
    const { user } = setup({
      queue: {
        ...queue,
        enqueue: async () => ({ ok: false, error: "Kön är full (högst 200 klipp och 4096 kB)." }),
      },
    });
    await user.click(await screen.findByRole("button", { name: "Hämta punkter från sidan" }));
    await user.click(await screen.findByRole("button", { name: "Lägg i kön" }));
    expect((await screen.findByRole("alert")).textContent).toContain("Kön är full");
    expect(screen.getByRole("heading", { name: "Hittade punkter (3)" })).toBeTruthy();
  });

  it("reads a PDF or Word file chosen from disk, also beside the new-tab page, with its file name as source", async () => {
    // The file has no address: neither an http(s) page nor the browser's own new-tab page becomes its source.
    const { deps, user } = setup({}, "chrome://newtab/");
    const file = new File([new Uint8Array([37, 80, 68, 70])], "kallelse.pdf", { type: "application/pdf" });
    await user.upload(await screen.findByLabelText("Öppna PDF eller Word-fil…"), file);
    expect(deps.readFile).toHaveBeenCalledWith(file);
    await screen.findByText("Från: kallelse.pdf");
    await user.click(screen.getByRole("button", { name: "Lägg i kön" }));
    await screen.findByText("3 punkter lades i kön.");
    expect((await deps.queue.pending())[0]?.source).toEqual({ url: null, title: "kallelse.pdf" });
  });

  it("offers to read the document in the tab only when the tab shows a PDF or DOCX", async () => {
    const { deps, user } = setup({}, `${PAGE}/kallelse.pdf`);
    await user.click(await screen.findByRole("button", { name: "Läs dokumentet i fliken" }));
    expect(deps.readUrl).toHaveBeenCalledWith(`${PAGE}/kallelse.pdf`);
    await screen.findByRole("heading", { name: "Hittade punkter (3)" });
    cleanup();
    setup();
    await screen.findByRole("button", { name: "Hämta punkter från sidan" });
    expect(screen.queryByRole("button", { name: "Läs dokumentet i fliken" })).toBeNull();
  });

  it("says why a document could not be read", async () => {
    const { user } = setup({
      readFile: async () => {
        throw new Error("Filtypen stöds inte.");
      },
    });
    await user.upload(await screen.findByLabelText("Öppna PDF eller Word-fil…"), new File(["x"], "a.pdf"));
    expect((await screen.findByRole("alert")).textContent).toBe("Något gick fel: Filtypen stöds inte.");
  });

  it("copies a queued clip for Word as a list carrying the envelope, plus plain text", async () => {
    const { deps, user, notifyQueueChanged } = setup();
    const clip = await queued(deps);
    notifyQueueChanged();
    const entry = (await screen.findByText(/Socialnämnden – 3 punkter, 2024-02-20/)).closest("li")!;
    await user.click(within(entry).getByRole("button", { name: "Kopiera till Word" }));
    expect(deps.writeClipboard).toHaveBeenCalledOnce();
    const [html, text] = vi.mocked(deps.writeClipboard).mock.calls[0]!;
    expect(readClipboardHtml(html)).toEqual({ ok: true, envelope: clip });
    expect(text).toContain("§ 12 Budget 2025 (Dnr SN 2024/101)");
    await screen.findByText("Kopierat. Klistra in i Word eller i tilläggets inkorg.");
  });

  it("says so when the clipboard refuses", async () => {
    const { deps, user, notifyQueueChanged } = setup({
      writeClipboard: async () => {
        throw new Error("Document is not focused.");
      },
    });
    await queued(deps);
    notifyQueueChanged();
    await user.click(await screen.findByRole("button", { name: "Kopiera till Word" }));
    expect((await screen.findByRole("alert")).textContent).toContain(
      "Det gick inte att kopiera: Document is not focused.",
    );
  });

  it("saves a queued clip as a .json file that reads back as the same envelope", async () => {
    const { deps, user, notifyQueueChanged } = setup();
    const clip = await queued(deps);
    notifyQueueChanged();
    await user.click(await screen.findByRole("button", { name: "Spara som fil" }));
    const [name, json] = vi.mocked(deps.saveFile).mock.calls[0]!;
    expect(name).toMatch(/^socialnamnden-2024-02-20-[0-9a-f]{8}\.json$/);
    expect(parseEnvelopeJson(json)).toEqual({ ok: true, envelope: clip });
  });

  it("removes a clip on request and follows queue changes made elsewhere (the bridge)", async () => {
    const { deps, user, notifyQueueChanged } = setup();
    const first = await queued(deps);
    await queued(deps, { ...pageAgenda, committee: "Kommunstyrelsen" });
    notifyQueueChanged();
    await screen.findByRole("heading", { name: "Kö till protokollet (2)" });
    await user.click(screen.getByRole("button", { name: "Ta bort klippet Kommunstyrelsen" }));
    await screen.findByRole("heading", { name: "Kö till protokollet (1)" });
    await deps.queue.acknowledge([first.id]);
    notifyQueueChanged();
    await screen.findByRole("heading", { name: "Kö till protokollet (0)" });
    expect(screen.getByText(/Kön är tom/)).toBeTruthy();
  });

  it("shows a problem left by a clip made from the context menu", async () => {
    setup({ takeProblem: async () => "Kön är full (högst 200 klipp och 4096 kB)." });
    expect((await screen.findByRole("alert")).textContent).toContain("Kön är full");
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
});
