import type { Analysis } from "../analysis/types";
import { normaliseForMatch } from "../document/paragraph-match";
import type { Disagreement, Justerare, OrgId, Roster, Statement } from "../model/meeting";

/**
 * One model of the open document for the review: the marks (content controls, the truth), the items (the
 * section and agenda controls, else the headings the analysis found) and the analysed text, which only adds
 * what no mark covers, as suggestions. Built from plain data: the index read from Word, the text's
 * analysis and the meeting as the pane holds it; without an index (the CLI) the analysis is all there is.
 */

/** The marks as the index has them (`DocumentIndex` of the Word adapter has this shape). */
export interface MarkIndex {
  sections: readonly { id: string; title: string }[];
  statements: readonly Statement[];
  disagreements: readonly Disagreement[];
}

/** An item of the minutes: a marked section or agenda item, or a heading found in the text. */
export interface Item {
  /** The content control's id, when the item is marked: the review can show it in Word. */
  markId: string | null;
  title: string;
  /** The paragraph of its heading in the analysed text, -1 when it was not found there. */
  paragraph: number;
}

export type Source = "mark" | "text";

export interface ModelStatement {
  org: OrgId;
  text: string;
  item: Item | null;
  paragraph: number;
  source: Source;
  markId?: string;
}

export interface ModelDisagreement {
  orgs: OrgId[];
  text: string;
  item: Item | null;
  paragraph: number;
  source: Source;
  markId?: string;
}

export interface ModelJusterare {
  name: string;
  org: OrgId | null;
  /** The annotation written in the document's justering ("oenighet under § 5"). */
  note: string | null;
}

export interface DocumentModel {
  analysis: Analysis;
  items: Item[];
  /** Whether the marks are known (an index was read): then the text only suggests. */
  marksKnown: boolean;
  statements: ModelStatement[];
  disagreements: ModelDisagreement[];
  /** The justerare: the meeting's when chosen, else those the text names, with the notes the text has. */
  justerare: ModelJusterare[];
  /** The meeting's roster when it has unions, else the attendance list of the text, else null. */
  roster: Roster | null;
  /** The item a paragraph of the analysed text lies in. */
  itemAt(paragraph: number): Item | null;
}

export interface ModelInput {
  analysis: Analysis;
  index?: MarkIndex;
  meeting?: { roster: Roster; justerare: readonly Justerare[] };
}

const key = (text: string) => normaliseForMatch(text.split(/[\r\n\v]/)[0] ?? "").toLocaleLowerCase("sv");
const NUMBERING = /^(?:§\s*)?\d+(?:\.\d+)*[.):]?\s+/;
const titleKey = (title: string) => key(title).replace(NUMBERING, "");

/** Where each marked item's heading stands in the text, in document order. */
function locateItems(analysis: Analysis, index: MarkIndex | undefined): Item[] {
  if (!index || index.sections.length === 0) {
    return analysis.sections.map((section) => ({
      markId: null,
      title: section.title,
      paragraph: section.paragraph,
    }));
  }
  const paragraphs = analysis.paragraphs.map((p) => titleKey(p.text));
  let from = 0;
  return index.sections.map((section) => {
    const wanted = titleKey(section.title);
    const at = wanted === "" ? -1 : paragraphs.indexOf(wanted, from);
    if (at >= 0) from = at + 1;
    return { markId: section.id, title: section.title, paragraph: at };
  });
}

/**
 * The paragraph a mark's text opens with: first where its first line stands (looked up, not searched),
 * else where it is contained.
 */
function markLocator(analysis: Analysis): (text: string) => number {
  // Built at the first mark: without marks (the CLI) the paragraphs are not normalised at all.
  let texts: string[] = [];
  let first: Map<string, number> | null = null;
  return (text) => {
    if (!first) {
      texts = analysis.paragraphs.map((p) => key(p.text));
      first = new Map();
      for (let i = texts.length - 1; i >= 0; i--) first.set(texts[i]!, i);
    }
    const wanted = key(text);
    if (wanted === "") return -1;
    const exact = first.get(wanted);
    if (exact !== undefined) return exact;
    return texts.findIndex(
      (paragraph) => paragraph !== "" && (paragraph.includes(wanted) || wanted.includes(paragraph)),
    );
  };
}

export function documentModel({ analysis, index, meeting }: ModelInput): DocumentModel {
  const items = locateItems(analysis, index);
  const placed = items.filter((item) => item.paragraph >= 0).sort((a, b) => a.paragraph - b.paragraph);
  // The last item whose heading stands at or before the paragraph, by halving.
  const itemAt = (paragraph: number): Item | null => {
    let low = 0;
    let high = placed.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (placed[mid]!.paragraph <= paragraph) low = mid + 1;
      else high = mid;
    }
    return placed[low - 1] ?? null;
  };
  const byTitle = (title: string | undefined) =>
    title ? (items.find((item) => titleKey(item.title) === titleKey(title)) ?? null) : null;
  const locateMark = markLocator(analysis);

  const statements: ModelStatement[] = [];
  const disagreements: ModelDisagreement[] = [];
  for (const mark of index?.statements ?? []) {
    const paragraph = locateMark(mark.text);
    const item = byTitle(mark.sectionTitle) ?? (paragraph >= 0 ? itemAt(paragraph) : null);
    statements.push({ org: mark.org, text: mark.text, item, paragraph, source: "mark", markId: mark.id });
  }
  for (const mark of index?.disagreements ?? []) {
    const paragraph = locateMark(mark.text);
    const item = byTitle(mark.sectionTitle) ?? (paragraph >= 0 ? itemAt(paragraph) : null);
    disagreements.push({
      orgs: [...mark.orgs],
      text: mark.text,
      item,
      paragraph,
      source: "mark",
      markId: mark.id,
    });
  }
  // The text adds what no mark of the same kind and party covers.
  const markedStatements = new Set(statements.map((s) => `${s.org}\u0000${s.paragraph}`));
  const markedDisagreements = new Set(
    disagreements.flatMap((d) => d.orgs.map((org) => `${org}\u0000${d.paragraph}`)),
  );
  for (const found of analysis.statements) {
    if (markedStatements.has(`${found.org}\u0000${found.paragraph}`)) continue;
    statements.push({
      org: found.org,
      text: found.text,
      item: itemAt(found.paragraph),
      paragraph: found.paragraph,
      source: "text",
    });
  }
  for (const found of analysis.disagreements) {
    if (found.orgs.every((org) => markedDisagreements.has(`${org}\u0000${found.paragraph}`))) continue;
    disagreements.push({
      orgs: found.orgs,
      text: found.text,
      item: itemAt(found.paragraph),
      paragraph: found.paragraph,
      source: "text",
    });
  }

  const written = analysis.justering;
  const chosen = meeting?.justerare.filter((person) => person.name.trim() !== "") ?? [];
  const justerare: ModelJusterare[] =
    chosen.length > 0
      ? chosen.map((person) => ({
          name: person.name.trim(),
          org: person.org,
          note: written.find((entry) => entry.org === person.org && entry.note)?.note ?? null,
        }))
      : written.map((entry) => ({ name: entry.name, org: entry.org, note: entry.note }));

  const roster =
    meeting && meeting.roster.unions.length > 0
      ? meeting.roster
      : analysis.rosterFound
        ? analysis.roster
        : null;
  return {
    analysis,
    items,
    marksKnown: index !== undefined,
    statements,
    disagreements,
    justerare,
    roster,
    itemAt,
  };
}
