import type { Block, MarkBlock, ParagraphBlock } from "../../shared/document/content";
import { applyMark } from "./marks";

/** Inserts one paragraph with the given text at the writer's current position and returns it. */
export type InsertParagraph = (text: string) => Word.Paragraph;

/** Appends at the end of a body or content control. */
export function appendTo(target: Word.Body | Word.ContentControl): InsertParagraph {
  return (text) => target.insertParagraph(text, "End");
}

/** Inserts after `anchor`, then after each newly inserted paragraph, keeping the blocks in order. */
export function insertAfter(anchor: Word.Paragraph): InsertParagraph {
  let last = anchor;
  return (text) => {
    last = last.insertParagraph(text, "After");
    return last;
  };
}

/** Inserts after a content control (outside it), then after each newly inserted paragraph. */
export function insertAfterControl(control: Word.ContentControl): InsertParagraph {
  let last: Word.Paragraph | null = null;
  return (text) => {
    last = last ? last.insertParagraph(text, "After") : control.insertParagraph(text, "After");
    return last;
  };
}

/** Queues one paragraph: plain runs as text, hyperlinked runs through `range.hyperlink` (never HTML). */
export function writeParagraph(insert: InsertParagraph, block: ParagraphBlock): Word.Paragraph {
  const [first, ...rest] = block.runs;
  const startsPlain = first !== undefined && first.href === undefined;
  const paragraph = insert(startsPlain ? first.text : "");
  paragraph.styleBuiltIn = block.style;
  for (const run of startsPlain ? rest : block.runs) {
    const range = paragraph.insertText(run.text, "End");
    if (run.href) range.hyperlink = run.href;
  }
  return paragraph;
}

/** Queues a mark's paragraphs and returns the step that wraps them, whole, in one content control. */
function writeMarkParagraphs(insert: InsertParagraph, block: MarkBlock): () => Word.ContentControl {
  const paragraphs = block.paragraphs.map((p) => writeParagraph(insert, p));
  const first = paragraphs[0];
  const last = paragraphs.at(-1);
  if (!first || !last) throw new Error("A mark needs at least one paragraph");
  return () => {
    const range =
      first === last ? first.getRange("Whole") : first.getRange("Whole").expandTo(last.getRange("Whole"));
    const control = range.insertContentControl();
    applyMark(control, block.mark, block.label);
    return control;
  };
}

/** Queues the paragraphs of a mark and wraps them, whole, in one content control. */
export function writeMark(insert: InsertParagraph, block: MarkBlock): Word.ContentControl {
  return writeMarkParagraphs(insert, block)();
}

/**
 * Queues every block in order; nothing is sent to Word until the caller's single `context.sync()`. The
 * controls are wrapped after all paragraphs exist: a block-level control around the document's last
 * paragraph makes Word add an empty paragraph after it, which would end up between the sections.
 */
export function writeBlocks(insert: InsertParagraph, blocks: readonly Block[]): void {
  const wraps: (() => Word.ContentControl)[] = [];
  for (const block of blocks) {
    if (block.type === "paragraph") writeParagraph(insert, block);
    else wraps.push(writeMarkParagraphs(insert, block));
  }
  for (const wrap of wraps) wrap();
}

/** Queues rewriting one existing paragraph: its style and its runs (the first run replaces the old text). */
export function rewriteParagraph(paragraph: Word.Paragraph, block: ParagraphBlock): void {
  paragraph.styleBuiltIn = block.style;
  block.runs.forEach((run, index) => {
    const range = paragraph.insertText(run.text, index === 0 ? "Replace" : "End");
    if (run.href) range.hyperlink = run.href;
  });
}

/** Queues replacing everything inside a content control by the given paragraphs (the control stays). */
export function replaceContent(control: Word.ContentControl, blocks: readonly ParagraphBlock[]): void {
  const [first, ...rest] = blocks;
  control.clear();
  // `clear()` leaves one empty paragraph inside the control: the first block is written into it.
  if (first) rewriteParagraph(control.paragraphs.getFirst(), first);
  const append = appendTo(control);
  for (const block of rest) writeParagraph(append, block);
}
