import { type ClipEnvelope, validateEnvelope } from "../../shared/clip/envelope";
import { t } from "../../shared/i18n/i18n";
import { utf8Length } from "../../shared/validation/messages";

/**
 * The durable clip queue (DESIGN §4): clips stay in `storage.local` until the add-in acknowledges them by id.
 * Pure over a storage interface so it runs the same in the service worker, the popup and unit tests; the
 * service worker keeps nothing in globals because it is stopped after 30 s idle.
 */
export const QUEUE_KEY = "queue";

export const QUEUE_LIMITS = {
  clips: 200,
  /** Well inside storage.local's 10 MB quota, so a full queue is our message, not a quota error. */
  bytes: 4 * 1024 * 1024,
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
  | { ok: false; error: string };

export interface ClipQueue {
  /** Validates and stores a clip; storing the same id again changes nothing. */
  enqueue(value: unknown): Promise<EnqueueResult>;
  /** Pending clips, oldest first. */
  pending(): Promise<ClipEnvelope[]>;
  /** Drops the given ids (unknown ids are ignored) and returns how many clips are left. */
  acknowledge(ids: readonly string[]): Promise<number>;
  count(): Promise<number>;
}

/** What storage holds, keeping only entries that still pass the schema (storage can be edited by hand). */
function storedClips(value: unknown): ClipEnvelope[] {
  if (!Array.isArray(value)) return [];
  const clips: ClipEnvelope[] = [];
  for (const entry of value) {
    const result = validateEnvelope(entry);
    if (result.ok) clips.push(result.envelope);
  }
  return clips;
}

export function createQueue(storage: QueueStorage, exclusive: Exclusive): ClipQueue {
  const read = async () => storedClips((await storage.get(QUEUE_KEY))[QUEUE_KEY]);
  const write = (clips: ClipEnvelope[]) => storage.set({ [QUEUE_KEY]: clips });

  return {
    enqueue: (value) =>
      exclusive(async () => {
        const result = validateEnvelope(value);
        if (!result.ok)
          return { ok: false, error: t("ext.queue.invalid", { reason: result.errors.join("; ") }) };
        const clips = await read();
        if (clips.some((clip) => clip.id === result.envelope.id)) {
          return { ok: true, envelope: result.envelope, count: clips.length };
        }
        const next = [...clips, result.envelope];
        if (next.length > QUEUE_LIMITS.clips || utf8Length(JSON.stringify(next)) > QUEUE_LIMITS.bytes) {
          return {
            ok: false,
            error: t("ext.queue.full", {
              maxClips: QUEUE_LIMITS.clips,
              maxKb: Math.round(QUEUE_LIMITS.bytes / 1024),
            }),
          };
        }
        await write(next);
        return { ok: true, envelope: result.envelope, count: next.length };
      }),

    pending: () => read(),

    acknowledge: (ids) =>
      exclusive(async () => {
        const clips = await read();
        const drop = new Set(ids);
        const kept = clips.filter((clip) => !drop.has(clip.id));
        if (kept.length !== clips.length) await write(kept);
        return kept.length;
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
