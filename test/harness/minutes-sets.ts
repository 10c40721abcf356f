import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { analyseMinutes } from "../../shared/analysis/analyse";
import { EXAMPLES_DIR, exampleNames } from "./examples";
import {
  type AnswerKey,
  addScores,
  type Kind,
  type KindScore,
  scoreAnalysis,
  scoreTraps,
  type TrapScore,
} from "./minutes-scoring";

const FIXTURES = resolve(import.meta.dirname, "../fixtures");

export interface MinutesSource {
  name: string;
  path: string;
  keyPath: string;
}

/**
 * The keyed minutes: in-sample (the public examples, when beside the clone, and the invented minutes the rules
 * were written from), blind (written by a helper that had not read the analysis; measured, not tuned to),
 * blind3 to blind41 (further such sets, each written while the one before was read; the newest are scored by the
 * lead only) and held out (scored at the start and the end).
 */
export type MinutesSetName =
  | "insample"
  | "blind"
  | "blind3"
  | "blind4"
  | "blind5"
  | "blind6"
  | "blind7"
  | "blind8"
  | "blind9"
  | "blind10"
  | "blind11"
  | "blind12"
  | "blind13"
  | "blind14"
  | "blind15"
  | "blind16"
  | "blind17"
  | "blind18"
  | "blind19"
  | "blind20"
  | "blind21"
  | "blind22"
  | "blind23"
  | "blind24"
  | "blind25"
  | "blind26"
  | "blind27"
  | "blind28"
  | "blind29"
  | "blind30"
  | "blind31"
  | "blind32"
  | "blind33"
  | "blind34"
  | "blind35"
  | "blind36"
  | "blind37"
  | "blind38"
  | "blind39"
  | "blind40"
  | "blind41"
  | "holdout";

export function minutesSet(name: MinutesSetName): MinutesSource[] {
  const folder = (dir: string, keys: string) =>
    readdirSync(dir)
      .filter((file) => /\.(txt|md)$/.test(file) && file !== "README.md")
      .sort()
      .map((file) => ({ name: file, path: join(dir, file), keyPath: join(keys, `${file}.json`) }));
  if (name === "insample") {
    return [
      ...exampleNames().map((file) => ({
        name: file,
        path: join(EXAMPLES_DIR, file),
        keyPath: join(FIXTURES, "answers", `${file}.json`),
      })),
      ...folder(join(FIXTURES, "minutes"), join(FIXTURES, "answers")),
    ];
  }
  // Every other set is a folder `minutes-<name>` with its keys in `answers/` inside it.
  const dir = join(FIXTURES, `minutes-${name}`);
  return folder(dir, join(dir, "answers"));
}

export const KINDS: Kind[] = ["sections", "statements", "disagreements", "justering"];

export interface ScoredMinutes {
  name: string;
  scores: Record<Kind, KindScore>;
  traps: TrapScore;
}

export function scoreMinutes(sources: readonly MinutesSource[]): ScoredMinutes[] {
  return sources.map(({ name, path, keyPath }) => {
    const key = JSON.parse(readFileSync(keyPath, "utf8")) as AnswerKey;
    const analysis = analyseMinutes(readFileSync(path, "utf8"));
    return { name, scores: scoreAnalysis(analysis, key), traps: scoreTraps(analysis, key) };
  });
}

export function minutesTotals(
  scored: readonly ScoredMinutes[],
): Record<Kind, KindScore> & { traps: TrapScore } {
  const empty: KindScore = { expected: 0, found: 0, matched: 0, placed: 0 };
  const sum = Object.fromEntries(
    KINDS.map((kind) => [kind, scored.reduce((total, file) => addScores(total, file.scores[kind]), empty)]),
  ) as Record<Kind, KindScore>;
  const traps = scored.reduce<TrapScore>(
    (total, file) => ({
      agreementsAsDisagreement: total.agreementsAsDisagreement + file.traps.agreementsAsDisagreement,
      trapsTaken: total.trapsTaken + file.traps.trapsTaken,
      falseDisagreements: total.falseDisagreements + file.traps.falseDisagreements,
    }),
    { agreementsAsDisagreement: 0, trapsTaken: 0, falseDisagreements: 0 },
  );
  return { ...sum, traps };
}
