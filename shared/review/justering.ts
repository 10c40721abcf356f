import type { Analysis } from "../analysis/types";
import { UNIONS_JOINTLY } from "../analysis/types";
import { t } from "../i18n/i18n";
import { EMPLOYER, type OrgId, type Roster } from "../model/meeting";
import { orgDisplayName } from "../unions/resolve";
import type { Finding } from "./types";

const DISSENT_NOTE = /oenig|reserv|protokollsanteckning/i;

export function orgLabel(org: OrgId): string {
  return org === UNIONS_JOINTLY ? t("analysis.unionsJointly") : orgDisplayName(org);
}

/**
 * The justering block against the text: every disagreement must be noted at the justerare of its union, every
 * note must have its disagreement, and every union present needs a justerare.
 */
export function reviewJustering(analysis: Analysis, roster: Roster | null): Finding[] {
  const findings: Finding[] = [];
  const noted = new Set(
    analysis.justering.filter((j) => j.org && j.note && DISSENT_NOTE.test(j.note)).map((j) => j.org as OrgId),
  );
  const reported = new Set<string>();
  for (const disagreement of analysis.disagreements) {
    for (const org of disagreement.orgs) {
      const covered = org === UNIONS_JOINTLY ? noted.size > 0 : noted.has(org);
      const key = `${org}\u0000${disagreement.sectionTitle ?? ""}`;
      if (covered || reported.has(key)) continue;
      reported.add(key);
      const section = disagreement.sectionTitle ?? t("analysis.noSection");
      findings.push({
        kind: "disagreement-not-in-justering",
        message: t("analysis.finding.disagreementNotInJustering", { org: orgLabel(org), section }),
        hint: t("analysis.hint.disagreementNotInJustering", {
          org: orgLabel(org),
          section: section.toLocaleLowerCase("sv"),
        }),
        ...(disagreement.sectionTitle ? { section: disagreement.sectionTitle } : {}),
        paragraph: disagreement.paragraph,
      });
    }
  }
  const dissenting = new Set(analysis.disagreements.flatMap((d) => d.orgs));
  for (const entry of analysis.justering) {
    if (!entry.org || !entry.note || !DISSENT_NOTE.test(entry.note)) continue;
    if (dissenting.has(entry.org) || dissenting.has(UNIONS_JOINTLY)) continue;
    findings.push({
      kind: "justering-note-without-disagreement",
      message: t("analysis.finding.justeringNoteWithoutDisagreement", {
        org: orgLabel(entry.org),
        note: entry.note,
      }),
      hint: t("analysis.hint.justeringNoteWithoutDisagreement"),
      paragraph: entry.paragraph,
    });
  }
  // Which justerare belongs to which union is known only when the lines name organisations.
  const justerareOrgs = new Set(
    analysis.justering.map((j) => j.org).filter((org): org is OrgId => org !== null),
  );
  if (roster && justerareOrgs.size > 0) {
    for (const union of roster.unions) {
      if (union.org === EMPLOYER || justerareOrgs.has(union.org)) continue;
      findings.push({
        kind: "union-without-justerare",
        message: t("analysis.finding.unionWithoutJusterare", { org: orgLabel(union.org) }),
        hint: t("analysis.hint.unionWithoutJusterare", { org: orgLabel(union.org) }),
      });
    }
  }
  return findings;
}
