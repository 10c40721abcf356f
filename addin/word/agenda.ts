import { agendaOrder } from "../../shared/document/agenda-order";
import {
  agendaItemBlock,
  type Block,
  blockText,
  type MarkBlock,
  paragraph,
} from "../../shared/document/content";
import { writtenItemLines, writtenItemNumber } from "../../shared/document/item-lines";
import { formatTag, sectionIdOf } from "../../shared/document/tags";
import type { AgendaItem } from "../../shared/model/meeting";
import { WordOpError } from "./errors";
import { applyMark } from "./marks";
import type { AgendaTarget, InsertAgendaResult } from "./ops";
import type { ControlData } from "./read-index";
import { isWholeSection, structureKind } from "./structure";
import { appendTo, type InsertParagraph, insertBefore, replaceContent, writeBlocks } from "./write-blocks";

/**
 * May a re-clipped item replace the content of its control? Only when the user has not written inside it:
 * nothing after the lines we write (Enter at the end of the item's last line stays inside the control), and
 * no control nested in it (Word lists a nested control right after its parent, and its text lies within the
 * parent's).
 */
function isUntouched(controls: readonly Pick<ControlData, "text">[], index: number): boolean {
  const item = controls[index];
  if (!item) return false;
  const lines = item.text.split(/\r\n?|\n/);
  if (lines.length > writtenItemLines(lines)) return false;
  const next = controls[index + 1];
  return !(next && next.text.trim() !== "" && item.text.includes(next.text.trim()));
}

/**
 * Where new items go in the target section: before the first item already there that comes later in the
 * committee's order (after the notes under the item before it), else at the section's end, that is before the
 * next section heading or the justering block; inside an older document's whole-section control, at its end.
 */
function itemPlace(
  controls: readonly Word.ContentControl[],
  at: number,
  order: number | null,
): Word.ContentControl | "end" {
  for (const control of controls.slice(at + 1)) {
    const kind = structureKind(control.tag);
    if (kind === "section" || kind === "justering") break;
    if (kind !== "agenda" || order === null) continue;
    const theirs = agendaOrder(writtenItemNumber(control.text.split(/\r\n?|\n/)));
    if (theirs !== null && theirs > order) return control;
  }
  return "end";
}

function sectionEnd(
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

/** Queues the new items, each with an empty line under it (outside its control) to write in, in agenda order. */
function writeNewItems(
  context: Word.RequestContext,
  controls: readonly Word.ContentControl[],
  at: number,
  fresh: readonly Entry[],
): void {
  const sorted = [...fresh].sort(
    (a, b) => (a.order ?? Number.POSITIVE_INFINITY) - (b.order ?? Number.POSITIVE_INFINITY),
  );
  const places = new Map<Word.ContentControl | "end", Block[]>();
  for (const entry of sorted) {
    const place = itemPlace(controls, at, entry.order);
    places.set(place, [...(places.get(place) ?? []), entry.block, paragraph("")]);
  }
  for (const [place, blocks] of places) {
    writeBlocks(place === "end" ? sectionEnd(context, controls, at) : insertBefore(place), blocks);
  }
}

interface Entry {
  block: MarkBlock;
  order: number | null;
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
 * Inserts agenda items into the target section in agenda order; an item whose key is already in the document is
 * updated in place instead (idempotent), so nothing the user wrote under it is lost. Two syncs: the existing
 * tags must be known before writing.
 */
export async function insertAgendaItems(
  items: AgendaItem[],
  target: AgendaTarget,
): Promise<InsertAgendaResult> {
  // The same item twice in one batch is one item: the later clip wins.
  const entries = [
    ...new Map(
      items.map((item) => {
        const block = agendaItemBlock(item);
        return [formatTag(block.mark), { block, order: agendaOrder(item.number) }] as const;
      }),
    ).values(),
  ];
  if (entries.length === 0) return { inserted: 0, updated: 0 };
  return Word.run(async (context) => {
    const controls = context.document.contentControls;
    controls.load("id,tag,title,text");
    await context.sync();
    const firstIndex = new Map<string, number>();
    controls.items.forEach((control, index) => {
      if (!firstIndex.has(control.tag)) firstIndex.set(control.tag, index);
    });
    const fresh: Entry[] = [];
    let updated = 0;
    for (const entry of entries) {
      const index = firstIndex.get(formatTag(entry.block.mark));
      if (index === undefined) fresh.push(entry);
      else {
        updateItem(controls.items[index]!, entry.block, isUntouched(controls.items, index));
        updated++;
      }
    }
    if (fresh.length > 0) {
      const at = controls.items.findIndex((control) => sectionIdOf(control.tag) === target.sectionId);
      if (at < 0) throw new WordOpError("word.error.noAgendaSection");
      writeNewItems(context, controls.items, at, fresh);
    }
    await context.sync();
    return { inserted: fresh.length, updated };
  });
}
