import { describe, expect, it } from "vitest";
import { growthRatio } from "../../test/harness/growth";
import { reviewMinutes } from "../review/review";
import { analyseMinutes } from "./analyse";
import { splitSentences } from "./sentences";

// Scaling properties on adversarial families (runs of one character class, long tokens, many short lines):
// doubling the input may at most triple the cost. Quadratic code gives 4, the roster line's old pattern 8.
const LIMIT = 3;
const slow = { timeout: 120_000 };
const heading = "Protokoll från samverkansgruppen den 3 mars 2025\n1. Schema\n";

const families: [string, (n: number) => string, number][] = [
  ["a capitalised token after Närvarande", (n) => `Närvarande:\nA${"a".repeat(n)}x1`, 1000],
  ["a token of hyphens under Förhinder", (n) => `Förhinder:\n${"-".repeat(n)}x1`, 1000],
  ["a run of full stops", (n) => `${heading}a${".".repeat(n)}`, 20_000],
  ["a run of ellipses after Närvarande", (n) => `Närvarande:\n${"…".repeat(n)}`, 20_000],
  ["a run of full stops after Närvarande", (n) => `Närvarande:\n${".".repeat(n)}`, 20_000],
  ["many dash lines after Justeras", (n) => `Justeras\n${"-\n".repeat(n)}`, 4000],
  ["many dates in one paragraph", (n) => `${heading}${"den 1 mars ".repeat(n)}`, 2000],
  ["many numbered items after Närvarande", (n) => `Närvarande:\n${"1. A\n".repeat(n)}`, 2000],
  // Round 8's clause patterns: spaces not followed by "men" in a sentence that has one elsewhere.
  [
    "a run of spaces in contrasted dissent",
    (n) => `${heading}Vision avstyrker${" ".repeat(n)}x; men Seko.`,
    20_000,
  ],
  [
    "a run of spaces after denied dissent",
    (n) => `${heading}Seko är inte oense${" ".repeat(n)}x men vill.`,
    20_000,
  ],
  [
    "many wrapped lines of one paragraph",
    (n) => `${heading}${"och ordet fortsätter på raden\n".repeat(n)}`,
    4000,
  ],
];

describe("analysis and review grow linearly on hostile input", () => {
  it.each(families)(
    "%s",
    (_, make, n) => {
      expect(growthRatio(make, (text) => reviewMinutes(analyseMinutes(text)), n)).toBeLessThanOrEqual(LIMIT);
    },
    slow.timeout,
  );

  it(
    "splitSentences on a run of dots and of dot-space pairs",
    () => {
      expect(growthRatio((n) => ".".repeat(n), splitSentences, 100_000)).toBeLessThanOrEqual(LIMIT);
      expect(growthRatio((n) => "a. ".repeat(n), splitSentences, 50_000)).toBeLessThanOrEqual(LIMIT);
      expect(growthRatio((n) => `A${"!?".repeat(n)} B`, splitSentences, 50_000)).toBeLessThanOrEqual(LIMIT);
    },
    slow.timeout,
  );
});
