// Prints precision and recall per kind of the minutes analysis on the keyed sets:
//   npx tsx test/harness/score-minutes.ts [insample|blind|blind3|holdout ...] [--per-document]
// The held-out set is scored only when asked for by name.

import { precision, recall } from "./minutes-scoring";
import { KINDS, type MinutesSetName, minutesSet, minutesTotals, scoreMinutes } from "./minutes-sets";

const args = process.argv.slice(2);
const names = args.filter((arg) => !arg.startsWith("--")) as MinutesSetName[];
const round = (value: number) => Math.round(value * 1000) / 1000;

for (const name of names.length > 0 ? names : (["insample", "blind"] as const)) {
  const scored = scoreMinutes(minutesSet(name));
  const totals = minutesTotals(scored);
  console.log(`\n${name}: ${scored.length} texts`);
  console.table(
    Object.fromEntries(
      KINDS.map((kind) => {
        const s = totals[kind];
        const p = precision(s);
        const r = recall(s);
        return [
          kind,
          {
            expected: s.expected,
            found: s.found,
            matched: s.matched,
            precision: round(p),
            recall: round(r),
            f1: round(p + r === 0 ? 0 : (2 * p * r) / (p + r)),
            "placed right": round(s.matched === 0 ? 1 : s.placed / s.matched),
          },
        ];
      }),
    ),
  );
  console.table({ traps: totals.traps });
  if (args.includes("--per-document")) {
    console.table(
      Object.fromEntries(
        scored.map((file) => [
          file.name,
          {
            ...Object.fromEntries(
              KINDS.map((kind) => [
                kind,
                `${file.scores[kind].matched}/${file.scores[kind].expected}/${file.scores[kind].found}`,
              ]),
            ),
            "false oenighet": file.traps.falseDisagreements,
            traps: file.traps.trapsTaken,
          },
        ]),
      ),
    );
  }
}
