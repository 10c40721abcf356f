import type { Analysis } from "../analysis/types";
import { normaliseForMatch } from "../document/paragraph-match";
import { isGroupTag } from "../document/tags";
import type { Disagreement, Justerare, OrgId, Roster, Statement } from "../model/meeting";

/**
 * One model of the open document for the review: the marks (content controls, the truth), the items (the
 * section and agenda controls, else the headings the analysis found) and the analysed text, which only adds
 * what no mark covers, as suggestions. Built from plain data: the index read from Word, the text's
 * analysis and the meeting as the pane holds it; without an index (the CLI) the analysis is all there is.
 */

/** The marks as the index has them (`DocumentIndex` of the Word adapter has this shape). */
export interface MarkIndex {
  sections: readonly { id: string; title: string; tag?: string }[];
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
  // A group heading holds the items that follow it; it is no item of its own (and is never "empty").
  return index.sections
    .filter((section) => !isGroupTag(section.tag ?? ""))
    .map((section) => {
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

/** The item a paragraph lies in: the last one whose heading stands at or before it, found by halving. */
function itemLocator(items: readonly Item[]): (paragraph: number) => Item | null {
  const placed = items.filter((item) => item.paragraph >= 0).sort((a, b) => a.paragraph - b.paragraph);
  return (paragraph) => {
    let low = 0;
    let high = placed.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (placed[mid]!.paragraph <= paragraph) low = mid + 1;
      else high = mid;
    }
    return placed[low - 1] ?? null;
  };
}

/** The marks of the index, each placed in the text and in its item (the item its section names, if any). */
function marksOf(
  analysis: Analysis,
  index: MarkIndex | undefined,
  items: readonly Item[],
  itemAt: (paragraph: number) => Item | null,
): { statements: ModelStatement[]; disagreements: ModelDisagreement[] } {
  const locateMark = markLocator(analysis);
  const place = (mark: { text: string; sectionTitle?: string; id: string }) => {
    const paragraph = locateMark(mark.text);
    const named = mark.sectionTitle ? titleKey(mark.sectionTitle) : null;
    const item =
      (named !== null ? items.find((candidate) => titleKey(candidate.title) === named) : undefined) ??
      (paragraph >= 0 ? itemAt(paragraph) : null);
    return { item, paragraph, source: "mark" as const, markId: mark.id };
  };
  return {
    statements: (index?.statements ?? []).map((mark) => ({ org: mark.org, text: mark.text, ...place(mark) })),
    disagreements: (index?.disagreements ?? []).map((mark) => ({
      orgs: [...mark.orgs],
      text: mark.text,
      ...place(mark),
    })),
  };
}

/** What the text adds: the statements and disagreements no mark of the same party covers in their paragraph. */
function unmarkedOf(
  analysis: Analysis,
  marks: { statements: readonly ModelStatement[]; disagreements: readonly ModelDisagreement[] },
  itemAt: (paragraph: number) => Item | null,
): { statements: ModelStatement[]; disagreements: ModelDisagreement[] } {
  const at = (org: OrgId, paragraph: number) => `${org}\u0000${paragraph}`;
  const markedStatements = new Set(marks.statements.map((s) => at(s.org, s.paragraph)));
  const markedDisagreements = new Set(
    marks.disagreements.flatMap((d) => d.orgs.map((org) => at(org, d.paragraph))),
  );
  const fromText = (paragraph: number) => ({ item: itemAt(paragraph), paragraph, source: "text" as const });
  return {
    statements: analysis.statements
      .filter((found) => !markedStatements.has(at(found.org, found.paragraph)))
      .map((found) => ({ org: found.org, text: found.text, ...fromText(found.paragraph) })),
    disagreements: analysis.disagreements
      .filter((found) => !found.orgs.every((org) => markedDisagreements.has(at(org, found.paragraph))))
      .map((found) => ({ orgs: found.orgs, text: found.text, ...fromText(found.paragraph) })),
  };
}

/** The meeting's justerare when chosen (with the notes the text has for their party), else the text's. */
function justerareOf(analysis: Analysis, meeting: ModelInput["meeting"]): ModelJusterare[] {
  const written = analysis.justering;
  const chosen = meeting?.justerare.filter((person) => person.name.trim() !== "") ?? [];
  if (chosen.length === 0)
    return written.map((entry) => ({ name: entry.name, org: entry.org, note: entry.note }));
  return chosen.map((person) => ({
    name: person.name.trim(),
    org: person.org,
    note: written.find((entry) => entry.org === person.org && entry.note)?.note ?? null,
  }));
}

export function documentModel({ analysis, index, meeting }: ModelInput): DocumentModel {
  const items = locateItems(analysis, index);
  const itemAt = itemLocator(items);
  const marks = marksOf(analysis, index, items, itemAt);
  const unmarked = unmarkedOf(analysis, marks, itemAt);
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
    statements: [...marks.statements, ...unmarked.statements],
    disagreements: [...marks.disagreements, ...unmarked.disagreements],
    justerare: justerareOf(analysis, meeting),
    roster,
    itemAt,
  };
}
