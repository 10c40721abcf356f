import type { Exclusive, QueueStorage } from "../queue/queue";

/** storage.local as the browser gives it: values are copied in and out (structured clone), never shared. */
export class MemoryStorage implements QueueStorage {
  data = new Map<string, unknown>();
  writes = 0;
  async get(key: string) {
    return this.data.has(key) ? { [key]: structuredClone(this.data.get(key)) } : {};
  }
  async set(items: Record<string, unknown>) {
    this.writes++;
    for (const [key, value] of Object.entries(items)) this.data.set(key, structuredClone(value));
  }
}

/** A promise-chain mutex standing in for the Web Lock the extension uses. */
export function serialLock(): Exclusive {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
