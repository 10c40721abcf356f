import { holdsWrittenText, isBlankText } from "../../shared/document/content";
import { fieldTag } from "../../shared/document/tags";
import { fieldTitle } from "./marks";

/**
 * The fields the add-in rewrites from the meeting on every save (the roster's lines, the list of chosen
 * justerare) but only while they hold the text it wrote or nothing: each carries in its tag the fingerprint
 * of that text (`sp:falt:<name>:<fingerprint>`), so a line the secretary corrected is never overwritten.
 */

/** Queues loading a rewritten field's controls by title (their tag carries the fingerprint), with tag and text. */
export function loadWrittenFields(context: Word.RequestContext, name: string): Word.ContentControlCollection {
  const controls = context.document.contentControls.getByTitle(fieldTitle(name));
  controls.load("tag,text");
  return controls;
}

/** The loaded controls that are the field `name` (a title can be given by hand to any control). */
export function fieldsNamed(controls: Word.ContentControlCollection, name: string): Word.ContentControl[] {
  const tag = fieldTag(name);
  return controls.items.filter((control) => control.tag === tag || control.tag.startsWith(`${tag}:`));
}

/**
 * Whether a save may rewrite the field: it holds what the add-in wrote, or nothing. A field written before
 * fields carried a fingerprint is told by `olderForm`, the shape of what the add-in wrote then.
 */
export function mayRewrite(
  control: Word.ContentControl,
  name: string,
  olderForm: (text: string) => boolean = () => false,
): boolean {
  if (isBlankText(control.text)) return true;
  return control.tag === fieldTag(name)
    ? olderForm(control.text)
    : holdsWrittenText(control.tag, name, control.text);
}

/** Queues the field's tag with the fingerprint of the text just written into it. */
export function stampWritten(control: Word.ContentControl, name: string, fingerprint: string): void {
  control.tag = `${fieldTag(name)}:${fingerprint}`;
}
