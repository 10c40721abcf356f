import { type ClipEnvelope, checkEnvelope } from "../../shared/clip/envelope";
import { type UserMessage, userMessage } from "../../shared/i18n/message";
import { utf8Length } from "../../shared/validation/messages";
import { userMessageForError } from "../platform/errors";

/**
 * The durable clip queue (DESIGN §4): clips stay in `storage.local` until the add-in acknowledges them by id.
 * A clip that leaves the queue (delivered, saved as a file, removed) is kept for two weeks among the recent
 * clips, so a clip taken by the wrong page or removed by mistake can be put back. Pure over a storage
 * interface so it runs the same in the service worker, the popup and unit tests; the service worker keeps
 * nothing in globals because it is stopped after 30 s idle.
 */
export const QUEUE_KEY = "queue";
export const RECENT_KEY = "recentClips";

const DAY_MS = 24 * 60 * 60 * 1000;

export const QUEUE_LIMITS = {
  clips: 200,
  /** With the recent clips, well inside storage.local's 10 MB quota, so a full queue is our own message. */
  bytes: 4 * 1024 * 1024,
  recentDays: 14,
  recentClips: 100,
  recentBytes: 2 * 1024 * 1024,
} as const;

/** The part of `browser.storage.local` the queue uses. */
export interface QueueStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** Runs a read-modify-write exclusively; in the extension, a Web Lock shared by the worker and its pages. */
export type Exclusive = <T>(task: () => Promise<T>) => Promise<T>;

export type EnqueueResult =
  | { ok: true; envelope: ClipEnvelope; count: number }
  | { ok: false; error: UserMessage };

export type LeaveReason = "delivered" | "saved" | "removed";

/** A clip that left the queue, and when and how. */
export interface RecentClip {
  clip: ClipEnvelope;
  leftAt: string;
  reason: LeaveReason;
}

export interface ClipQueue {
  /** Validates and stores a clip; storing the same id again changes nothing. Never throws. */
  enqueue(value: unknown): Promise<EnqueueResult>;
  /** Pending clips, oldest first. */
  pending(): Promise<ClipEnvelope[]>;
  /**
   * Takes the given ids out of the queue into the recent clips (unknown ids are ignored) and returns how
   * many clips are left in the queue.
   */
  acknowledge(ids: readonly string[], reason?: LeaveReason): Promise<number>;
  /** Clips that left the queue in the last two weeks, newest first. */
  recent(): Promise<RecentClip[]>;
  /** Puts a recent clip back into the queue; null when it is no longer among the recent clips. */
  restore(id: string): Promise<EnqueueResult | null>;
  count(): Promise<number>;
}

/** What storage holds, keeping only entries that still pass the schema (storage can be edited by hand). */
function storedClips(value: unknown): ClipEnvelope[] {
  if (!Array.isArray(value)) return [];
  const clips: ClipEnvelope[] = [];
  for (const entry of value) {
    const result = checkEnvelope(entry);
    if (result.ok) clips.push(result.envelope);
  }
  return clips;
}

const REASONS: readonly LeaveReason[] = ["delivered", "saved", "removed"];

function storedRecent(value: unknown): RecentClip[] {
  if (!Array.isArray(value)) return [];
  const recent: RecentClip[] = [];
  for (const entry of value) {
    const { clip, leftAt, reason } = (entry ?? {}) as Partial<Record<keyof RecentClip, unknown>>;
    const result = checkEnvelope(clip);
    if (!result.ok || typeof leftAt !== "string" || Number.isNaN(Date.parse(leftAt))) continue;
    if (!REASONS.includes(reason as LeaveReason)) continue;
    recent.push({ clip: result.envelope, leftAt, reason: reason as LeaveReason });
  }
  return recent;
}

const queueFull = () =>
  userMessage("ext.queue.full", {
    maxClips: QUEUE_LIMITS.clips,
    maxKb: Math.round(QUEUE_LIMITS.bytes / 1024),
  });

