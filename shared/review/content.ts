import type { AnalysedSection } from "../analysis/types";
import { UNIONS_JOINTLY } from "../analysis/types";
import { t } from "../i18n/i18n";
import { EMPLOYER } from "../model/meeting";
import type { DocumentModel, Item } from "./document-model";
import { orgLabel } from "./justering";
import type { Finding } from "./types";

/** How many names a finding that stands for several lists before "…". */
const LISTED = 3;
const listed = (titles: readonly string[]) =>
  titles
    .slice(0, LISTED)
    .map((title) => `”${title}”`)
    .join(", ") + (titles.length > LISTED ? " …" : "");

const at = (item: Item | null, paragraph?: number) => ({
  ...(item ? { section: item.title } : {}),
  ...(paragraph !== undefined && paragraph >= 0 ? { paragraph } : {}),
  ...(item?.markId ? { target: item.markId } : {}),
});

/** "Föredragande: HR-chef" and block headings are scaffolding: an item with nothing else is empty. */
const SCAFFOLDING = /^(?:föredragande|ansvarig|presenteras av)\s*:/i;

function level(section: AnalysedSection): number {
  if (section.number) return section.number.startsWith("§") ? 1 : section.number.split(".").length;
  return 9;
}

/**
 * Items without text. With marked items: nothing but scaffolding between its heading and the next item, and
 * no mark in it. From the text alone, only where the layout says so: a numbered or marked-up item followed
 * by one of the same or a higher level, or the last heading; not a plain heading over sub-items, nor items
 * listed under an MBL § 19 part (information only).
 */
function emptyItems(model: DocumentModel): Item[] {
  const { analysis } = model;
  if (model.items.every((item) => item.markId === null)) {
    const sections = analysis.sections;
    const itemOf = new Map(model.items.map((item) => [item.paragraph, item]));
    return sections
      .filter((section, index) => {
        if (section.bodyParagraphs > 0 || section.group === "mbl19") return false;
        const next = sections[index + 1];
        return !next || (section.structured && next.structured && level(next) <= level(section));
      })
      .map((section) => itemOf.get(section.paragraph))
      .filter((item) => item !== undefined);
  }
  const placed = model.items.filter((item) => item.paragraph >= 0).sort((a, b) => a.paragraph - b.paragraph);
  const marked = new Set(
    [...model.statements, ...model.disagreements].filter((m) => m.source === "mark").map((m) => m.item),
  );
  return placed.filter((item, index) => {
    if (marked.has(item)) return false;
    const end = placed[index + 1]?.paragraph ?? analysis.paragraphs.length;
    for (let p = item.paragraph + 1; p < end; p++) {
      const { text: written, kind } = analysis.paragraphs[p]!;
      const text = written.trim();
      // The justering, the roster and page furniture after an item are not its content.
      if (kind !== "body" && kind !== "heading") continue;
      if (text === "" || SCAFFOLDING.test(text)) continue;
      // Any text, also a deliberate "–", is the item's content.
      return false;
    }
    // The justering and the roster are items of their own kind, never empty for want of text.
    return !/^(?:justering|närvarande|deltagare)\b/i.test(item.title);
  });
}

function emptyFindings(model: DocumentModel, final: boolean): Finding[] {
  const empty = emptyItems(model);
  const emptySet = new Set(empty);
  const blocks = model.analysis.emptyBlocks
    .map((block) => ({ block, item: model.itemAt(block.paragraph) }))
    // An empty item is one finding: its empty "Fackliga inspel" is part of it.
    .filter(({ item }) => !item || !emptySet.has(item));
  const findings: Finding[] = [];
  if (final || empty.length === 1) {
    for (const item of empty) {
      findings.push({
        kind: "empty-section",
        message: t("analysis.finding.emptySection", { section: item.title }),
        hint: t("analysis.hint.emptySection"),
        ...at(item, item.paragraph),
      });
    }
  } else if (empty.length > 1) {
    findings.push({
      kind: "empty-sections",
      message: t("analysis.finding.emptySections", {
        count: empty.length,
        sections: listed(empty.map((i) => i.title)),
      }),
      hint: t("analysis.hint.emptySections"),
    });
  }
  if (final || blocks.length === 1) {
    for (const { block, item } of blocks) {
      const section = item?.title ?? t("analysis.noSection");
      findings.push({
        kind: "empty-block",
        message: t("analysis.finding.emptyBlock", { block: block.title, section }),
        hint: t("analysis.hint.emptyBlock"),
        ...at(item, block.paragraph),
      });
    }
  } else if (blocks.length > 1) {
    const titles = [...new Set(blocks.map(({ block }) => block.title))];
    findings.push({
      kind: "empty-blocks",
      message: t("analysis.finding.emptyBlocks", { count: blocks.length, blocks: listed(titles) }),
      hint: t("analysis.hint.emptyBlocks"),
    });
  }
  return findings;
}

