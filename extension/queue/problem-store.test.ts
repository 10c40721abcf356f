import { describe, expect, it } from "vitest";
import { textOf, userMessage } from "../../shared/i18n/message";
import { MemoryStorage, quotaError, serialLock } from "../testing/fakes";
import { envelopeFromAgenda } from "./build-envelope";
import { MAX_RESCUED } from "./problem";
import { createProblemStore, PROBLEM_KEY } from "./problem-store";

const agenda = {
  committee: "Socialnämnden",
  meetingDate: "2024-02-20",
  items: [{ number: "1", title: "Budget", dnr: [], mbl: null, procedural: false, links: [] }],
};
const clip = (id: string) =>
  envelopeFromAgenda(agenda, { url: "https://intranat.example.se/sn", title: "SN" }, new Date(0), id);
const full = userMessage("ext.error.storageFull");
const notice = userMessage("ext.clip.noSelection");

function setup() {
  const local = new MemoryStorage();
  const session = new MemoryStorage();
  return { local, session, store: createProblemStore(local, session, serialLock()) };
}

const ids = (problems: { rescued?: { id: string } }[]) => problems.map((p) => p.rescued?.id ?? "notice");

describe("problem store", () => {
  it("keeps every rescued clip and only the latest notice", async () => {
    const { store } = setup();
    await store.report({ message: full, rescued: clip("a") });
    await store.report({ message: notice });
    await store.report({ message: full, rescued: clip("b") });
    await store.report({ message: userMessage("ext.clip.noItems") });
    const waiting = await store.waiting();
    expect(ids(waiting)).toEqual(["a", "b", "notice"]);
    expect(waiting[2]!.message).toEqual(userMessage("ext.clip.noItems"));
  });

  it("lets notices go once seen and a rescued clip only when resolved", async () => {
    const { store, local } = setup();
    await store.report({ message: full, rescued: clip("a") });
    await store.report({ message: notice });
    await store.clearNotices();
    expect(ids(await store.waiting())).toEqual(["a"]);
    await store.resolve("other");
    expect(ids(await store.waiting())).toEqual(["a"]);
    await store.resolve("a");
    expect(await store.waiting()).toEqual([]);
    expect(local.data.has(PROBLEM_KEY)).toBe(false);
  });

  it("goes to storage.session when storage.local refuses, and is resolved there too", async () => {
    const { store, local, session } = setup();
    local.refuse = quotaError;
    await store.report({ message: full, rescued: clip("a") });
    expect(local.data.has(PROBLEM_KEY)).toBe(false);
    expect(ids(await store.waiting())).toEqual(["a"]);
    local.refuse = null;
    await store.report({ message: full, rescued: clip("b") });
    expect(ids(await store.waiting())).toEqual(["b", "a"]);
    await store.resolve("a");
    expect(session.data.has(PROBLEM_KEY)).toBe(false);
    expect(ids(await store.waiting())).toEqual(["b"]);
  });

  it("throws when neither area takes the problem, so the caller can flag the badge", async () => {
    const { store, local, session } = setup();
    local.refuse = quotaError;
    session.refuse = quotaError;
    await expect(store.report({ message: notice })).rejects.toThrow("kQuotaBytes");
  });

  it("reads the single problem earlier versions stored, and ignores damaged entries", async () => {
    const { store, local } = setup();
    local.data.set(PROBLEM_KEY, { message: full, rescued: clip("old") });
    expect(ids(await store.waiting())).toEqual(["old"]);
    local.data.set(PROBLEM_KEY, [{ message: { key: "no.such.key" } }, "x", { message: notice }]);
    expect(ids(await store.waiting())).toEqual(["notice"]);
  });

  it(`keeps at most ${MAX_RESCUED} rescued clips and says so instead of dropping one silently`, async () => {
    const { store } = setup();
    for (let i = 0; i < MAX_RESCUED + 1; i++) await store.report({ message: full, rescued: clip(`c${i}`) });
    const waiting = await store.waiting();
    expect(waiting.filter((p) => p.rescued)).toHaveLength(10);
    expect(waiting.at(-1)?.rescued?.id).toBeUndefined();
    expect(textOf(waiting.at(-1)!.message)).toBe(
      "Klippet kunde inte sparas: 10 klipp som inte kom in i kön väntar redan. Öppna webbläsartillägget, lägg dem i kön, spara dem som fil eller kasta dem, och klipp sedan igen.",
    );
  });
});
