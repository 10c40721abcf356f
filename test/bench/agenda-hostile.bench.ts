// "Hostile inputs" (issue 11) for the agenda readers: each family at a size where the readers used to take
// over 10 s or abort, run in a child process of its own; time of the reader, peak memory of the process
// (its input included), and what it did. Targets: ≤ 2 s and ≤ 1 GB each, or a refusal in under 1 s.
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { CASES } from "./agenda-hostile-case";
import type { Bench, BenchRow } from "./types";

const entry = resolve(import.meta.dirname, "agenda-hostile-case.ts");

function runCase(name: string): { ms: number; peakMb: number; outcome: string } {
  const out = execFileSync(process.execPath, ["--import", "tsx", entry, name], {
    encoding: "utf8",
    maxBuffer: 1024 * 1024,
  });
  return JSON.parse(out.trim().split("\n").at(-1) ?? "{}");
}

export const agendaHostileBench: Bench = async () => {
  const rows: BenchRow[] = [];
  for (const name of Object.keys(CASES)) {
    const { ms, peakMb, outcome } = runCase(name);
    const refusal = outcome.startsWith("refused");
    rows.push({
      name: `hostile: agenda ${name} (${outcome})`,
      value: ms,
      unit: "ms",
      target: refusal ? "refusal < 1000 ms" : "≤ 2000 ms",
    });
    rows.push({
      name: `hostile: agenda ${name}, peak memory`,
      value: peakMb,
      unit: "MB",
      target: "≤ 1024 MB",
    });
  }
  return rows;
};
