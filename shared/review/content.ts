import type { AnalysedSection, Analysis } from "../analysis/types";
import { UNIONS_JOINTLY } from "../analysis/types";
import { t } from "../i18n/i18n";
import { EMPLOYER, type Roster } from "../model/meeting";
import { orgLabel } from "./justering";
import type { Finding } from "./types";

function level(section: AnalysedSection): number {
  if (section.number) return section.number.startsWith("§") ? 1 : section.number.split(".").length;
  return 9;
}

/**
 * A heading without text is a mistake only where the layout says so: a numbered or marked-up item followed
 * by an item of the same or a higher level, or the last heading of the minutes. A plain heading followed by
 * another heading introduces sub-items, and items listed under an MBL § 19 part are information only.
 */
function isEmpty(sections: readonly AnalysedSection[], index: number): boolean {
  const section = sections[index]!;
  if (section.bodyParagraphs > 0 || section.group === "mbl19") return false;
  const next = sections[index + 1];
  if (!next) return true;
  return section.structured && next.structured && level(next) <= level(section);
}

export function reviewContent(analysis: Analysis, roster: Roster | null): Finding[] {
  const findings: Finding[] = [];
  analysis.sections.forEach((section, index) => {
    if (!isEmpty(analysis.sections, index)) return;
    findings.push({
      kind: "empty-section",
      message: t("analysis.finding.emptySection", { section: section.title }),
      hint: t("analysis.hint.emptySection"),
      section: section.title,
      paragraph: section.paragraph,
    });
  });
  for (const block of analysis.emptyBlocks) {
    const section = block.sectionTitle ?? t("analysis.noSection");
    findings.push({
      kind: "empty-block",
      message: t("analysis.finding.emptyBlock", { block: block.title, section }),
      hint: t("analysis.hint.emptyBlock"),
      ...(block.sectionTitle ? { section: block.sectionTitle } : {}),
      paragraph: block.paragraph,
    });
  }
  for (const placeholder of analysis.placeholders) {
    findings.push({
      kind: "placeholder",
      message: t("analysis.finding.placeholder", { text: placeholder.text }),
      hint: t("analysis.hint.placeholder"),
      ...(placeholder.sectionTitle ? { section: placeholder.sectionTitle } : {}),
      paragraph: placeholder.paragraph,
    });
  }
  if (roster && roster.unions.length > 0) {
    const present = new Set(roster.unions.map((u) => u.org));
    const excused = new Set(roster.absent.map((a) => a.org));
    const reported = new Set<string>();
    for (const statement of analysis.statements) {
      const org = statement.org;
      if (org === EMPLOYER || org === UNIONS_JOINTLY || present.has(org) || reported.has(org)) continue;
      reported.add(org);
      findings.push({
        kind: "statement-from-absent-union",
        message: t(
          excused.has(org)
            ? "analysis.finding.statementFromExcusedUnion"
            : "analysis.finding.statementFromAbsentUnion",
          {
            org: orgLabel(org),
          },
        ),
        hint: t("analysis.hint.statementFromAbsentUnion", { org: orgLabel(org) }),
        ...(statement.sectionTitle ? { section: statement.sectionTitle } : {}),
        paragraph: statement.paragraph,
      });
    }
  }
  return findings;
}
