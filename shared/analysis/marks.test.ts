import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { AnswerKey } from "../../test/harness/minutes-scoring";
import { minutesSet } from "../../test/harness/minutes-sets";
import { analyseMinutes } from "./analyse";
import { marksFromAnalysis, SEARCH_LIMIT } from "./marks";

const sets = minutesSet("insample").map((source) => ({
  name: source.name,
  text: readFileSync(source.path, "utf8"),
  key: JSON.parse(readFileSync(source.keyPath, "utf8")) as AnswerKey,
}));
const setKey = (orgs: readonly string[]) => [...orgs].sort().join("+");

describe("marksFromAnalysis on every keyed in-sample text", () => {
  it.each(sets.map((set) => [set.name, set]))(
    "%s: one group per organisation the key has statements of, one per set of unions that disagreed",
    (_, { text, key }) => {
      const groups = marksFromAnalysis(analyseMinutes(text));
      const statementOrgs = [...new Set(key.statements.map((s) => s.org))].sort();
      const dissentSets = [...new Set(key.disagreements.map((d) => setKey(d.orgs)))].sort();
      const offered = (kind: string) => groups.filter((g) => g.kind === kind).map((g) => setKey(g.orgs));
      expect(offered("statement").sort()).toEqual(statementOrgs);
      expect(offered("disagreement").sort()).toEqual(dissentSets);
    },
  );

  it.each(sets.map((set) => [set.name, set]))(
    "%s: each paragraph once per group, with a search text Word can take, found in the paragraph",
    (_, { text }) => {
      for (const group of marksFromAnalysis(analyseMinutes(text))) {
        const paragraphs = group.candidates.map((c) => c.paragraph);
        expect(new Set(paragraphs).size).toBe(paragraphs.length);
        for (const candidate of group.candidates) {
          expect(candidate.searchText.length).toBeLessThanOrEqual(SEARCH_LIMIT);
          expect(candidate.paragraphText).toContain(candidate.searchText);
          expect(candidate.text.startsWith(candidate.searchText)).toBe(true);
        }
      }
    },
  );

  it("names the unions jointly in Swedish and counts a group's paragraphs", () => {
    const groups = marksFromAnalysis(
      analyseMinutes(
        "Protokoll från gruppen den 3 mars 2025\n\n1. Schema\n\nFackliga pålyser vikten av scheman.\n\nDe fackliga vill ha svar i maj.",
      ),
    );
    expect(groups.map((g) => g.label)).toEqual(["Inspel från de fackliga organisationerna (2)"]);
  });
});
