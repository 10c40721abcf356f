import { t } from "../i18n/i18n";
import type { OrgId } from "../model/meeting";
import { orgDisplayName } from "../unions/resolve";
import type { Analysis } from "./types";
import { UNIONS_JOINTLY } from "./types";

/** Word's search takes at most 255 characters; a shorter opening is still unique within a paragraph. */
export const SEARCH_LIMIT = 200;

/** One paragraph the pane can turn into a content-control mark. */
export interface MarkCandidate {
  kind: "statement" | "disagreement";
  orgs: OrgId[];
  sectionTitle?: string;
  /** What the party said (or the sentence recording the dissent). */
  text: string;
  /** The whole paragraph as analysed, to compare with Word's paragraph text. */
  paragraphText: string;
  /** The opening of the text, short enough for Word's body search. */
  searchText: string;
  /** Paragraph index in the analysed text. */
  paragraph: number;
}

/** Candidates of one kind and one party, offered together so the user confirms them in one step. */
export interface MarkGroup {
  kind: "statement" | "disagreement";
  orgs: OrgId[];
  /** Swedish label for the pane, e.g. "Inspel från Akademikerförbundet SSR (7)". */
  label: string;
  candidates: MarkCandidate[];
}

function orgName(org: OrgId): string {
  return org === UNIONS_JOINTLY ? t("analysis.unionsJointly") : orgDisplayName(org);
}

function search(text: string): string {
  if (text.length <= SEARCH_LIMIT) return text;
  const cut = text.lastIndexOf(" ", SEARCH_LIMIT);
  return text.slice(0, cut > SEARCH_LIMIT / 2 ? cut : SEARCH_LIMIT);
}

/**
 * The statements and disagreements of an analysis as groups of marks for the pane ("Läs in befintligt
 * protokoll"): one group per organisation for statements, one per set of unions for disagreements, in the
 * order they first occur. A paragraph holding two statements of one party is offered once.
 */
export function marksFromAnalysis(analysis: Analysis): MarkGroup[] {
  const groups = new Map<string, Omit<MarkGroup, "label">>();
  const offered = new Set<string>();
  const add = (candidate: MarkCandidate) => {
    const key = `${candidate.kind}:${candidate.orgs.join(",")}`;
    const group = groups.get(key) ?? { kind: candidate.kind, orgs: candidate.orgs, candidates: [] };
    groups.set(key, group);
    const paragraphKey = `${key}:${candidate.paragraph}`;
    if (offered.has(paragraphKey)) return;
    offered.add(paragraphKey);
    group.candidates.push(candidate);
  };
  const candidate = (
    kind: MarkCandidate["kind"],
    orgs: OrgId[],
    found: { sectionTitle?: string; text: string; paragraphText: string; paragraph: number },
  ): MarkCandidate => ({
    kind,
    orgs,
    ...(found.sectionTitle ? { sectionTitle: found.sectionTitle } : {}),
    text: found.text,
    paragraphText: found.paragraphText,
    searchText: search(found.text),
    paragraph: found.paragraph,
  });
  for (const s of analysis.statements) add(candidate("statement", [s.org], s));
  for (const d of analysis.disagreements) add(candidate("disagreement", d.orgs, d));
  return [...groups.values()].map((group) => ({
    ...group,
    label: t(group.kind === "statement" ? "analysis.marks.statements" : "analysis.marks.disagreements", {
      orgs: group.orgs.map(orgName).join(", "),
      count: group.candidates.length,
    }),
  }));
}
