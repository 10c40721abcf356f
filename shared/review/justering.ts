import { UNIONS_JOINTLY } from "../analysis/types";
import { t } from "../i18n/i18n";
import { EMPLOYER, type OrgId } from "../model/meeting";
import { orgDisplayName } from "../unions/resolve";
import type { DocumentModel, ModelDisagreement } from "./document-model";
import type { Finding } from "./types";

const DISSENT_NOTE = /oenig|reserv|protokollsanteckning/i;
const NO_ITEM = () => t("analysis.noSection");

export function orgLabel(org: OrgId): string {
  return org === UNIONS_JOINTLY ? t("analysis.unionsJointly") : orgDisplayName(org);
}

/** The disagreements the justering must answer for: the marks when they are known, else the text's. */
export function recordedDisagreements(model: DocumentModel): ModelDisagreement[] {
  return model.disagreements.filter((d) => d.source === "mark" || !model.marksKnown);
}

const where = (d: ModelDisagreement) => ({
  ...(d.item ? { section: d.item.title } : {}),
  ...(d.paragraph >= 0 ? { paragraph: d.paragraph } : {}),
  ...(d.markId ? { target: d.markId } : d.item?.markId ? { target: d.item.markId } : {}),
});

/**
 * The justering against the disagreements: a union that disagreed needs a justerare, and its oenighet noted
 * there, once per item; a note of oenighet needs its disagreement (marked, or at least in the text).
 */
function disagreementFindings(model: DocumentModel): Finding[] {
  const findings: Finding[] = [];
  // Minutes that name no justerare (a union's report), or not for whom, have no justering to compare with.
  if (!model.justerare.some((j) => j.org !== null)) return findings;
  const justerareOrgs = new Set(model.justerare.map((j) => j.org));
  const noted = new Set(
    model.justerare.filter((j) => j.org && j.note && DISSENT_NOTE.test(j.note)).map((j) => j.org as OrgId),
  );
  const reported = new Set<string>();
  for (const disagreement of recordedDisagreements(model)) {
    for (const org of disagreement.orgs) {
      const section = disagreement.item?.title ?? NO_ITEM();
      const withoutJusterare = org !== UNIONS_JOINTLY && !justerareOrgs.has(org);
      const covered = org === UNIONS_JOINTLY ? noted.size > 0 : noted.has(org);
      const id = withoutJusterare ? `j\u0000${org}` : `n\u0000${org}\u0000${section}`;
      if ((covered && !withoutJusterare) || reported.has(id)) continue;
      reported.add(id);
      findings.push(
        withoutJusterare
          ? {
              kind: "disagreement-without-justerare",
              message: t("analysis.finding.disagreementWithoutJusterare", { org: orgLabel(org), section }),
              hint: t("analysis.hint.disagreementWithoutJusterare", { org: orgLabel(org) }),
              ...where(disagreement),
            }
          : {
              kind: "disagreement-not-in-justering",
              message: t("analysis.finding.disagreementNotInJustering", { org: orgLabel(org), section }),
              hint: t("analysis.hint.disagreementNotInJustering", {
                org: orgLabel(org),
                section: section.toLocaleLowerCase("sv"),
              }),
              ...where(disagreement),
            },
      );
    }
  }
  const dissenting = new Set(model.disagreements.flatMap((d) => d.orgs));
  for (const entry of model.justerare) {
    if (!entry.org || !entry.note || !DISSENT_NOTE.test(entry.note)) continue;
    if (dissenting.has(entry.org) || dissenting.has(UNIONS_JOINTLY)) continue;
    findings.push({
      kind: "justering-note-without-disagreement",
      message: t("analysis.finding.justeringNoteWithoutDisagreement", {
        org: orgLabel(entry.org),
        note: entry.note,
      }),
      hint: t("analysis.hint.justeringNoteWithoutDisagreement"),
    });
  }
  return findings;
}

/**
 * The justerare against the roster: every union present needs one, and a justerare stands for a union that
 * was there (not one with förhinder).
 */
function rosterFindings(model: DocumentModel): Finding[] {
  const findings: Finding[] = [];
  const roster = model.roster;
  // Which justerare belongs to which union is known only when the lines name organisations.
  const justerareOrgs = new Set(
    model.justerare.map((j) => j.org).filter((org): org is OrgId => org !== null),
  );
  if (!roster || justerareOrgs.size === 0) return findings;
  const disagreeing = new Set(recordedDisagreements(model).flatMap((d) => d.orgs));
  for (const union of roster.unions) {
    if (union.org === EMPLOYER || justerareOrgs.has(union.org) || disagreeing.has(union.org)) continue;
    findings.push({
      kind: "union-without-justerare",
      message: t("core.justering.problem.unionWithoutJusterare", { org: orgLabel(union.org) }),
      hint: t("analysis.hint.unionWithoutJusterare", { org: orgLabel(union.org) }),
    });
  }
  const present = new Set(roster.unions.map((union) => union.org));
  const excused = new Set(roster.absent.map((absent) => absent.org));
  for (const entry of model.justerare) {
    if (!entry.org || entry.org === EMPLOYER || present.has(entry.org)) continue;
    if (!excused.has(entry.org) && roster.unions.length === 0) continue;
    findings.push({
      kind: "justerare-from-absent-union",
      message: t(
        excused.has(entry.org)
          ? "analysis.finding.justerareFromExcusedUnion"
          : "analysis.finding.justerareFromAbsentUnion",
        { name: entry.name, org: orgLabel(entry.org) },
      ),
      hint: t("analysis.hint.justerareFromAbsentUnion", { org: orgLabel(entry.org) }),
    });
  }
  return findings;
}

export function reviewJustering(model: DocumentModel): Finding[] {
  return [...disagreementFindings(model), ...rosterFindings(model)];
}
