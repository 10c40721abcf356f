// Prints precision and recall per kind of the minutes analysis on the keyed sets:
//   npx tsx test/harness/score-minutes.ts [insample|blind|blind3|blind4|blind5|blind6|blind7|blind8|blind9|blind10|blind11|holdout ...] [--per-document] [--misses]
// --misses lists, per document, the key entries not found and the findings no key entry has.
// The held-out set is scored only when asked for by name.

import { readFileSync } from "node:fs";
import { analyseMinutes } from "../../shared/analysis/analyse";
import { type AnswerKey, precision, recall, unmatched } from "./minutes-scoring";
import {
  KINDS,
  type MinutesSetName,
  type MinutesSource,
  minutesSet,
  minutesTotals,
  scoreMinutes,
} from "./minutes-sets";

const args = process.argv.slice(2);
const names = args.filter((arg) => !arg.startsWith("--")) as MinutesSetName[];
const round = (value: number) => Math.round(value * 1000) / 1000;

/** A finding or key entry on one line: its organisation(s), title or name, and the first words of its text. */
function brief(entry: unknown): string {
  const e = entry as Record<string, unknown>;
  const who = e.org ?? (Array.isArray(e.orgs) ? e.orgs.join("+") : undefined);
  const words = String(e.starts ?? e.text ?? e.title ?? e.name ?? "")
    .replace(/\s+/g, " ")
    .slice(0, 90);
  const where = e.section ?? e.sectionTitle ?? e.group ?? e.note;
  return [who, JSON.stringify(words), where === undefined ? "" : `(${String(where)})`]
    .filter(Boolean)
    .join(" ");
}

function printMisses(sources: readonly MinutesSource[]) {
  for (const { name, path, keyPath } of sources) {
    const key = JSON.parse(readFileSync(keyPath, "utf8")) as AnswerKey;
    const lines = unmatched(analyseMinutes(readFileSync(path, "utf8")), key).flatMap(
      ({ kind, missed, extra }) => [
        ...missed.map((entry) => `  ${kind} missed: ${brief(entry)}`),
        ...extra.map((entry) => `  ${kind} extra:  ${brief(entry)}`),
      ],
    );
    if (lines.length > 0) console.log(`\n${name}\n${lines.join("\n")}`);
  }
}

for (const name of names.length > 0 ? names : (["insample", "blind"] as const)) {
  const sources = minutesSet(name);
  const scored = scoreMinutes(sources);
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
  if (args.includes("--misses")) printMisses(sources);
}
