import type { ProblemArea } from "../queue/problem-store";
import type { Exclusive } from "../queue/queue";

/**
 * storage.local as the browser gives it: values are copied in and out (structured clone), never shared.
 * `refuse` injects the browser's failures: when it returns an error for a write, the write rejects with it
 * and stores nothing, as Chrome does with "Resource::kQuotaBytes quota exceeded".
 */
export class MemoryStorage implements ProblemArea {
  data = new Map<string, unknown>();
  writes = 0;
  refuse: ((items: Record<string, unknown>) => Error | null) | null = null;
  async get(key: string) {
    return this.data.has(key) ? { [key]: structuredClone(this.data.get(key)) } : {};
  }
  async set(items: Record<string, unknown>) {
    const error = this.refuse?.(items);
    if (error) throw error;
    this.writes++;
    for (const [key, value] of Object.entries(items)) this.data.set(key, structuredClone(value));
  }
  async remove(key: string) {
    this.data.delete(key);
  }
}

/** Chrome's own text when storage.local is full. */
export const quotaError = () => new Error("Resource::kQuotaBytes quota exceeded");

/** A promise-chain mutex standing in for the Web Lock the extension uses. */
export function serialLock(): Exclusive {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
