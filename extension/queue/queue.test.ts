import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { textOf } from "../../shared/i18n/message";
import { MemoryStorage, quotaError, serialLock } from "../testing/fakes";
import { envelopeFromAgenda } from "./build-envelope";
import { badgeFor, createQueue, QUEUE_KEY, QUEUE_LIMITS, RECENT_KEY } from "./queue";

const agenda = (titles: string[]) => ({
  committee: "Socialnämnden",
  meetingDate: "2024-02-20",
  items: titles.map((title, i) => ({
    number: String(i + 1),
    title,
    dnr: [],
    mbl: null,
    procedural: false,
    links: [],
  })),
});
const source = { url: "https://intranat.example.se/sn", title: "Socialnämnden" };
const clip = (id: string, titles = ["Budget"]) => envelopeFromAgenda(agenda(titles), source, new Date(0), id);

/** A clock the test moves by hand. */
function clockAt(iso: string) {
  let now = new Date(iso);
  return {
    now: () => now,
    advanceDays: (days: number) => (now = new Date(now.getTime() + days * 86_400_000)),
  };
}

describe("clip queue", () => {
  it("keeps clips in storage, oldest first, and a new queue over the same storage sees them (worker restart)", async () => {
    const storage = new MemoryStorage();
    const queue = createQueue(storage, serialLock());
    expect(await queue.enqueue(clip("a"))).toMatchObject({ ok: true, count: 1 });
    expect(await queue.enqueue(clip("b"))).toMatchObject({ ok: true, count: 2 });
    const restarted = createQueue(storage, serialLock());
    expect((await restarted.pending()).map((c) => c.id)).toEqual(["a", "b"]);
    expect(await restarted.count()).toBe(2);
  });

  it("treats the same id twice as one clip", async () => {
    const queue = createQueue(new MemoryStorage(), serialLock());
    await queue.enqueue(clip("a"));
    expect(await queue.enqueue(clip("a", ["Annan titel"]))).toMatchObject({ ok: true, count: 1 });
    expect((await queue.pending())[0]?.agenda.items[0]?.title).toBe("Budget");
  });

  it("refuses an invalid clip with a Swedish reason and stores nothing", async () => {
    const storage = new MemoryStorage();
    const queue = createQueue(storage, serialLock());
    const result = await queue.enqueue({ ...clip("a"), agenda: { ...clip("a").agenda, items: [] } });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(textOf(result.error)).toBe("Klippet kunde inte sparas. Klippet innehåller inga punkter.");
    expect(storage.writes).toBe(0);
  });

  it("acknowledges idempotently: unknown and repeated ids are harmless", async () => {
    const queue = createQueue(new MemoryStorage(), serialLock());
    for (const id of ["a", "b", "c"]) await queue.enqueue(clip(id));
    expect(await queue.acknowledge(["b", "zzz"])).toBe(2);
    expect(await queue.acknowledge(["b"])).toBe(2);
    expect((await queue.pending()).map((c) => c.id)).toEqual(["a", "c"]);
    expect(await queue.acknowledge(["a", "c"])).toBe(0);
  });

  it("is bounded in count with a clear message, and accepts again after an acknowledgement", async () => {
    const queue = createQueue(new MemoryStorage(), serialLock());
    for (let i = 0; i < QUEUE_LIMITS.clips; i++) await queue.enqueue(clip(`c${i}`));
    const full = await queue.enqueue(clip("one-more"));
    expect(full.ok ? "" : textOf(full.error)).toBe(
      "Kön är full (högst 200 klipp och 4096 kB). Öppna protokollet i Word och hämta klippen innan du klipper fler.",
    );
    await queue.acknowledge(["c0"]);
    expect(await queue.enqueue(clip("one-more"))).toMatchObject({ ok: true, count: QUEUE_LIMITS.clips });
  });

  it("is bounded in bytes", async () => {
    const queue = createQueue(new MemoryStorage(), serialLock());
    // ~500 items of ~480 characters: about 250 kB per clip, so 4 MB is reached long before 200 clips.
    const big = Array.from({ length: 500 }, (_, i) => `Punkt ${i} ${"x".repeat(470)}`);
    let stored = 0;
    let result = await queue.enqueue(clip("big0", big));
    while (result.ok) {
      stored++;
      result = await queue.enqueue(clip(`big${stored}`, big));
    }
    expect(stored).toBeGreaterThan(5);
    expect(stored).toBeLessThan(20);
    expect(JSON.stringify(await queue.pending()).length).toBeLessThanOrEqual(QUEUE_LIMITS.bytes);
    expect(result.ok ? "" : textOf(result.error)).toContain("Kön är full");
  });

  it("drops entries that no longer pass the schema instead of failing the whole queue", async () => {
    const storage = new MemoryStorage();
    storage.data.set(QUEUE_KEY, [clip("good"), { kind: "sp-clip", id: "<script>" }, "garbage"]);
    const queue = createQueue(storage, serialLock());
    expect((await queue.pending()).map((c) => c.id)).toEqual(["good"]);
  });

  // Issue 11 item 3: Chrome's quota error becomes a Swedish message saying what to do, never a throw.
  it("answers a full storage.local with what to do, in Swedish, and stores nothing", async () => {
    const storage = new MemoryStorage();
    const queue = createQueue(storage, serialLock());
    storage.refuse = quotaError;
    const result = await queue.enqueue(clip("a"));
    expect(result.ok ? "" : textOf(result.error)).toBe(
      "Webbläsarens lagring för webbläsartillägget är full. Lämna över klippen i kön till Word, eller ta bort klipp ur kön, och försök sedan igen. Det du klippt finns kvar.",
    );
    expect(await queue.count()).toBe(0);
  });

  it("loses nothing when enqueues and acknowledgements interleave (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom("add", "ack"), fc.integer({ min: 0, max: 6 })), { maxLength: 30 }),
        async (ops) => {
          const queue = createQueue(new MemoryStorage(), serialLock());
          const expected = new Set<string>();
          // All at once: the lock must serialise the read-modify-writes.
          await Promise.all(
            ops.map(([op, n]) =>
              op === "add" ? queue.enqueue(clip(`k${n}`)) : queue.acknowledge([`k${n}`]),
            ),
          );
          for (const [op, n] of ops) op === "add" ? expected.add(`k${n}`) : expected.delete(`k${n}`);
          expect(new Set((await queue.pending()).map((c) => c.id))).toEqual(expected);
        },
      ),
    );
  });

  // Fault injection (issue 11): storage.set rejecting at any point never loses a clip silently.
  it("never loses a clip when writes fail at random (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom("add", "ack"), fc.integer({ min: 0, max: 5 }), fc.boolean()), {
          maxLength: 25,
        }),
        async (ops) => {
          const storage = new MemoryStorage();
          const queue = createQueue(storage, serialLock());
          const told = new Set<string>();
          for (const [op, n, fails] of ops) {
            storage.refuse = fails ? quotaError : null;
            const id = `k${n}`;
            if (op === "add") {
              const result = await queue.enqueue(clip(id));
              // A refused clip is reported to the user (who still has it); an accepted one is stored.
              if (!result.ok) told.add(id);
              else told.delete(id);
            } else {
              await queue.acknowledge([id]).catch(() => undefined);
            }
          }
          storage.refuse = null;
          const pendingIds = (await queue.pending()).map((c) => c.id);
          expect(new Set(pendingIds).size).toBe(pendingIds.length);
          const pending = new Set(pendingIds);
          const recent = new Set((await queue.recent()).map((entry) => entry.clip.id));
          for (const [op, n] of ops) {
            const id = `k${n}`;
            if (op === "add") expect(pending.has(id) || recent.has(id) || told.has(id), id).toBe(true);
          }
        },
      ),
    );
  });
});

