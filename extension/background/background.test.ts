import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { textOf, userMessage } from "../../shared/i18n/message";
import type { Agenda } from "../../shared/model/meeting";
import type { MessageSender } from "../platform/runtime";
import { envelopeFromAgenda } from "../queue/build-envelope";
import type { Problem } from "../queue/problem";
import { createQueue, QUEUE_LIMITS } from "../queue/queue";
import { MemoryStorage, quotaError, serialLock } from "../testing/fakes";
import { registerBridge } from "./bridge-registration";
import { answerBridgeRequest } from "./bridge-requests";
import { clipToQueue } from "./clip-to-queue";

const PAGE = "https://intranat.kommun.se/sn";
const ADDIN = "https://www.kommun.se/samverkan/";
const agenda: Agenda = {
  committee: "Socialnämnden",
  meetingDate: "2024-02-20",
  items: [
    { number: "1", title: "Budget", dnr: ["SN 2024/1"], mbl: "mbl11", procedural: false, links: [] },
    { number: "2", title: "Rapport", dnr: [], mbl: null, procedural: false, links: [] },
  ],
};
const newQueue = (storage = new MemoryStorage()) => createQueue(storage, serialLock());
const found = async () => ({ ok: true as const, agenda, source: { url: PAGE, title: "SN" } });

function reporter() {
  const problems: Problem[] = [];
  return { problems, reportProblem: vi.fn(async (problem: Problem) => void problems.push(problem)) };
}

describe("clipToQueue (context menu and keyboard command)", () => {
  it("queues every item found in the tab", async () => {
    const queue = newQueue();
    const clipTab = vi.fn(found);
    const { reportProblem } = reporter();
    expect(await clipToQueue(3, "selection", { clipTab, queue, reportProblem })).toBe(2);
    expect(clipTab).toHaveBeenCalledWith(3, "selection");
    const [clip] = await queue.pending();
    expect(clip?.source).toEqual({ url: PAGE, title: "SN" });
    expect(clip?.agenda.items.map((item) => item.title)).toEqual(["Budget", "Rapport"]);
    expect(reportProblem).not.toHaveBeenCalled();
  });

  it("keeps the clip's problem for the popup as a catalogue key, shown in the language of the moment", async () => {
    const { problems, reportProblem } = reporter();
    const clipTab = async () => ({ ok: false as const, error: userMessage("ext.clip.noSelection") });
    expect(await clipToQueue(3, "selection", { clipTab, queue: newQueue(), reportProblem })).toBe(0);
    expect(problems).toEqual([{ message: { key: "ext.clip.noSelection" } }]);
    expect(textOf(problems[0]!.message, "sv")).toBe(
      "Ingen text är markerad på sidan. Markera punkterna först.",
    );
    expect(textOf(problems[0]!.message, "en")).toBe(
      "No text is selected on the page. Select the items first.",
    );
  });

  it("reports a full queue in Swedish and keeps the clip", async () => {
    const queue = newQueue();
    for (let i = 0; i < QUEUE_LIMITS.clips; i++) {
      await queue.enqueue(envelopeFromAgenda(agenda, { url: PAGE, title: "SN" }, new Date(0), `c${i}`));
    }
    const { problems, reportProblem } = reporter();
    expect(await clipToQueue(3, "page", { clipTab: found, queue, reportProblem })).toBe(0);
    expect(textOf(problems[0]!.message)).toContain("Kön är full");
    expect(problems[0]!.rescued?.agenda.items.map((item) => item.title)).toEqual(["Budget", "Rapport"]);
  });

  // Issue 11 item 2: the write failing used to end in `.catch(console.error)`; the user never heard.
  it("reports a failed storage write to the user in Swedish and keeps the clip it could not store", async () => {
    const storage = new MemoryStorage();
    storage.refuse = quotaError;
    const { problems, reportProblem } = reporter();
    expect(await clipToQueue(3, "page", { clipTab: found, queue: newQueue(storage), reportProblem })).toBe(0);
    expect(problems).toHaveLength(1);
    expect(textOf(problems[0]!.message)).toBe(
      "Webbläsarens lagring för webbläsartillägget är full. Lämna över klippen i kön till Word, eller ta bort klipp ur kön, och försök sedan igen. Det du klippt finns kvar.",
    );
    expect(problems[0]!.rescued?.source).toEqual({ url: PAGE, title: "SN" });
  });

  it("reports a clip step that throws (the extension reloading) instead of losing it", async () => {
    const { problems, reportProblem } = reporter();
    const clipTab = async () => {
      throw new Error("Could not establish connection. Receiving end does not exist.");
    };
    expect(await clipToQueue(3, "page", { clipTab, queue: newQueue(), reportProblem })).toBe(0);
    expect(textOf(problems[0]!.message)).toBe(
      "Webbläsartillägget startades om (till exempel efter en uppdatering). Stäng fönstret, öppna det igen och försök på nytt.",
    );
  });

  it("lets the caller know when not even the problem could be kept", async () => {
    const reportProblem = async () => {
      throw quotaError();
    };
    await expect(
      clipToQueue(3, "page", {
        clipTab: found,
        queue: newQueue(Object.assign(new MemoryStorage(), { refuse: quotaError })),
        reportProblem,
      }),
    ).rejects.toThrow("kQuotaBytes");
  });
});

