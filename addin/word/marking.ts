import { type Mark, newMarkId } from "../../shared/document/tags";
import type { OrgId } from "../../shared/model/meeting";
import { codeOf, WordOpError } from "./errors";
import { anchorNearestHeading } from "./headings";
import { heldText, narrowToWrittenLines } from "./held-text";
import { markRefusal } from "./mark-rules";
import { applyMark } from "./marks";
import type { MarkResult } from "./ops";
import { existing, firstLine, loadAncestors, sectionAt, structureBefore } from "./structure";

/**
 * Queues wrapping the paragraphs first..last in a new content control carrying the mark (no sync); `item` is
 * the title of the item it belongs to, recorded in the control's title (see `markTitle`). The paragraphs'
 * content ranges are wrapped, not their whole ranges: a paragraph's whole range reaches over the tags of a
 * control that begins or ends with it (office-js #3176), so wrapping the last line of a control around it
 * (an older whole-section control, the justering block, another mark ending there) would cross its border.
 */
export function wrapParagraphs(
  first: Word.Paragraph,
  last: Word.Paragraph,
  mark: Mark,
  item?: string,
): Word.ContentControl {
  const range = first.getRange("Content").expandTo(last.getRange("Content"));
  const control = range.insertContentControl();
  applyMark(control, mark, item);
  return control;
}

/**
 * Wraps the whole paragraphs of the selection in a new mark and reports the item it belongs to, in one sync
 * when the document has a heading control above the selection (or an older whole-section control around it):
 * the batch that inserts the mark also reads the structure controls above and checks the paragraphs. A mark
 * Word should not hold (an empty paragraph, a heading, the same organisation twice) is taken out again in a
 * second sync and refused with a Swedish message. Text the secretary typed inside a heading's control (Enter at
 * its end stays inside) is taken out of it in that second sync instead, the control narrowed to its own lines
 * (see `held-text.ts`). Outside sections (minutes written without the add-in) the nearest heading is found by
 * outline level and anchored as the mark's section, so the document keeps it.
 */
async function markSelection(mark: Mark): Promise<MarkResult> {
  let inserted: number | undefined;
  try {
    return await Word.run(async (context) => {
      const selection = context.document.getSelection();
      const paragraphs = selection.paragraphs;
      paragraphs.load("text,styleBuiltIn,outlineLevel,tableNestingLevel");
      const first = paragraphs.getFirst();
      const control = wrapParagraphs(first, paragraphs.getLast(), mark);
      control.load("id");
      const inTable = control.parentTableOrNullObject;
      inTable.load("rowCount");
      const around = loadAncestors(control, "id,tag,title,text");
      const inside = control.contentControls;
      inside.load("tag,title");
      // Only the tags: the pane names the section from its index, so the headings' text need not travel.
      const before = structureBefore(context, first.getRange("Start"), "id,tag");
      await context.sync();
      inserted = control.id;

      const enclosing = existing(around);
      const held = heldText(
        enclosing,
        paragraphs.items.map((p) => p.text),
      );
      if (held?.kind === "between") throw await takenOut(context, control, "word.error.markInsideHeading");
      const section = held ? held.anchor : sectionAt(before.items, enclosing);
      const refusal = markRefusal(mark, {
        paragraphs: paragraphs.items,
        inTable: !inTable.isNullObject,
        // Text she wrote in a heading's control is hers: the control is narrowed to its own lines below.
        around: held ? enclosing.slice(1) : enclosing,
        inside: inside.items,
        section,
      });
      if (refusal) throw await takenOut(context, control, refusal);
      if (held) {
        const narrowed = narrowToWrittenLines(held.anchor, held.anchor.tag, held.written);
        await context.sync();
        const title = firstLine(held.anchor.text);
        return {
          id: String(control.id),
          sectionId: String(narrowed.id),
          ...(title ? { sectionTitle: title } : {}),
        };
      }
      if (section) {
        // An enclosing control's text was loaded anyway (it is small, or an older whole-section control).
        const title = enclosing.includes(section) ? firstLine(section.text) : "";
        return {
          id: String(control.id),
          sectionId: String(section.id),
          ...(title ? { sectionTitle: title } : {}),
        };
      }
      if (before.items.length > 0) return { id: String(control.id) };
      const heading = await anchorNearestHeading(context, first);
      return { id: String(control.id), ...heading };
    });
  } catch (error) {
    if (error instanceof WordOpError) throw error;
    // An empty selection (e.g. the cursor in a header or an image) has no paragraphs to take first/last of.
    if (codeOf(error) === "ItemNotFound" && inserted === undefined)
      throw new WordOpError("word.error.noSelection");
    if (inserted === undefined) throw await whyNotMarkable(mark, error);
    throw error;
  }
}

