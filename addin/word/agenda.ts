import { agendaItemBlock, blockText, type MarkBlock } from "../../shared/document/content";
import { formatTag } from "../../shared/document/tags";
import type { AgendaItem } from "../../shared/model/meeting";
import { WordOpError } from "./errors";
import { applyMark } from "./marks";
import type { AgendaTarget, InsertAgendaResult } from "./ops";
import type { ControlData } from "./read-index";
import { isWholeSection, structureKind } from "./structure";
import { appendTo, type InsertParagraph, insertBefore, replaceContent, writeBlocks } from "./write-blocks";

// An item as we write it: heading, dnr/MBL line, underlag links.
const MAX_ITEM_PARAGRAPHS = 3;

/**
 * May a re-clipped item replace the content of its control? Only when the user has not written inside it:
 * no more paragraphs than we write, and no control nested in it (Word lists a nested control right after its
 * parent, and its text lies within the parent's).
 */
export function isUntouched(controls: readonly Pick<ControlData, "text">[], index: number): boolean {
  const item = controls[index];
  if (!item) return false;
  if (item.text.split(/[\r\n]/).length > MAX_ITEM_PARAGRAPHS) return false;
  const next = controls[index + 1];
  return !(next && next.text.trim() !== "" && item.text.includes(next.text.trim()));
}

/**
 * Where new items go: at the end of the target section, that is before the next section heading or the
 * justering block (agenda items already under the section stay before them); inside an older document's
 * whole-section control, at its end.
 */
function itemsGoTo(
  context: Word.RequestContext,
  controls: readonly Word.ContentControl[],
  at: number,
): InsertParagraph {
  const section = controls[at]!;
  if (isWholeSection(section)) return appendTo(section);
  const next = controls.slice(at + 1).find((control) => {
    const kind = structureKind(control.tag);
    return kind === "section" || kind === "justering";
  });
  return next ? insertBefore(next) : appendTo(context.document.body);
}

/**
 * Queues updating an item already in the document: its whole heading block through the control when the user
 * has not written inside it, else only its heading line, through the paragraph's content range, which lies
 * inside the control (its whole range would take the control along, office-js #3176).
 */
function updateItem(control: Word.ContentControl, block: MarkBlock, untouched: boolean): void {
  if (untouched) replaceContent(control, block.paragraphs);
  else if (block.paragraphs[0]) {
    control.paragraphs.getFirst().getRange("Content").insertText(blockText(block.paragraphs[0]), "Replace");
  }
  applyMark(control, block.mark);
}

/**
 * Inserts agenda items at the end of the target section; an item whose key is already in the document is
 * updated in place instead (idempotent), so nothing the user wrote under it is lost. Two syncs: the existing
 * tags must be known before writing.
 */
export async function insertAgendaItems(
  items: AgendaItem[],
  target: AgendaTarget,
): Promise<InsertAgendaResult> {
  // The same item twice in one batch is one item: the later clip wins.
  const blocks = [
    ...new Map(items.map((item) => agendaItemBlock(item)).map((b) => [formatTag(b.mark), b])).values(),
  ];
  if (blocks.length === 0) return { inserted: 0, updated: 0 };
  return Word.run(async (context) => {
    const controls = context.document.contentControls;
    controls.load("id,tag,title,text");
    await context.sync();
    const firstIndex = new Map<string, number>();
    controls.items.forEach((control, index) => {
      if (!firstIndex.has(control.tag)) firstIndex.set(control.tag, index);
    });
    const fresh: MarkBlock[] = [];
    let updated = 0;
    for (const block of blocks) {
      const index = firstIndex.get(formatTag(block.mark));
      if (index === undefined) fresh.push(block);
      else {
        updateItem(controls.items[index]!, block, isUntouched(controls.items, index));
        updated++;
      }
    }
    if (fresh.length > 0) {
      const at = firstIndex.get(formatTag({ kind: "section", sectionId: target.sectionId }));
      if (at === undefined) throw new WordOpError("word.error.noAgendaSection");
      writeBlocks(itemsGoTo(context, controls.items, at), fresh);
    }
    await context.sync();
    return { inserted: fresh.length, updated };
  });
}
