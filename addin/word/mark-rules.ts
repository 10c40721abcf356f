import { FIELD_TAG_PREFIX, type Mark, parseTag } from "../../shared/document/tags";
import { orgDisplayName } from "../../shared/unions/resolve";
import { WordOpError } from "./errors";
import { isAnchor, structureKind, type TaggedControl } from "./structure";

/** What is known of a selected paragraph when the mark has been inserted. */
export interface SelectedParagraph {
  text: string;
  styleBuiltIn: string;
  outlineLevel: number;
}

export interface MarkSite {
  paragraphs: readonly SelectedParagraph[];
  /** The new control lies inside a table (Word on the web lists no such control, office-js #2040). */
  inTable: boolean;
  /** Controls around the new mark, innermost first. */
  around: readonly TaggedControl[];
  /** Controls inside the new mark. */
  inside: readonly TaggedControl[];
  /** The section or item the mark lies in (see `sectionAt`), where known. */
  section?: TaggedControl | null;
}

// Outline levels 1–9 are headings in any language; 10 is body text (styleBuiltIn is "Other" for custom styles).
const isHeading = (p: SelectedParagraph) => p.outlineLevel >= 1 && p.outlineLevel <= 9;

function orgsOfMark(mark: Mark | null): string[] {
  if (mark?.kind === "statement") return [mark.org];
  if (mark?.kind === "disagreement") return mark.orgs;
  return [];
}

/** An existing mark of the same kind for one of the same organisations, on the same paragraphs. */
function sameMark(mark: Mark, controls: readonly TaggedControl[]): string[] | null {
  const wanted = orgsOfMark(mark);
  for (const control of controls) {
    const other = parseTag(control.tag);
    if (other?.kind !== mark.kind) continue;
    const shared = orgsOfMark(other).filter((org) => wanted.includes(org));
    if (shared.length > 0) return shared;
  }
  return null;
}

const isField = (control: TaggedControl) => control.tag.startsWith(FIELD_TAG_PREFIX);

/** A section written from the meeting (Närvarande, Val av justerare), where no statement belongs. */
function inMeetingSection(site: MarkSite): boolean {
  const mark = site.section ? parseTag(site.section.tag) : null;
  return mark?.kind === "section" && (mark.role === "roster" || mark.role === "justerare");
}

/**
 * Why a new mark should not stay, or null: marks go on text the secretary wrote under an item, once per
 * organisation and kind. Headings and the document title are the structure; the lines the add-in writes
 * itself (an agenda item's details, the justering, the meeting data it fills in) are rewritten by it; the
 * roster and the choice of justerare say who was there and who approves, not what anyone said.
 */
export function markRefusal(mark: Mark, site: MarkSite): WordOpError | null {
  const { paragraphs } = site;
  if (site.inTable) return new WordOpError("word.error.inTable");
  const anchors = site.inside.filter(isAnchor).filter((c) => structureKind(c.tag) !== "justering");
  const startsWithHeading = paragraphs[0] !== undefined && isHeading(paragraphs[0]);
  if (anchors.length > 1 || (anchors.length === 1 && !startsWithHeading)) {
    return new WordOpError("word.error.crossesSections");
  }
  if (paragraphs.some((p) => p.styleBuiltIn === "Title")) return new WordOpError("word.error.markTitle");
  if (paragraphs.some(isHeading)) return new WordOpError("word.error.markHeading");
  if (inMeetingSection(site)) return new WordOpError("word.error.markOutsideItems");
  if (site.inside.some(isField) || site.around.some(isField))
    return new WordOpError("word.error.markMeetingFacts");
  if (site.around.some(isAnchor) || site.inside.some(isAnchor))
    return new WordOpError("word.error.markInStructure");
  if (paragraphs.every((p) => p.text.trim() === "")) return new WordOpError("word.error.markEmpty");
  const twice = sameMark(mark, [...site.around, ...site.inside]);
  if (twice)
    return new WordOpError("word.error.alreadyMarked", { orgs: twice.map(orgDisplayName).join(", ") });
  return null;
}
