// Analysis of long minutes: a 100-page text (about 3000 characters a page) and the growth from 10 to 100
// pages, which must be linear. Wall time is what a user waits; CPU time of the process is shown beside it
// because on a shared machine it is far steadier, and the growth ratios are taken from it.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { analyseMinutes } from "../../shared/analysis/analyse";
import { reviewMinutes } from "../../shared/review/review";
import { EXAMPLES_DIR, hasExamples } from "../harness/examples";
import { HOSTILE_FAMILIES, type HostileFamily } from "./hostile-analysis";
import { type Bench, type BenchRow, medianMs } from "./types";

const PAGE = 3000;
const SIZES = [10, 25, 50, 100];
// The public examples when they are beside the clone, else the project's own invented minutes.
const sourceDir = hasExamples ? EXAMPLES_DIR : resolve(import.meta.dirname, "../fixtures/minutes");
const examples = readdirSync(sourceDir)
  .sort()
  .map((name) => readFileSync(join(sourceDir, name), "utf8"));
// The blind sets' minutes, many writers' layouts and far denser in unions' statements than the examples: the text
// a bench of the examples alone flatters (stop 23 measured about twice the time per character on them).
const FIXTURES = resolve(import.meta.dirname, "../fixtures");
const blindMinutes = readdirSync(FIXTURES)
  .filter((folder) => folder.startsWith("minutes-blind"))
  .sort()
  .flatMap((folder) =>
    readdirSync(join(FIXTURES, folder))
      .filter((name) => /\.(txt|md)$/.test(name) && name !== "README.md")
      .sort()
      .map((name) => readFileSync(join(FIXTURES, folder, name), "utf8")),
  );

/** Minutes of about `pages` pages: the texts one after another, item numbers varied per copy. */
export function minutesOfPages(pages: number, texts: readonly string[] = examples): string {
  const parts: string[] = [];
  let length = 0;
  for (let copy = 0; length < pages * PAGE; copy++) {
    const text = texts[copy % texts.length]!.replace(
      /^(#{1,6} |\*\*)?(\d{1,2})\.? /gm,
      (_, mark = "", n) => `${mark}${n}.${copy} `,
    );
    parts.push(text);
    length += text.length + 3;
  }
  return parts.join("\n \n").slice(0, pages * PAGE);
}

function medianCpuMs(work: () => unknown, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    work();
    const used = process.cpuUsage(before);
    times.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

export const analysisBench: Bench = async () => {
  const rows: BenchRow[] = [];
  const cpu = new Map<number, number>();
  const hundred = minutesOfPages(100);
  // Warm the JIT on the largest text first, so the small sizes are not measured while it still compiles.
  for (let i = 0; i < 10; i++) analyseMinutes(hundred);
  for (const pages of SIZES) {
    const text = minutesOfPages(pages);
    const label = `analysis: ${pages} pages (${Math.round(text.length / 1000)} k chars)`;
    const target = pages === 100 ? { target: "< 50 ms" } : {};
    rows.push({ name: label, value: medianMs(() => analyseMinutes(text), 21), unit: "ms", ...target });
    cpu.set(
      pages,
      medianCpuMs(() => analyseMinutes(text), 21),
    );
    rows.push({ name: `${label}, CPU time`, value: cpu.get(pages)!, unit: "ms", ...target });
  }
  const varied = minutesOfPages(100, blindMinutes);
  for (let i = 0; i < 5; i++) analyseMinutes(varied);
  const variedLabel = `analysis: 100 pages of the blind sets' minutes (${blindMinutes.length} texts)`;
  rows.push({
    name: variedLabel,
    value: medianMs(() => analyseMinutes(varied), 11),
    unit: "ms",
    target: "< 50 ms",
  });
  rows.push({
    name: `${variedLabel}, CPU time`,
    value: medianCpuMs(() => analyseMinutes(varied), 11),
    unit: "ms",
    target: "< 50 ms",
  });
  rows.push({
    name: "analysis + review: 100 pages",
    value: medianMs(() => reviewMinutes(analyseMinutes(hundred)), 11),
    unit: "ms",
  });
  rows.push({
    name: "analysis: statements in 100 pages",
    value: analyseMinutes(hundred).statements.length,
    unit: "items",
  });
  for (const pages of SIZES.slice(1)) {
    rows.push({
      name: `analysis: CPU time ${pages} / 10 pages`,
      value: cpu.get(pages)! / cpu.get(10)!,
      unit: "ratio",
      target: `≈ ${pages / 10} (linear)`,
    });
  }
  rows.push(...hostileRows());
  return rows;
};

/** Hostile inputs (issue 11): each in a fresh process, with its time and the process's peak memory. */
function hostileRows(): BenchRow[] {
  const sizes: Record<HostileFamily, number> = {
    "roster token": 6000,
    "run of dots": 1_000_000,
    "wrapped lines": 1_000_000,
  };
  const script = resolve(import.meta.dirname, "hostile-analysis.ts");
  const rows: BenchRow[] = [];
  for (const family of Object.keys(HOSTILE_FAMILIES) as HostileFamily[]) {
    const size = sizes[family];
    const output = execFileSync(process.execPath, ["--import", "tsx", script, family, String(size)], {
      encoding: "utf8",
    });
    const { ms, peakMB } = JSON.parse(output) as { ms: number; peakMB: number };
    const name = `hostile: analysis + review, ${family} (${size.toLocaleString("en")} chars)`;
    rows.push({ name, value: ms, unit: "ms", target: "≤ 2000 ms" });
    rows.push({
      name: `${name}, peak memory of the process`,
      value: peakMB,
      unit: "MB",
      target: "≤ 1024 MB",
    });
  }
  return rows;
}
