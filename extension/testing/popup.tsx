import { render } from "@testing-library/preact";
import userEvent from "@testing-library/user-event";
import { vi } from "vitest";
import type { ClipEnvelope } from "../../shared/clip/envelope";
import type { Agenda } from "../../shared/model/meeting";
import type { PopupDeps } from "../popup/deps";
import { Popup } from "../popup/Popup";
import { envelopeFromAgenda } from "../queue/build-envelope";
import { createProblemStore } from "../queue/problem-store";
import { createQueue } from "../queue/queue";
import { MemoryStorage, serialLock } from "./fakes";

export const PAGE = "https://intranat.kommun.se/sn/2024-02";

export const pageAgenda: Agenda = {
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

/** An agenda of `count` numbered items, as a long committee page gives it. */
export const longAgenda = (count: number): Agenda => ({
  committee: "Socialnämnden",
  meetingDate: "2024-02-20",
  items: Array.from({ length: count }, (_, i) => ({
    number: String(i + 1),
    title: `Ärende ${i + 1}`,
    dnr: [],
    mbl: null,
    procedural: false,
    links: [],
  })),
});

/** storage.local and storage.session as the extension has them; one pair survives the popup closing. */
export const extensionStorage = () => ({ local: new MemoryStorage(), session: new MemoryStorage() });

/**
 * The popup over fakes of every browser part, with a real queue and real problem store over in-memory
 * storage areas; pass the areas of an earlier popup to open the popup again on what it left.
 */
export function renderPopup(overrides: Partial<PopupDeps> = {}, tabUrl = PAGE, areas = extensionStorage()) {
  const listeners = new Set<() => void>();
  const storage = areas.local;
  const lock = serialLock();
  const deps: PopupDeps = {
    targetTab: async () => ({ id: 7, url: tabUrl, title: "Socialnämnden februari" }),
    clipTab: vi.fn(async () => ({
      ok: true as const,
      agenda: pageAgenda,
      source: { url: PAGE, title: "Socialnämnden februari" },
    })),
    readFile: vi.fn(async () => pageAgenda),
    readUrl: vi.fn(async () => pageAgenda),
    queue: createQueue(storage, lock),
    watchQueue: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    problems: createProblemStore(storage, areas.session, serialLock()),
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
  return { deps, storage, areas, user: userEvent.setup(), notifyQueueChanged };
}

/** Puts a clip of the agenda straight into the popup's queue (as the worker or an earlier popup did). */
export async function queued(deps: PopupDeps, agenda: Agenda = pageAgenda): Promise<ClipEnvelope> {
  const result = await deps.queue.enqueue(envelopeFromAgenda(agenda, { url: PAGE, title: "Februari" }));
  if (!result.ok) throw new Error(result.error.key);
  return result.envelope;
}
