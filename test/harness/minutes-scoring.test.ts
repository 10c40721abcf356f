import { describe, expect, it } from "vitest";
import { analyseMinutes } from "../../shared/analysis/analyse";
import { type AnswerKey, precision, recall, scoreAnalysis, unmatched } from "./minutes-scoring";

const analysis = analyseMinutes(`Protokoll från gruppen den 3 mars 2025

1. Schema
Vision menar att schemat är tätt. Kommunal håller med.
Vision menar att schemat är tätt.

Justeras
Per Ström för Vision`);

const key = (statements: AnswerKey["statements"]): AnswerKey => ({
  sections: [{ title: "Schema", group: null }],
  statements,
  disagreements: [],
  justering: [{ name: "Per Ström", org: "vision", note: null }],
});

describe("scoreAnalysis", () => {
  it("matches each key entry to one finding, by organisation and opening words", () => {
    const scores = scoreAnalysis(
      analysis,
      key([
        { org: "vision", section: "Schema", starts: "Vision menar att schemat" },
        { org: "vision", section: "Schema", starts: "Vision menar att schemat" },
        { org: "kommunal", section: "Fel", starts: "Kommunal håller med" },
        { org: "ssr", section: "Schema", starts: "SSR menar" },
      ]),
    );
    expect(scores.statements).toEqual({ expected: 4, found: 3, matched: 3, placed: 2 });
    expect(precision(scores.statements)).toBe(1);
    expect(recall(scores.statements)).toBe(0.75);
    expect(scores.sections).toEqual({ expected: 1, found: 1, matched: 1, placed: 1 });
    expect(scores.justering.matched).toBe(1);
  });

  it("does not match the right words under another organisation", () => {
    const scores = scoreAnalysis(
      analysis,
      key([{ org: "kommunal", section: "Schema", starts: "Vision menar" }]),
    );
    expect(scores.statements.matched).toBe(0);
  });

  it("lists the key entries not found and the findings no key entry has", () => {
    const lists = unmatched(
      analysis,
      key([
        { org: "vision", section: "Schema", starts: "Vision menar att schemat" },
        { org: "ssr", section: "Schema", starts: "SSR menar" },
      ]),
    );
    const statements = lists.find((list) => list.kind === "statements")!;
    expect(statements.missed).toEqual([{ org: "ssr", section: "Schema", starts: "SSR menar" }]);
    expect(statements.extra.map((s) => (s as { text: string }).text)).toEqual([
      "Kommunal håller med.",
      "Vision menar att schemat är tätt.",
    ]);
    expect(lists.find((list) => list.kind === "sections")).toEqual({
      kind: "sections",
      missed: [],
      extra: [],
    });
  });
});
