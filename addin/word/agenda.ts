import { agendaItemBlock } from "../../shared/document/content";
import { formatTag } from "../../shared/document/tags";
import type { AgendaItem } from "../../shared/model/meeting";
import { WordOpError } from "./errors";
import { applyMark } from "./marks";
import type { AgendaTarget, InsertAgendaResult } from "./ops";
import type { ControlData } from "./read-index";
import { appendTo, replaceContent, rewriteParagraph, writeMark } from "./write-blocks";

// An item as we write it: heading, dnr/MBL line, underlag links.
const MAX_ITEM_PARAGRAPHS = 3;

/**
 * May a re-clipped item replace the content of its control? Only when the user has not written inside it:
 * no more paragraphs than we write, and no mark nested in it (Word lists a nested control right after its
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
 * Inserts agenda items at the end of the target section; an item whose key is already in the document is
 * updated in place instead (idempotent): fully when untouched, else only its heading, so nothing the user
 * wrote inside it is lost. Two syncs: the existing tags must be known before writing.
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
    controls.load("tag,text");
    await context.sync();
    const data = controls.items.map((control) => ({ tag: control.tag, text: control.text }));
    const firstIndex = new Map<string, number>();
    data.forEach((control, index) => {
      if (!firstIndex.has(control.tag)) firstIndex.set(control.tag, index);
    });
    const sectionIndex = firstIndex.get(formatTag({ kind: "section", sectionId: target.sectionId }));
    const section = sectionIndex === undefined ? undefined : controls.items[sectionIndex];
    let inserted = 0;
    let updated = 0;
    for (const block of blocks) {
      const index = firstIndex.get(formatTag(block.mark));
      const existing = index === undefined ? undefined : controls.items[index];
      if (existing && index !== undefined) {
        if (isUntouched(data, index)) replaceContent(existing, block.paragraphs);
        else if (block.paragraphs[0]) rewriteParagraph(existing.paragraphs.getFirst(), block.paragraphs[0]);
        applyMark(existing, block.mark, block.label);
        updated++;
      } else {
        if (!section) throw new WordOpError("word.error.noAgendaSection");
        writeMark(appendTo(section), block);
        inserted++;
      }
    }
    await context.sync();
    return { inserted, updated };
  });
}
