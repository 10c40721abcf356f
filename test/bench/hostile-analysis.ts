// One hostile input for the minutes analysis, run in its own process so its peak memory is its own:
//   tsx test/bench/hostile-analysis.ts <family> <size>   → prints {"ms":…, "peakMB":…}
// Used by analysis.bench.ts for the "hostile inputs" rows (issue 11).
import { pathToFileURL } from "node:url";
import { analyseMinutes } from "../../shared/analysis/analyse";
import { splitSentences } from "../../shared/analysis/sentences";
import { reviewMinutes } from "../../shared/review/review";

export const HOSTILE_FAMILIES = {
  // The roster-line pattern took 10.9 s on 3,000 letters and 95 s on 6,000 before it was made linear.
  "roster token": (size: number) => `Närvarande:\nA${"a".repeat(size)}x1`,
  // A 1 MB run of full stops: the sentence splitter was killed at 120 s.
  "run of dots": (size: number) => `Protokoll från gruppen den 3 mars 2025\n1. Schema\na${".".repeat(size)}`,
  // One paragraph wrapped over 33,000 lines: joining them was quadratic (40,000 lines took 31 s).
  "wrapped lines": (size: number) =>
    `Protokoll från gruppen den 3 mars 2025\n1. Schema\n${"och ordet fortsätter på raden\n".repeat(size / 30)}`,
} as const;

export type HostileFamily = keyof typeof HOSTILE_FAMILIES;

function run(family: HostileFamily, size: number): { ms: number; peakMB: number } {
  const text = HOSTILE_FAMILIES[family](size);
  const start = performance.now();
  if (family === "run of dots") splitSentences(text);
  reviewMinutes(analyseMinutes(text));
  const ms = performance.now() - start;
  return { ms, peakMB: process.resourceUsage().maxRSS / 1024 };
}

// Run only as the entry point, not when the bench imports the families.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(run(process.argv[2] as HostileFamily, Number(process.argv[3]))));
}
