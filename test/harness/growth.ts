/**
 * How the cost of a parser grows with its input, for scaling properties (issue 11): the CPU time of the work
 * on an input of size 2n over that on size n. Linear code gives about 2, quadratic 4, cubic 8. Each size is
 * run repeatedly until the runs add up to a measurable time; the two sizes take turns over five trials and
 * the least time of each is kept, so a busy machine slows both alike. The bound a test sets on the ratio is
 * generous (3), never a time.
 */
const MEASURABLE_MS = 40;
const TRIALS = 5;

function cpuMs(work: () => unknown, repeats: number): number {
  const before = process.cpuUsage();
  for (let i = 0; i < repeats; i++) work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** Repeats needed for the work to take a measurable time (at least one). */
function repeatsFor(work: () => unknown): number {
  let repeats = 1;
  while (cpuMs(work, repeats) < MEASURABLE_MS && repeats < 1 << 20) repeats *= 2;
  return repeats;
}

/** time(2n) / time(n) for `work` on the inputs `make(n)` and `make(2n)`. */
export function growthRatio<T>(make: (n: number) => T, work: (input: T) => unknown, n: number): number {
  const small = make(n);
  const large = make(2 * n);
  const repeats = repeatsFor(() => work(small));
  let leastSmall = Number.POSITIVE_INFINITY;
  let leastLarge = Number.POSITIVE_INFINITY;
  for (let trial = 0; trial < TRIALS; trial++) {
    leastSmall = Math.min(
      leastSmall,
      cpuMs(() => work(small), repeats),
    );
    leastLarge = Math.min(
      leastLarge,
      cpuMs(() => work(large), repeats),
    );
  }
  return leastLarge / leastSmall;
}
