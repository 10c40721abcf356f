import type { MarkCandidate, MarkGroup } from "../../../shared/analysis/marks";
import type { Analysis } from "../../../shared/analysis/types";
import { normaliseForMatch } from "../../../shared/document/paragraph-match";
import type { OrgId } from "../../../shared/model/meeting";
import type { DocumentIndex, ParagraphMark } from "../../word/ops";

/** A group's identity across re-reads of the document: its kind and its organisations. */
export const groupKey = (group: Pick<MarkGroup, "kind" | "orgs">) => `${group.kind}:${group.orgs.join("+")}`;

const sameOrgs = (a: readonly OrgId[], b: readonly OrgId[]) =>
  a.length === b.length && a.every((org) => b.includes(org));

/** Whether the document already has this mark: same kind and organisations, over text holding the candidate's. */
export function alreadyMarked(candidate: MarkCandidate, index: DocumentIndex): boolean {
  const wanted = normaliseForMatch(candidate.searchText);
  const holds = (text: string) => normaliseForMatch(text).includes(wanted);
  return candidate.kind === "statement"
    ? index.statements.some((s) => candidate.orgs.includes(s.org) && holds(s.text))
    : index.disagreements.some((d) => sameOrgs(d.orgs, candidate.orgs) && holds(d.text));
}

/**
 * The marks to add for the chosen groups, leaving out those the document already has. The analysed text is
 * Word's body text, one line per paragraph, so a paragraph's line is where Word has it (the hint). Each mark
 * carries the item the analysis found it under: such minutes have no section controls to say it.
 */
export function marksToAdd(
  groups: readonly MarkGroup[],
  chosen: ReadonlySet<string>,
  analysis: Pick<Analysis, "paragraphs">,
  index: DocumentIndex,
): { marks: ParagraphMark[]; skipped: number } {
  const marks: ParagraphMark[] = [];
  let skipped = 0;
  for (const group of groups) {
    if (!chosen.has(groupKey(group))) continue;
    for (const candidate of group.candidates) {
      if (alreadyMarked(candidate, index)) {
        skipped++;
        continue;
      }
      const line = analysis.paragraphs[candidate.paragraph]?.line;
      marks.push({
        kind: candidate.kind,
        orgs: candidate.orgs,
        searchText: candidate.searchText,
        ...(line ? { paragraphIndexHint: line - 1 } : {}),
        ...(candidate.sectionTitle ? { sectionTitle: candidate.sectionTitle } : {}),
      });
    }
  }
  return { marks, skipped };
}

/** The first words of a text, for listing a candidate in a narrow pane. */
export function openingWords(text: string, words = 8): string {
  const all = text.trim().split(/\s+/);
  return all.length > words ? `${all.slice(0, words).join(" ")} …` : all.join(" ");
}
