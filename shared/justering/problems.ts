import { t } from "../i18n/i18n";
import { type Disagreement, EMPLOYER, type Meeting, type OrgId } from "../model/meeting";
import { orgDisplayName } from "../unions/resolve";

export type JusteringProblemKind =
  /** A party at the meeting has no justerare, so it cannot approve the minutes. */
  | "missingJusterare"
  /** A union disagreed but has no justerare: its oenighet would not appear in the justering. */
  | "disagreementWithoutJusterare"
  /** Two justerare for one party; the minutes name one per party. */
  | "duplicateJusterare";

export interface JusteringProblem {
  kind: JusteringProblemKind;
  org: OrgId;
  /** Swedish (or English) text for the review list. */
  message: string;
}

/** What to fix before the justering: checked against the roster and the marked disagreements. */
export function justeringProblems(
  meeting: Pick<Meeting, "roster" | "justerare">,
  disagreements: readonly Disagreement[],
): JusteringProblem[] {
  const problems: JusteringProblem[] = [];
  const counts = new Map<OrgId, number>();
  for (const person of meeting.justerare) counts.set(person.org, (counts.get(person.org) ?? 0) + 1);
  const add = (kind: JusteringProblemKind, org: OrgId) =>
    problems.push({ kind, org, message: t(`core.justering.problem.${kind}`, { org: orgDisplayName(org) }) });

  const present = [
    ...(meeting.roster.employer.length > 0 ? [EMPLOYER] : []),
    ...meeting.roster.unions.filter((delegation) => delegation.people.length > 0).map((d) => d.org),
  ];
  const disagreeing = new Set(disagreements.flatMap((d) => d.orgs));
  // A disagreeing union without a justerare is the graver problem; it is reported once, as that.
  for (const org of disagreeing) if (!counts.has(org)) add("disagreementWithoutJusterare", org);
  for (const org of new Set(present)) {
    if (!counts.has(org) && !disagreeing.has(org)) add("missingJusterare", org);
  }
  for (const [org, count] of counts) if (count > 1) add("duplicateJusterare", org);
  return problems;
}