// Issue 11 item 1: a clip taken by the wrong page, or removed by mistake, can be put back for two weeks.
describe("recent clips", () => {
  it("keeps each clip that left the queue, newest first, with how it left", async () => {
    const clock = clockAt("2024-02-13T10:00:00.000Z");
    const storage = new MemoryStorage();
    const queue = createQueue(storage, serialLock(), clock.now);
    for (const id of ["a", "b", "c"]) await queue.enqueue(clip(id));
    await queue.acknowledge(["a"]);
    clock.advanceDays(1);
    await queue.acknowledge(["b"], "saved");
    await queue.acknowledge(["c"], "removed");
    expect((await queue.recent()).map((entry) => [entry.clip.id, entry.reason, entry.leftAt])).toEqual([
      ["c", "removed", "2024-02-14T10:00:00.000Z"],
      ["b", "saved", "2024-02-14T10:00:00.000Z"],
      ["a", "delivered", "2024-02-13T10:00:00.000Z"],
    ]);
    // One write per acknowledgement: the clip is never out of both lists.
    expect(storage.writes).toBe(6);
  });

  it("puts a recent clip back into the queue, once", async () => {
    const queue = createQueue(new MemoryStorage(), serialLock());
    await queue.enqueue(clip("a"));
    await queue.acknowledge(["a"]);
    expect(await queue.restore("a")).toMatchObject({ ok: true, count: 1 });
    expect((await queue.pending()).map((c) => c.id)).toEqual(["a"]);
    expect(await queue.recent()).toEqual([]);
    expect(await queue.restore("a")).toBeNull();
    expect(await queue.restore("never-there")).toBeNull();
  });

  it("forgets them after 14 days", async () => {
    const clock = clockAt("2024-02-13T10:00:00.000Z");
    const queue = createQueue(new MemoryStorage(), serialLock(), clock.now);
    await queue.enqueue(clip("a"));
    await queue.acknowledge(["a"]);
    clock.advanceDays(13.9);
    expect((await queue.recent()).map((entry) => entry.clip.id)).toEqual(["a"]);
    clock.advanceDays(0.2);
    expect(await queue.recent()).toEqual([]);
    expect(await queue.restore("a")).toBeNull();
  });

  it("is bounded in count, dropping the oldest", async () => {
    const queue = createQueue(new MemoryStorage(), serialLock());
    for (let i = 0; i < QUEUE_LIMITS.recentClips + 3; i++) {
      await queue.enqueue(clip(`r${i}`));
      await queue.acknowledge([`r${i}`]);
    }
    const recent = await queue.recent();
    expect(recent).toHaveLength(QUEUE_LIMITS.recentClips);
    expect(recent[0]!.clip.id).toBe("r102");
    expect(recent.at(-1)!.clip.id).toBe("r3");
  });

  it("ignores damaged entries", async () => {
    const storage = new MemoryStorage();
    storage.data.set(RECENT_KEY, [
      { clip: clip("ok"), leftAt: new Date().toISOString(), reason: "delivered" },
      { clip: clip("bad-reason"), leftAt: new Date().toISOString(), reason: "eaten" },
      { clip: { id: "x" }, leftAt: new Date().toISOString(), reason: "saved" },
      "junk",
    ]);
    const queue = createQueue(storage, serialLock());
    expect((await queue.recent()).map((entry) => entry.clip.id)).toEqual(["ok"]);
  });
});

