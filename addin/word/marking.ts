import { type Mark, newMarkId } from "../../shared/document/tags";
import type { OrgId } from "../../shared/model/meeting";
import { isSectionControl, loadEnclosing } from "./enclosing";
import { codeOf, WordOpError } from "./errors";
import { loadParagraphsBefore, nearestHeading } from "./headings";
import { applyMark, markTitle } from "./marks";
import type { MarkResult } from "./ops";
import { firstLine } from "./read-index";

/**
 * Queues wrapping the whole paragraphs first..last in a new content control carrying the mark (no sync);
 * `item` is the title of the item it belongs to, recorded in the control's title (see `markTitle`).
 */
export function wrapParagraphs(
  first: Word.Paragraph,
  last: Word.Paragraph,
  mark: Mark,
  item?: string,
): Word.ContentControl {
  const range = first.getRange("Whole").expandTo(last.getRange("Whole"));
  const control = range.insertContentControl();
  applyMark(control, mark, undefined, item);
  return control;
}

/**
 * Wraps the whole paragraphs of the selection in a new mark and reports the item it belongs to. Inside a
 * section or agenda item that is one sync: the enclosing controls are read in the batch that inserts the
 * mark. Outside them (minutes written without the add-in) the same batch reads the headings above the
 * selection, and a second sync records the nearest one in the mark's title, so the document keeps it.
 */
async function markSelection(mark: Mark): Promise<MarkResult> {
  try {
    return await Word.run(async (context) => {
      const paragraphs = context.document.getSelection().paragraphs;
      const first = paragraphs.getFirst();
      const control = wrapParagraphs(first, paragraphs.getLast(), mark);
      control.load("id");
      const ancestors = loadEnclosing(control);
      const before = loadParagraphsBefore(context, first);
      await context.sync();
      const section = ancestors.find(isSectionControl);
      const sectionTitle = section ? firstLine(section.text) : nearestHeading(before.items);
      if (!section && sectionTitle) {
        control.title = markTitle(mark, "", sectionTitle);
        await context.sync();
      }
      return { id: String(control.id), ...(sectionTitle ? { sectionTitle } : {}) };
    });
  } catch (error) {
    // An empty selection (e.g. the cursor in a header or an image) has no paragraphs to take first/last of.
    if (codeOf(error) === "ItemNotFound") throw new WordOpError("word.error.noSelection");
    throw error;
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
