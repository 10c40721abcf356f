import { isBlankText, ROSTER_FIELD, rosterField, writtenFingerprint } from "../../shared/document/content";
import { parseTag } from "../../shared/document/tags";
import type { Meeting } from "../../shared/model/meeting";
import { STRUCTURE_TITLE } from "./marks";
import { type InsertParagraph, insertAfterControl, replaceContent, writeBlocks } from "./write-blocks";
import { fieldsNamed, loadWrittenFields, mayRewrite, stampWritten } from "./written-fields";

/**
 * The roster's lines (Närvarande, the delegations, Förhinder) in minutes already created. New minutes wrap
 * them in a field whose tag keeps the fingerprint of the text written (`sp:falt:narvarande:<depth>.<hash>`),
 * so a save rewrites them while they hold that text or nothing, and leaves them as the secretary edited them.
 * Minutes created before the lines had a field get one where the place under the roster's heading is empty;
 * anything written there is left alone.
 */
export interface RosterLists {
  lists: Word.ContentControlCollection;
  anchors: Word.ContentControlCollection;
}

/**
 * Queues loading the roster fields (by title, since their tag carries the fingerprint) with their tag and
 * text, and the structure controls' tags to find the roster's heading in minutes without the field.
 */
export function loadRosterLists(context: Word.RequestContext): RosterLists {
  const lists = loadWrittenFields(context, ROSTER_FIELD);
  const anchors = context.document.contentControls.getByTitle(STRUCTURE_TITLE);
  anchors.load("tag");
  return { lists, anchors };
}

/**
 * Queues rewriting each roster field from the meeting where it holds what the add-in wrote or nothing, or
 * every one with `replace`; returns whether it wrote and how many it kept because the secretary edited them.
 */
export function writeRosterLists(
  { lists }: RosterLists,
  meeting: Meeting,
  replace: boolean,
): { wrote: boolean; kept: number } {
  let wrote = false;
  let kept = 0;
  for (const list of fieldsNamed(lists, ROSTER_FIELD)) {
    if (!replace && !mayRewrite(list, ROSTER_FIELD)) {
      kept++;
      continue;
    }
    const field = rosterField(meeting, writtenFingerprint(list.tag, ROSTER_FIELD)?.depth ?? 1);
    replaceContent(list, field.paragraphs);
    stampWritten(list, ROSTER_FIELD, field.fingerprint);
    wrote = true;
  }
  return { wrote, kept };
}

/**
 * A roster heading without a field, the paragraph after it and the next structure control after the heading
 * (both loaded with the next sync).
 */
export interface UnfieldedRoster {
  anchor: Word.ContentControl;
  next: Word.Paragraph;
  following?: Word.ContentControl;
}

/**
 * In minutes without a roster field: queues loading the paragraph after each roster heading, where the
 * roster's lines begin. No chain on that paragraph, which is a null object after a last paragraph.
 */
export function loadUnfieldedRosters({ lists, anchors }: RosterLists): UnfieldedRoster[] {
  if (fieldsNamed(lists, ROSTER_FIELD).length > 0) return [];
  return anchors.items.flatMap((anchor, at) => {
    const mark = parseTag(anchor.tag);
    if (mark?.kind !== "section" || mark.role !== "roster") return [];
    const next = anchor.paragraphs.getLast().getNextOrNullObject();
    next.load("text");
    // The collection is in document order: the next heading after the roster's (its text tells the next
    // paragraph apart from a sub-heading of the roster, "Arbetsgivarföreträdare").
    const following = anchors.items[at + 1];
    following?.load("text");
    return [{ anchor, next, ...(following ? { following } : {}) }];
  });
}

/** Writes into the blank paragraph first, then after each new one. */
function insertInto(blank: Word.Paragraph): InsertParagraph {
  let last: Word.Paragraph | null = null;
  return (text) => {
    if (last) last = last.insertParagraph(text, "After");
    else {
      blank.insertText(text, "Replace");
      last = blank;
    }
    return last;
  };
}

/**
 * Queues the roster field under each roster heading whose place is empty: the heading is the document's end
 * or the next heading follows it (the field goes right after it), or a blank line follows it (the field takes
 * that line, as new minutes left it). Nothing the secretary wrote is overwritten: a place holding text is counted as written by hand.
 */
export function writeUnfieldedRosters(
  rosters: readonly UnfieldedRoster[],
  meeting: Meeting,
): { wrote: boolean; byHand: number } {
  let wrote = false;
  let byHand = 0;
  for (const { anchor, next, following } of rosters) {
    const blocks = [rosterField(meeting)];
    if (next.isNullObject || next.text === following?.text) {
      writeBlocks(insertAfterControl(anchor), blocks);
    } else if (isBlankText(next.text)) {
      writeBlocks(insertInto(next), blocks);
    } else {
      byHand++;
      continue;
    }
    wrote = true;
  }
  return { wrote, byHand };
}
