import { isItemDetailLine, writtenItemLines } from "../../shared/document/item-lines";
import { parseTag } from "../../shared/document/tags";
import { applyMark } from "./marks";
import { isAnchor, structureKind, type TaggedControl } from "./structure";

/**
 * Text the secretary wrote inside a heading's control. Enter at the end of a control's last paragraph makes the
 * new paragraph inside the control, in Word as in its editor on the web (office-js #436: the cursor stays in a
 * control until the user arrows out of it), so what she types under an agenda item's underlag line, or right
 * under a section heading, lies in the control the add-in rewrites.
 */
export type HeldText<T> =
  /** Her paragraphs follow the add-in's own lines: the control can be narrowed to those lines again. */
  | { kind: "movable"; anchor: T; written: number }
  /** Her paragraphs stand between the add-in's lines (or cannot be placed): she must move them herself. */
  | { kind: "between"; anchor: T };

const linesOf = (text: string) => text.split(/\r\n?|\n/);

/** Where `selected` (paragraph texts, in order) starts among `lines`, every place it does. */
function placesOf(lines: readonly string[], selected: readonly string[]): number[] {
  const places: number[] = [];
  for (let at = 0; at + selected.length <= lines.length; at++) {
    if (selected.every((text, i) => lines[at + i] === text)) places.push(at);
  }
  return places;
}

/**
 * The selection's place in the heading control directly around it (`around[0]`), or null when there is none
 * or the selection is (or could be) one of the lines the add-in wrote there: those are refused as such.
 */
export function heldText<T extends TaggedControl & { text: string }>(
  around: readonly T[],
  selected: readonly string[],
): HeldText<T> | null {
  const anchor = around[0];
  const kind = anchor && isAnchor(anchor) ? structureKind(anchor.tag) : null;
  if (!anchor || (kind !== "section" && kind !== "agenda")) return null;
  const lines = linesOf(anchor.text);
  const written = kind === "agenda" ? writtenItemLines(lines) : 1;
  const places = placesOf(lines, selected);
  if (places.some((at) => at < written)) return null;
  const theirs = lines.slice(written);
  const safe = places.length > 0 && (kind === "section" || !theirs.some(isItemDetailLine));
  return safe ? { kind: "movable", anchor, written } : { kind: "between", anchor };
}

/**
 * Queues narrowing a heading control to the lines the add-in wrote: the control goes (its content stays,
 * `delete(true)`) and those lines are wrapped again with the same tag and look, so everything after them is
 * outside it, as text under a heading is. The paragraphs are loaded before the control goes, so the batch
 * holds them and not a path through the deleted control. Returns the new control, its id queued for loading.
 */
export function narrowToWrittenLines(
  control: Word.ContentControl,
  tag: string,
  written: number,
): Word.ContentControl {
  const mark = parseTag(tag);
  if (!mark) throw new Error(`Not a mark: ${tag}`);
  const first = control.paragraphs.getFirst();
  let last = first;
  for (let i = 1; i < written; i++) last = last.getNext();
  first.load("text");
  last.load("text");
  control.delete(true);
  const range =
    first === last ? first.getRange("Whole") : first.getRange("Whole").expandTo(last.getRange("Whole"));
  const narrowed = range.insertContentControl();
  applyMark(narrowed, mark);
  narrowed.load("id");
  return narrowed;
}
