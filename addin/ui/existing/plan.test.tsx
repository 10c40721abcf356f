import { describe, expect, it } from "vitest";
import type { MarkCandidate, MarkGroup } from "../../../shared/analysis/marks";
import { emptyIndex } from "../testing/fake-ops";
import { alreadyMarked, groupKey, marksToAdd, openingWords } from "./plan";

// Pure helpers of "Läs in befintligt protokoll" and the review list (in .tsx: the component project's pattern).

const candidate = (kind: MarkCandidate["kind"], orgs: string[], text: string, paragraph: number) => ({
  kind,
  orgs,
  text,
  paragraphText: text,
  searchText: text,
  paragraph,
});

describe("alreadyMarked and marksToAdd", () => {
  const statement = candidate("statement", ["kommunal"], "Kommunal vill ha en uppföljning.", 2);
  const dissent = {
    ...candidate("disagreement", ["vision", "kommunal"], "Facken är oeniga om beslutet.", 4),
    sectionTitle: "4. Beslut",
  };
  const groups: MarkGroup[] = [
    { kind: "statement", orgs: ["kommunal"], label: "Inspel från Kommunal (1)", candidates: [statement] },
    { kind: "disagreement", orgs: ["vision", "kommunal"], label: "Oenighet (1)", candidates: [dissent] },
  ];
  const paragraphs = [1, 3, 3, 6, 9].map((line) => ({ text: "", line, kind: "body" as const }));

  it("counts a mark as present for the same organisations over text holding the candidate's", () => {
    const index = emptyIndex();
    index.disagreements = [
      { id: "9", orgs: ["kommunal", "vision"], text: "4. Beslut\rFacken är oeniga om beslutet." },
    ];
    expect(alreadyMarked(dissent, index)).toBe(true);
    index.disagreements = [{ id: "9", orgs: ["kommunal"], text: "Facken är oeniga om beslutet." }];
    expect(alreadyMarked(dissent, index)).toBe(false);
    index.statements = [{ id: "8", org: "vision", text: "Kommunal vill ha en uppföljning." }];
    expect(alreadyMarked(statement, index)).toBe(false);
  });

  it("takes the chosen groups only, with each candidate's Word paragraph as the hint and its item", () => {
    const all = new Set(groups.map(groupKey));
    expect(marksToAdd(groups, all, { paragraphs }, emptyIndex()).marks).toEqual([
      { kind: "statement", orgs: ["kommunal"], searchText: statement.searchText, paragraphIndexHint: 2 },
      {
        kind: "disagreement",
        orgs: ["vision", "kommunal"],
        searchText: dissent.searchText,
        paragraphIndexHint: 8,
        sectionTitle: "4. Beslut",
      },
    ]);
    const onlyDissent = new Set([groupKey(groups[1]!)]);
    expect(marksToAdd(groups, onlyDissent, { paragraphs }, emptyIndex()).marks.map((m) => m.kind)).toEqual([
      "disagreement",
    ]);
  });
});

describe("openingWords", () => {
  it("keeps short texts and cuts long ones after a number of words", () => {
    expect(openingWords("  Kort text. ")).toBe("Kort text.");
    expect(openingWords("ett två tre fyra fem", 3)).toBe("ett två tre …");
  });
});
