import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { EXAMPLES_DIR, exampleNames, hasExamples } from "../../test/harness/examples";
import {
  type AnswerKey,
  addScores,
  type Kind,
  type KindScore,
  precision,
  recall,
  scoreAnalysis,
} from "../../test/harness/minutes-scoring";
import { analyseMinutes } from "./analyse";

// The five real examples (read in place, never copied, when they are beside the clone) and the invented
// minutes, each with a hand-written key.
const root = resolve(import.meta.dirname, "../..");
if (!hasExamples)
  console.info("accuracy: scoring the invented minutes only (../shared/examples/minutes is not here)");
const sources = [
  ...exampleNames().map((f) => join(EXAMPLES_DIR, f)),
  ...readdirSync(resolve(root, "test/fixtures/minutes")).map((f) => join(root, "test/fixtures/minutes", f)),
];
const kinds: Kind[] = ["sections", "statements", "disagreements", "justering"];
const empty: KindScore = { expected: 0, found: 0, matched: 0, placed: 0 };

const perFile = sources.map((path) => {
  const name = path.split("/").pop()!;
  const key = JSON.parse(
    readFileSync(join(root, "test/fixtures/answers", `${name}.json`), "utf8"),
  ) as AnswerKey;
  return { name, scores: scoreAnalysis(analyseMinutes(readFileSync(path, "utf8")), key) };
});
const totals = Object.fromEntries(
  kinds.map((kind) => [kind, perFile.reduce((sum, file) => addScores(sum, file.scores[kind]), empty)]),
) as Record<Kind, KindScore>;

const round = (value: number) => Math.round(value * 1000) / 1000;

describe("analysis against the hand-written answer keys", () => {
  it("reports precision and recall per kind", () => {
    console.table(
      Object.fromEntries(
        kinds.map((kind) => {
          const s = totals[kind];
          return [
            kind,
            {
              expected: s.expected,
              found: s.found,
              matched: s.matched,
              precision: round(precision(s)),
              recall: round(recall(s)),
              "section/group right": round(s.matched === 0 ? 1 : s.placed / s.matched),
            },
          ];
        }),
      ),
    );
    console.table(
      Object.fromEntries(
        perFile.map((file) => [
          file.name,
          Object.fromEntries(
            kinds.map((kind) => [
              kind,
              `${file.scores[kind].matched}/${file.scores[kind].expected}/${file.scores[kind].found}`,
            ]),
          ),
        ]),
      ),
    );
    expect(sources.length).toBeGreaterThanOrEqual(hasExamples ? 9 : 4);
  });

  it("finds statements with precision and recall of at least 0.9", () => {
    expect(precision(totals.statements)).toBeGreaterThanOrEqual(0.9);
    expect(recall(totals.statements)).toBeGreaterThanOrEqual(0.9);
  });

  it("puts at least 0.9 of the statements it finds under the right item", () => {
    expect(totals.statements.placed / totals.statements.matched).toBeGreaterThanOrEqual(0.9);
  });

  it("finds every disagreement", () => {
    expect(recall(totals.disagreements)).toBe(1);
    expect(totals.disagreements.placed).toBe(totals.disagreements.matched);
  });

  it("reads every justerare with its organisation and annotation", () => {
    expect(recall(totals.justering)).toBe(1);
    expect(precision(totals.justering)).toBe(1);
    expect(totals.justering.placed).toBe(totals.justering.matched);
  });

  it("recovers the sections", () => {
    expect(recall(totals.sections)).toBeGreaterThanOrEqual(0.9);
    expect(precision(totals.sections)).toBeGreaterThanOrEqual(0.9);
  });
});