const tooBig = (clips: readonly unknown[], max: number) => utf8Length(JSON.stringify(clips)) > max;

/** The recent clips still within two weeks of `now`, newest first, cut to the count and byte limits. */
function keepRecent(recent: RecentClip[], now: Date): RecentClip[] {
  const since = now.getTime() - QUEUE_LIMITS.recentDays * DAY_MS;
  const kept = recent.filter((entry) => Date.parse(entry.leftAt) >= since).slice(0, QUEUE_LIMITS.recentClips);
  while (kept.length > 0 && tooBig(kept, QUEUE_LIMITS.recentBytes)) kept.pop();
  return kept;
}

export function createQueue(
  storage: QueueStorage,
  exclusive: Exclusive,
  clock: () => Date = () => new Date(),
): ClipQueue {
  const read = async () => storedClips((await storage.get(QUEUE_KEY))[QUEUE_KEY]);
  const readRecent = async () =>
    keepRecent(storedRecent((await storage.get(RECENT_KEY))[RECENT_KEY]), clock());

  /** Adds a valid clip to the queue when it fits; the caller holds the lock. */
  async function add(
    envelope: ClipEnvelope,
    alsoWrite: Record<string, unknown> = {},
  ): Promise<EnqueueResult> {
    const clips = await read();
    if (clips.some((clip) => clip.id === envelope.id)) return { ok: true, envelope, count: clips.length };
    const next = [...clips, envelope];
    if (next.length > QUEUE_LIMITS.clips || tooBig(next, QUEUE_LIMITS.bytes))
      return { ok: false, error: queueFull() };
    await storage.set({ [QUEUE_KEY]: next, ...alsoWrite });
    return { ok: true, envelope, count: next.length };
  }

  /** A failed read or write (storage full, extension reloading) as the user's message, never a throw. */
  const guarded = async (task: () => Promise<EnqueueResult>): Promise<EnqueueResult> => {
    try {
      return await task();
    } catch (error) {
      return { ok: false, error: userMessageForError(error) };
    }
  };

  return {
    enqueue: (value) =>
      exclusive(() =>
        guarded(async () => {
          const result = checkEnvelope(value);
          if (!result.ok)
            return { ok: false, error: userMessage("ext.queue.invalid", { reason: result.problem }) };
          return add(result.envelope);
        }),
      ),

    pending: () => read(),

    acknowledge: (ids, reason = "delivered") =>
      exclusive(async () => {
        const clips = await read();
        const drop = new Set(ids);
        const kept = clips.filter((clip) => !drop.has(clip.id));
        if (kept.length === clips.length) return kept.length;
        const leftAt = clock().toISOString();
        const left = clips.filter((clip) => drop.has(clip.id)).map((clip) => ({ clip, leftAt, reason }));
        const others = (await readRecent()).filter((entry) => !drop.has(entry.clip.id));
        // One write: a clip is never out of the queue without being among the recent ones.
        await storage.set({
          [QUEUE_KEY]: kept,
          [RECENT_KEY]: keepRecent([...left.reverse(), ...others], clock()),
        });
        return kept.length;
      }),

    recent: () => readRecent(),

    restore: (id) =>
      exclusive(async () => {
        const recent = await readRecent();
        const entry = recent.find((each) => each.clip.id === id);
        if (!entry) return null;
        return guarded(() => add(entry.clip, { [RECENT_KEY]: recent.filter((each) => each !== entry) }));
      }),

    count: async () => (await read()).length,
  };
}

/** The toolbar badge: "!" while a problem waits to be read in the popup, else the number of queued clips. */
export function badgeFor(count: number, hasProblem: boolean): { text: string; color: string } {
  if (hasProblem) return { text: "!", color: "#a4262c" };
  if (count <= 0) return { text: "", color: "#1f4e79" };
  return { text: count > 99 ? "99+" : String(count), color: "#1f4e79" };
}
