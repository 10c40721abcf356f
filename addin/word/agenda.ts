import type { AgendaItem } from "../../shared/model/meeting";
import { agendaItemBlock } from "./content";
import { WordOpError } from "./errors";
import { applyMark } from "./marks";
import type { AgendaTarget, InsertAgendaResult } from "./ops";
import { formatTag } from "./tags";
import { appendTo, replaceContent, writeMark } from "./write-blocks";

/**
 * Inserts agenda items at the end of the target section; an item whose key is already in the document is
 * rewritten in place instead (idempotent). Two syncs: the existing tags must be known before writing.
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
    controls.load("tag");
    await context.sync();
    const byTag = new Map<string, Word.ContentControl>();
    for (const control of controls.items) if (!byTag.has(control.tag)) byTag.set(control.tag, control);
    const section = byTag.get(formatTag({ kind: "punkt", sectionId: target.sectionId }));
    let inserted = 0;
    let updated = 0;
    for (const block of blocks) {
      const existing = byTag.get(formatTag(block.mark));
      if (existing) {
        replaceContent(existing, block.paragraphs);
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
