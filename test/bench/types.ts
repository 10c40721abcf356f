/** One line of the benchmark table. `target` is the goal the issue sets, shown for comparison, not asserted. */
export interface BenchRow {
  name: string;
  value: number;
  unit: "ms" | "KB gzip" | "ratio" | "items" | "MB";
  target?: string;
}

export type Bench = () => Promise<BenchRow[]>;

/** Median of repeated runs of `work`, in milliseconds, after warm-up runs. */
export function medianMs(work: () => unknown, runs = 15, warmup = 3): number {
  for (let i = 0; i < warmup; i++) work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}
