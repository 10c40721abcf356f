import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MemoryStorage, serialLock } from "../testing/fakes";
import { envelopeFromAgenda } from "./build-envelope";
import { badgeFor, createQueue, QUEUE_KEY, QUEUE_LIMITS } from "./queue";

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
    const bad = { ...clip("a"), source: { url: "javascript:alert(1)", title: "x" } };
    const result = await queue.enqueue(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^Klippet kunde inte sparas: .*http/);
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
    expect(full).toEqual({ ok: false, error: expect.stringContaining("Kön är full (högst 200 klipp") });
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
    expect(result.error).toContain("Kön är full");
  });

  it("drops entries that no longer pass the schema instead of failing the whole queue", async () => {
    const storage = new MemoryStorage();
    storage.data.set(QUEUE_KEY, [clip("good"), { kind: "sp-clip", id: "<script>" }, "garbage"]);
    const queue = createQueue(storage, serialLock());
    expect((await queue.pending()).map((c) => c.id)).toEqual(["good"]);
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
});