/** Each placeholder once, with how often it stands in the minutes and the first place it does. */
function placeholderFindings(model: DocumentModel): Finding[] {
  const byText = new Map<string, number[]>();
  for (const placeholder of model.analysis.placeholders) {
    byText.set(placeholder.text, [...(byText.get(placeholder.text) ?? []), placeholder.paragraph]);
  }
  return [...byText].map(([text, paragraphs]) => {
    const item = model.itemAt(paragraphs[0]!);
    const count = paragraphs.length;
    const message = item
      ? count > 1
        ? t("analysis.finding.placeholders", { text, count, section: item.title })
        : t("analysis.finding.placeholderAt", { text, section: item.title })
      : count > 1
        ? t("analysis.finding.placeholdersInOpening", { text, count })
        : t("analysis.finding.placeholderInOpening", { text });
    return {
      kind: "placeholder" as const,
      message,
      hint: t("analysis.hint.placeholder"),
      ...at(item, paragraphs[0]),
    };
  });
}

/** A statement (marked, or the text's when no marks are known) of a union not at the meeting. */
function absentUnionFindings(model: DocumentModel): Finding[] {
  const roster = model.roster;
  if (!roster || roster.unions.length === 0) return [];
  const present = new Set(roster.unions.map((u) => u.org));
  const excused = new Set(roster.absent.map((a) => a.org));
  const reported = new Set<string>();
  const findings: Finding[] = [];
  for (const statement of model.statements) {
    if (statement.source === "text" && model.marksKnown) continue;
    const org = statement.org;
    if (org === EMPLOYER || org === UNIONS_JOINTLY || present.has(org) || reported.has(org)) continue;
    reported.add(org);
    findings.push({
      kind: "statement-from-absent-union",
      message: t(
        excused.has(org)
          ? "analysis.finding.statementFromExcusedUnion"
          : "analysis.finding.statementFromAbsentUnion",
        { org: orgLabel(org) },
      ),
      hint: t("analysis.hint.statementFromAbsentUnion", { org: orgLabel(org) }),
      ...at(statement.item, statement.paragraph),
      ...(statement.markId ? { target: statement.markId } : {}),
    });
  }
  return findings;
}

/**
 * What the text says that no mark does, as suggestions: each possible disagreement (it matters for the
 * justering), and the possible statements one by one in the final review, else as one finding.
 */
function suggestionFindings(model: DocumentModel, final: boolean): Finding[] {
  if (!model.marksKnown) return [];
  const findings: Finding[] = [];
  for (const d of model.disagreements.filter((d) => d.source === "text")) {
    const section = d.item?.title ?? t("analysis.noSection");
    findings.push({
      kind: "possible-disagreement",
      message: t("analysis.finding.possibleDisagreement", {
        orgs: d.orgs.map(orgLabel).join(", "),
        section,
        text: excerpt(d.text),
      }),
      hint: t("analysis.hint.possibleDisagreement"),
      suggestion: true,
      ...at(d.item, d.paragraph),
    });
  }
  const statements = model.statements.filter((s) => s.source === "text");
  if (final) {
    for (const s of statements) {
      findings.push({
        kind: "possible-statement",
        message: t("analysis.finding.possibleStatement", {
          org: orgLabel(s.org),
          section: s.item?.title ?? t("analysis.noSection"),
          text: excerpt(s.text),
        }),
        hint: t("analysis.hint.possibleStatement"),
        suggestion: true,
        ...at(s.item, s.paragraph),
      });
    }
  } else if (statements.length > 0) {
    findings.push({
      kind: "possible-statements",
      message:
        statements.length === 1
          ? t("analysis.finding.possibleStatementOne")
          : t("analysis.finding.possibleStatements", { count: statements.length }),
      hint: t("analysis.hint.possibleStatements"),
      suggestion: true,
    });
  }
  return findings;
}

/** The first words of a text, for a finding in a narrow pane. */
function excerpt(text: string, words = 8): string {
  const all = text.trim().split(/\s+/);
  return all.length > words ? `${all.slice(0, words).join(" ")} …` : all.join(" ");
}

export function reviewContent(model: DocumentModel, final: boolean): Finding[] {
  return [
    ...emptyFindings(model, final),
    ...placeholderFindings(model),
    ...absentUnionFindings(model),
    ...suggestionFindings(model, final),
  ];
}
