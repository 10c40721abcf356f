// `npm run bench`: runs every registered benchmark and prints one table. Timing lives here, never in tests.
// `npm run bench -- analysis word` runs only the named ones.
import { agendaBench } from "./agenda.bench";
import { agendaHostileBench } from "./agenda-hostile.bench";
import { analysisBench } from "./analysis.bench";
import { paneBench } from "./pane.bench";
import { sizeBench } from "./size.bench";
import type { Bench, BenchRow } from "./types";
import { wordBench } from "./word.bench";

const benches: Record<string, Bench> = {
  size: sizeBench,
  agenda: agendaBench,
  "agenda-hostile": agendaHostileBench,
  analysis: analysisBench,
  pane: paneBench,
  word: wordBench,
};
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in benches));
if (unknown.length > 0)
  throw new Error(`Unknown bench ${unknown.join(", ")}: one of ${Object.keys(benches).join(", ")}`);

const rows: BenchRow[] = [];
for (const [name, bench] of Object.entries(benches)) {
  if (asked.length === 0 || asked.includes(name)) rows.push(...(await bench()));
}

const decimals: Record<BenchRow["unit"], number> = { ms: 2, "KB gzip": 1, KB: 1, ratio: 2, items: 0, MB: 0 };
const format = (row: BenchRow) => row.value.toFixed(decimals[row.unit]);
const header = "| benchmark | value | unit | target |\n|---|---:|---|---|";
console.log(header);
for (const row of rows) console.log(`| ${row.name} | ${format(row)} | ${row.unit} | ${row.target ?? ""} |`);
