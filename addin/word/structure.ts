import { parseTag } from "../../shared/document/tags";
import { STRUCTURE_TITLE } from "./marks";

/**
 * The document's structure: a section (or group) and an agenda item are anchored by a control around their
 * heading and run to the next such control; the justering block ends them. Marks are found under the nearest
 * structure control before them. Minutes written by older versions wrapped whole sections instead, with the
 * marks nested inside; they are read as well (the enclosing control is then the section).
 */
export type StructureKind = "section" | "agenda" | "justering";

export interface TaggedControl {
  tag: string;
  title?: string;
}

export function structureKind(tag: string): StructureKind | null {
  const kind = parseTag(tag)?.kind;
  return kind === "section" || kind === "agenda" || kind === "justering" ? kind : null;
}

/** A heading or justering control as this version writes them (never one wrapping a whole section). */
export const isAnchor = (control: TaggedControl) =>
  control.title === STRUCTURE_TITLE && structureKind(control.tag) !== null;

/** A whole-section or whole-item control of an older document. */
export const isWholeSection = (control: TaggedControl) => {
  const kind = structureKind(control.tag);
  return (kind === "section" || kind === "agenda") && control.title !== STRUCTURE_TITLE;
};

/** Queues loading the structure controls between the document's start and `point` (a range's start). */
export function structureBefore(
  context: Word.RequestContext,
  point: Word.Range,
  props: string,
): Word.ContentControlCollection {
  const controls = context.document.body
    .getRange("Start")
    .expandTo(point)
    .contentControls.getByTitle(STRUCTURE_TITLE);
  controls.load(props);
  return controls;
}

/** Queues loading the structure controls between `point` (a range's end) and the document's end. */
export function structureAfter(
  context: Word.RequestContext,
  point: Word.Range,
  props: string,
): Word.ContentControlCollection {
  const controls = point
    .expandTo(context.document.body.getRange("End"))
    .contentControls.getByTitle(STRUCTURE_TITLE);
  controls.load(props);
  return controls;
}

// Marks nest at most this deep in older documents: section > agenda item > statement.
const DEPTH = 3;

/**
 * Queues loading the controls around a range or control, innermost first. Beyond the outermost control Word
 * returns null objects, which load harmlessly.
 */
export function loadAncestors(
  start: { parentContentControlOrNullObject: Word.ContentControl },
  props: string,
): Word.ContentControl[] {
  const controls: Word.ContentControl[] = [];
  let current = start;
  for (let i = 0; i < DEPTH; i++) {
    const parent: Word.ContentControl = current.parentContentControlOrNullObject;
    parent.load(props);
    controls.push(parent);
    current = parent;
  }
  return controls;
}

/** The loaded controls that exist. */
export const existing = (controls: readonly Word.ContentControl[]) => controls.filter((c) => !c.isNullObject);

/**
 * The section or item a position lies in: the innermost whole-section control around it (older documents),
 * or a heading control that took in the user's text (Enter at a heading's end stays inside its control; an
 * agenda item's control wins over its group's heading before it), else the last structure control before it
 * unless that is the justering block. Null outside sections.
 */
export function sectionAt<T extends TaggedControl>(before: readonly T[], around: readonly T[]): T | null {
  const enclosing = around.find(
    (control) => isWholeSection(control) || (isAnchor(control) && structureKind(control.tag) !== "justering"),
  );
  if (enclosing) return enclosing;
  const last = before.at(-1);
  return last && structureKind(last.tag) !== "justering" ? last : null;
}

/** The first line of a control's text: for a section or agenda item, its heading as the user left it. */
export function firstLine(text: string): string {
  return (text.split(/[\r\n\v\f\u2028\u2029]/)[0] ?? "").trim();
}
