import { expect, it } from "vitest";
import { describeExamples, readExample } from "../../test/harness/examples";
import { analyseMinutes } from "./analyse";
import { marksFromAnalysis, SEARCH_LIMIT } from "./marks";

describeExamples("marksFromAnalysis on example 004", () => {
  const example = readExample("004");
  it("groups statements per organisation and disagreements per set of unions, in order of appearance", () => {
    const groups = marksFromAnalysis(analyseMinutes(example));
    expect(groups.map((g) => [g.kind, g.orgs, g.label])).toEqual([
      ["statement", ["kommunal"], "Inspel från Kommunal (6)"],
      ["statement", ["sveriges-larare"], "Inspel från Sveriges Lärare (6)"],
      ["statement", ["saco"], "Inspel från Saco (6)"],
      ["statement", ["ssr"], "Inspel från Akademikerförbundet SSR (7)"],
      ["statement", ["arbetsgivaren"], "Inspel från arbetsgivaren (8)"],
      ["disagreement", ["kommunal"], "Oenighet för Kommunal (1)"],
    ]);
  });

  it("offers a paragraph once per group and a search text Word can take, found in the paragraph", () => {
    const analysis = analyseMinutes(example);
    const employer = marksFromAnalysis(analysis).find((g) => g.orgs[0] === "arbetsgivaren")!;
    // "SSR undrar … Arbetsgivaren redogjorde för detta." holds one employer statement; item 7 has two such paragraphs.
    const paragraphs = employer.candidates.map((c) => c.paragraph);
    expect(new Set(paragraphs).size).toBe(paragraphs.length);
    for (const group of marksFromAnalysis(analysis)) {
      for (const candidate of group.candidates) {
        expect(candidate.searchText.length).toBeLessThanOrEqual(SEARCH_LIMIT);
        expect(candidate.paragraphText).toContain(candidate.searchText);
        expect(candidate.text.startsWith(candidate.searchText)).toBe(true);
      }
    }
    const disagreement = marksFromAnalysis(analysis).at(-1)!.candidates[0]!;
    expect(disagreement.sectionTitle).toBe("Föranmälda frågor");
    expect(disagreement.searchText).toMatch(/^Kommunal menade att det är chefen/);
  });

  it("names the unions jointly in Swedish", () => {
    const groups = marksFromAnalysis(
      analyseMinutes(
        "Protokoll från gruppen den 3 mars 2025\n\n1. Schema\n\nFackliga pålyser vikten av scheman.",
      ),
    );
    expect(groups.map((g) => g.label)).toEqual(["Inspel från de fackliga organisationerna (1)"]);
  });
});