/** Takes the new mark out again (one sync) and returns why it was refused. */
async function takenOut(
  context: Word.RequestContext,
  control: Word.ContentControl,
  refusal: WordOpError | WordOpError["key"],
): Promise<WordOpError> {
  control.delete(true);
  await context.sync();
  return typeof refusal === "string" ? new WordOpError(refusal) : refusal;
}

/**
 * Word refused the control: find out why in a read-only batch, for a message the user can act on. A table
 * part fails with GeneralException (office-js #4251); a selection that runs out of a control (a heading's,
 * an older whole section's) with InvalidArgument.
 */
async function whyNotMarkable(mark: Mark, error: unknown): Promise<unknown> {
  try {
    return await Word.run(async (context) => {
      const paragraphs = context.document.getSelection().paragraphs;
      paragraphs.load("text,styleBuiltIn,outlineLevel,tableNestingLevel");
      const firstAround = loadAncestors(paragraphs.getFirst(), "id,tag,title");
      const lastAround = loadAncestors(paragraphs.getLast(), "id,tag,title");
      await context.sync();
      const inTable = paragraphs.items.some((p) => p.tableNestingLevel > 0);
      const around = [...existing(firstAround), ...existing(lastAround)];
      const refusal = markRefusal(mark, { paragraphs: paragraphs.items, inTable, around, inside: [] });
      if (refusal) return refusal;
      const ids = (list: Word.ContentControl[]) =>
        existing(list)
          .map((c) => c.id)
          .join();
      return ids(firstAround) !== ids(lastAround) ? new WordOpError("word.error.crossesSections") : error;
    });
  } catch {
    return error;
  }
}

/** A new statement mark of one organisation (or the employer). */
export function statementMark(org: OrgId): Mark {
  return { kind: "statement", org, id: newMarkId() };
}

/** A new oenighet mark; the same union named twice counts once, and at least one is required. */
export function disagreementMark(orgs: readonly OrgId[]): Mark {
  const unique = [...new Set(orgs)];
  if (unique.length === 0) throw new WordOpError("word.error.noOrgs");
  return { kind: "disagreement", orgs: unique, id: newMarkId() };
}

export function markStatement(org: OrgId): Promise<MarkResult> {
  return markSelection(statementMark(org));
}

export async function markDisagreement(orgs: OrgId[]): Promise<MarkResult> {
  return markSelection(disagreementMark(orgs));
}

/** The mark with this id (Word's content-control id); Word throws ItemNotFound at sync when it is gone. */
function markControl(context: Word.RequestContext, id: string): Word.ContentControl {
  if (!/^\d{1,10}$/.test(id)) throw new WordOpError("word.error.itemNotFound");
  return context.document.contentControls.getById(Number(id));
}

/** Removes the mark but keeps its text (`delete(true)` keeps the content), in one sync. */
export async function removeMark(id: string): Promise<void> {
  await Word.run(async (context) => {
    markControl(context, id).delete(true);
    await context.sync();
  });
}

/** Selects the mark; Word scrolls a new selection into view. One sync. */
export async function selectMark(id: string): Promise<void> {
  await Word.run(async (context) => {
    markControl(context, id).select("Select");
    await context.sync();
  });
}
