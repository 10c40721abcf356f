import { describe, expect, it, vi } from "vitest";
import type { Agenda } from "../../shared/model/meeting";
import { envelopeFromAgenda } from "../queue/build-envelope";
import { createQueue, QUEUE_LIMITS } from "../queue/queue";
import { MemoryStorage, serialLock } from "../testing/fakes";
import { answerBridgeRequest, type Sender } from "./bridge-requests";
import { clipToQueue } from "./clip-to-queue";

const PAGE = "https://intranat.kommun.se/sn";
const ADDIN = "https://tillagg.kommun.se";
const agenda: Agenda = {
  committee: "Socialnämnden",
  meetingDate: "2024-02-20",
  items: [
    { number: "1", title: "Budget", dnr: ["SN 2024/1"], mbl: "mbl11", procedural: false, links: [] },
    { number: "2", title: "Rapport", dnr: [], mbl: null, procedural: false, links: [] },
  ],
};
const newQueue = () => createQueue(new MemoryStorage(), serialLock());

describe("clipToQueue (context menu and keyboard command)", () => {
  it("queues every item found in the tab", async () => {
    const queue = newQueue();
    const clipTab = vi.fn(async () => ({ ok: true as const, agenda, source: { url: PAGE, title: "SN" } }));
    const reportProblem = vi.fn(async () => undefined);
    expect(await clipToQueue(3, "selection", { clipTab, queue, reportProblem })).toBe(2);
    expect(clipTab).toHaveBeenCalledWith(3, "selection");
    const [clip] = await queue.pending();
    expect(clip?.source).toEqual({ url: PAGE, title: "SN" });
    expect(clip?.agenda.items.map((item) => item.title)).toEqual(["Budget", "Rapport"]);
    expect(reportProblem).not.toHaveBeenCalled();
  });

  it("keeps the clip's problem for the popup instead of losing it", async () => {
    const reportProblem = vi.fn(async () => undefined);
    const clipTab = async () => ({ ok: false as const, error: "Ingen text är markerad på sidan." });
    expect(await clipToQueue(3, "selection", { clipTab, queue: newQueue(), reportProblem })).toBe(0);
    expect(reportProblem).toHaveBeenCalledWith("Ingen text är markerad på sidan.");
  });

  it("reports a full queue in Swedish", async () => {
    const queue = newQueue();
    for (let i = 0; i < QUEUE_LIMITS.clips; i++) {
      await queue.enqueue(envelopeFromAgenda(agenda, { url: PAGE, title: "SN" }, new Date(0), `c${i}`));
    }
    const reportProblem = vi.fn(async () => undefined);
    const clipTab = async () => ({ ok: true as const, agenda, source: { url: PAGE, title: "SN" } });
    expect(await clipToQueue(3, "page", { clipTab, queue, reportProblem })).toBe(0);
    expect(reportProblem).toHaveBeenCalledWith(expect.stringContaining("Kön är full"));
  });
});

describe("answerBridgeRequest", () => {
  async function setup() {
    const queue = newQueue();
    for (const id of ["a", "b"])
      await queue.enqueue(envelopeFromAgenda(agenda, { url: PAGE, title: "SN" }, new Date(0), id));
    const deps = { extensionId: "ext-id", bridgeOrigins: async () => [ADDIN], queue };
    const bridge: Sender = { id: "ext-id", url: `${ADDIN}/taskpane.html?x=1`, tab: { id: 1 } };
    return { queue, deps, bridge };
  }

  it("gives the pending clips to the bridge on a configured add-in origin, and drops acknowledged ids", async () => {
    const { queue, deps, bridge } = await setup();
    const pulled = await answerBridgeRequest({ type: "bridge-pull" }, bridge, deps);
    expect(pulled && "clips" in pulled ? pulled.clips.map((c) => (c as { id: string }).id) : null).toEqual([
      "a",
      "b",
    ]);
    expect(await answerBridgeRequest({ type: "bridge-ack", ids: ["a", "zz"] }, bridge, deps)).toEqual({
      ids: ["a", "zz"],
      remaining: 1,
    });
    expect((await queue.pending()).map((c) => c.id)).toEqual(["b"]);
  });

  it("answers nothing to other origins, other extensions, extension pages or malformed requests", async () => {
    const { queue, deps, bridge } = await setup();
    const refused: [unknown, Sender][] = [
      [
        { type: "bridge-ack", ids: ["a"] },
        { ...bridge, url: "https://evil.example/taskpane.html" },
      ],
      [
        { type: "bridge-ack", ids: ["a"] },
        { ...bridge, url: "https://tillagg.kommun.se:8443/" },
      ],
      [
        { type: "bridge-ack", ids: ["a"] },
        { ...bridge, id: "other-extension" },
      ],
      [
        { type: "bridge-ack", ids: ["a"] },
        { id: "ext-id", url: `${ADDIN}/x` },
      ],
      [{ type: "bridge-ack", ids: "a" }, bridge],
      [{ type: "bridge-ack", ids: ["x".repeat(65)] }, bridge],
      [{ type: "bridge-pull" }, { ...bridge, url: "not a url" }],
      ["bridge-pull", bridge],
    ];
    for (const [message, sender] of refused)
      expect(await answerBridgeRequest(message, sender, deps)).toBeUndefined();
    expect(await queue.count()).toBe(2);
  });
});