describe("answerBridgeRequest", () => {
  async function setup() {
    const queue = newQueue();
    for (const id of ["a", "b"])
      await queue.enqueue(envelopeFromAgenda(agenda, { url: PAGE, title: "SN" }, new Date(0), id));
    const deps = { extensionId: "ext-id", addinUrls: async () => [ADDIN], queue };
    const bridge: MessageSender = {
      id: "ext-id",
      url: `${ADDIN}addin/ui/taskpane.html?_host_Info=Word`,
      tab: { id: 1 },
    };
    return { queue, deps, bridge };
  }

  it("gives the pending clips to the bridge under the add-in's base URL, and takes acknowledged ids to the recent clips", async () => {
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
    expect((await queue.recent()).map((entry) => [entry.clip.id, entry.reason])).toEqual([
      ["a", "delivered"],
    ]);
  });

  it("answers nothing to other origins, other paths of the host, other extensions, extension pages or malformed requests", async () => {
    const { queue, deps, bridge } = await setup();
    const refused: [unknown, MessageSender][] = [
      [
        { type: "bridge-ack", ids: ["a"] },
        { ...bridge, url: "https://evil.example/samverkan/taskpane.html" },
      ],
      [
        { type: "bridge-ack", ids: ["a"] },
        { ...bridge, url: "https://www.kommun.se:8443/samverkan/" },
      ],
      // Issue 11 item 1: another page of the same shared host speaking the protocol.
      [
        { type: "bridge-ack", ids: ["a"] },
        { ...bridge, url: "https://www.kommun.se/nyheter/index.html" },
      ],
      [{ type: "bridge-pull" }, { ...bridge, url: "https://www.kommun.se/samverkan-old/taskpane.html" }],
      [
        { type: "bridge-ack", ids: ["a"] },
        { ...bridge, id: "other-extension" },
      ],
      [
        { type: "bridge-ack", ids: ["a"] },
        { id: "ext-id", url: `${ADDIN}x` },
      ],
      [{ type: "bridge-ack", ids: "a" }, bridge],
      [{ type: "bridge-ack", ids: ["x".repeat(65)] }, bridge],
      [{ type: "bridge-pull" }, { ...bridge, url: "not a url" }],
      ["bridge-pull", bridge],
    ];
    for (const [message, sender] of refused)
      expect(await answerBridgeRequest(message, sender, deps), JSON.stringify(sender)).toBeUndefined();
    expect(await queue.count()).toBe(2);
  });

  // Fault injection (issue 11): any page of the add-in's host outside its base path gets nothing.
  it("gives nothing to any other path on the add-in's host (property)", async () => {
    const { queue, deps, bridge } = await setup();
    const segment = fc.stringMatching(/^[a-z0-9%._~-]{0,12}$/);
    const otherPath = fc
      .array(segment, { minLength: 1, maxLength: 4 })
      .map((parts) => `/${parts.join("/")}`)
      .filter((path) => !new URL(`https://www.kommun.se${path}`).pathname.startsWith("/samverkan/"));
    await fc.assert(
      fc.asyncProperty(otherPath, fc.constantFrom("bridge-pull", "bridge-ack"), async (path, type) => {
        const message = type === "bridge-ack" ? { type, ids: ["a", "b"] } : { type };
        const sender = { ...bridge, url: `https://www.kommun.se${path}` };
        expect(await answerBridgeRequest(message, sender, deps)).toBeUndefined();
      }),
      { numRuns: 300 },
    );
    expect(await queue.count()).toBe(2);
  });
});

describe("registerBridge", () => {
  it("registers the bridge for the organisation's and the user's base URLs whose host is granted", async () => {
    const granted = new Set(["https://samverkan.kommun.se/*", "https://www.kommun.se/*"]);
    const replaceScript = vi.fn(async () => undefined);
    const urls = await registerBridge({
      // As readAddinUrls gives them: the policy's first, then the user's own.
      addinUrls: async () => ["https://samverkan.kommun.se/", ADDIN, "https://localhost:3000/"],
      hasPermission: async (pattern) => granted.has(pattern),
      replaceScript,
    });
    expect(urls).toEqual(["https://samverkan.kommun.se/", ADDIN]);
    expect(replaceScript).toHaveBeenCalledWith({
      id: "sp-bridge",
      file: "content/bridge.js",
      matches: ["https://samverkan.kommun.se/*", "https://www.kommun.se/samverkan/*"],
    });
  });

  it("registers nothing while no host is granted", async () => {
    const replaceScript = vi.fn(async () => undefined);
    await registerBridge({
      addinUrls: async () => ["https://samverkan.kommun.se/"],
      hasPermission: async () => false,
      replaceScript,
    });
    expect(replaceScript).toHaveBeenCalledWith({ id: "sp-bridge", file: "content/bridge.js", matches: [] });
  });
});