describe("badgeFor", () => {
  it("is empty for an empty queue, caps long counts, and flags a waiting problem", () => {
    expect(badgeFor(0, false).text).toBe("");
    expect(badgeFor(7, false).text).toBe("7");
    expect(badgeFor(250, false).text).toBe("99+");
    expect(badgeFor(7, true)).toEqual({ text: "!", color: "#a4262c" });
  });
});

describe("envelopeFromAgenda", () => {
  it("shortens long page text, drops non-http links and items without a title, so the clip validates", async () => {
    const envelope = envelopeFromAgenda(
      {
        committee: "  Social\n nämnden ",
        meetingDate: "20 februari",
        items: [
          {
            number: "§ 12",
            title: "x".repeat(900),
            dnr: ["SN 2023/123"],
            mbl: "mbl11",
            procedural: false,
            links: [
              { text: "ok", href: "https://a.example/1.pdf" },
              { text: "bad", href: "javascript:alert(1)" },
            ],
          },
          { number: "13", title: "   ", dnr: [], mbl: null, procedural: false, links: [] },
        ],
      },
      source,
    );
    expect(envelope.agenda.committee).toBe("Social nämnden");
    expect(envelope.agenda.meetingDate).toBeNull();
    expect(envelope.agenda.items).toHaveLength(1);
    expect(envelope.agenda.items[0]?.title.length).toBe(500);
    expect(envelope.agenda.items[0]?.links).toEqual([{ text: "ok", href: "https://a.example/1.pdf" }]);
    const queue = createQueue(new MemoryStorage(), serialLock());
    expect((await queue.enqueue(envelope)).ok).toBe(true);
  });

  // Issue 11 items 11, 12 and 14 on the clipping side.
  it("stores normalised links, strips control characters, and clips a page whose address is too long", async () => {
    const longUrl = `https://portal.kommun.se/sok?q=${"socialnämnden ".repeat(300)}`;
    const envelope = envelopeFromAgenda(
      {
        committee: "Social\u001b[1mnämnden",
        meetingDate: "2024-02-20",
        items: [
          {
            number: "7\u0000",
            title: "Budget\u0007 2025",
            dnr: [],
            mbl: null,
            procedural: false,
            links: [
              { text: "a", href: 'https://a.example/x"onmouseover="y' },
              { text: "b", href: "https:\\\\evil.example\\x" },
            ],
          },
        ],
      },
      { url: longUrl, title: "Sök" },
    );
    expect(envelope.source.url).toBe("https://portal.kommun.se/sok");
    expect(envelope.agenda.committee).toBe("Socialnämnden");
    expect(envelope.agenda.items[0]).toMatchObject({ number: "7", title: "Budget 2025" });
    expect(envelope.agenda.items[0]!.links).toEqual([
      { text: "a", href: "https://a.example/x%22onmouseover=%22y" },
    ]);
    const queue = createQueue(new MemoryStorage(), serialLock());
    expect((await queue.enqueue(envelope)).ok).toBe(true);
  });
});
