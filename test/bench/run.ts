// `npm run bench`: runs every registered benchmark and prints one table. Timing lives here, never in tests.
import { agendaBench } from "./agenda.bench";
import { agendaHostileBench } from "./agenda-hostile.bench";
import { analysisBench } from "./analysis.bench";
import { paneBench } from "./pane.bench";
import { sizeBench } from "./size.bench";
import type { Bench, BenchRow } from "./types";
import { wordBench } from "./word.bench";

const benches: Bench[] = [sizeBench, agendaBench, agendaHostileBench, analysisBench, paneBench, wordBench];

const rows: BenchRow[] = [];
for (const bench of benches) rows.push(...(await bench()));

const decimals: Record<BenchRow["unit"], number> = { ms: 2, "KB gzip": 1, KB: 1, ratio: 2, items: 0, MB: 0 };
const format = (row: BenchRow) => row.value.toFixed(decimals[row.unit]);
const header = "| benchmark | value | unit | target |\n|---|---:|---|---|";
console.log(header);
for (const row of rows) console.log(`| ${row.name} | ${format(row)} | ${row.unit} | ${row.target ?? ""} |`);
