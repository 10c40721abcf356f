import { parseTag } from "../../shared/document/tags";

// Marks nest at most this deep: section > agenda item > statement > oenighet.
const DEPTH = 4;

/**
 * Queues loading the controls around a range or control, innermost first, so that one sync tells which
 * section it lies in. Beyond the outermost control Word returns null objects, which load harmlessly.
 */
export function loadEnclosing(start: {
  parentContentControlOrNullObject: Word.ContentControl;
}): Word.ContentControl[] {
  const controls: Word.ContentControl[] = [];
  let current = start;
  for (let i = 0; i < DEPTH; i++) {
    const parent: Word.ContentControl = current.parentContentControlOrNullObject;
    parent.load("tag,text");
    controls.push(parent);
    current = parent;
  }
  return controls;
}

/** Is this loaded control one of our sections or agenda items (what marks are grouped under)? */
export function isSectionControl(control: Word.ContentControl): boolean {
  if (control.isNullObject) return false;
  const kind = parseTag(control.tag)?.kind;
  return kind === "section" || kind === "agenda";
}
