import type { Block, FieldBlock, MarkBlock, ParagraphBlock, Run } from "../../shared/document/content";
import { applyField, applyMark } from "./marks";

/** Inserts one paragraph with the given text at the writer's current position and returns it. */
export type InsertParagraph = (text: string) => Word.Paragraph;

/** Appends at the end of a body, or inside a control at its end (old whole-section documents). */
export function appendTo(target: Word.Body | Word.ContentControl): InsertParagraph {
  return (text) => target.insertParagraph(text, "End");
}

/** Inserts at the start of the body, then after each newly inserted paragraph. */
export function insertAtStart(body: Word.Body): InsertParagraph {
  let last: Word.Paragraph | null = null;
  return (text) => {
    last = last ? last.insertParagraph(text, "After") : body.insertParagraph(text, "Start");
    return last;
  };
}

/** Inserts after `anchor`, then after each newly inserted paragraph, keeping the blocks in order. */
export function insertAfter(anchor: Word.Paragraph): InsertParagraph {
  let last = anchor;
  return (text) => {
    last = last.insertParagraph(text, "After");
    return last;
  };
}

/**
 * Inserts before a control (outside it), then after each new paragraph: how a section ends where the next
 * heading's control begins. The control's own "Before" is used, never its first paragraph's: that paragraph
 * reports its start outside the control, but only as a quirk (office-js #3176).
 */
export function insertBefore(control: Word.ContentControl): InsertParagraph {
  let last: Word.Paragraph | null = null;
  return (text) => {
    last = last ? last.insertParagraph(text, "After") : control.insertParagraph(text, "Before");
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

/** Queues a run at the end of a paragraph (or control): hyperlinks through the API, fields as inline controls. */
function appendRun(target: Word.Paragraph | Word.ContentControl, run: Run): void {
  const range = target.insertText(run.text, "End");
  if (run.href) range.hyperlink = run.href;
  if (run.field) applyField(range.insertContentControl(), run.field, run.missing === true);
}

/** Queues one paragraph: plain runs as text, hyperlinked runs through `range.hyperlink` (never HTML). */
function writeParagraph(insert: InsertParagraph, block: ParagraphBlock): Word.Paragraph {
  const [first, ...rest] = block.runs;
  const startsPlain = first !== undefined && first.href === undefined && first.field === undefined;
  const paragraph = insert(startsPlain ? first.text : "");
  paragraph.styleBuiltIn = block.style;
  for (const run of startsPlain ? rest : block.runs) appendRun(paragraph, run);
  return paragraph;
}

/**
 * Queues a mark's (or block field's) paragraphs and returns the step that wraps them, whole, in one content
 * control.
 */
function writeWrappedParagraphs(
  insert: InsertParagraph,
  block: MarkBlock | FieldBlock,
): () => Word.ContentControl {
  const paragraphs = block.paragraphs.map((p) => writeParagraph(insert, p));
  const first = paragraphs[0];
  const last = paragraphs.at(-1);
  if (!first || !last) throw new Error("A mark needs at least one paragraph");
  return () => {
    const range =
      first === last ? first.getRange("Whole") : first.getRange("Whole").expandTo(last.getRange("Whole"));
    const control = range.insertContentControl();
    if (block.type === "mark") applyMark(control, block.mark);
    else applyField(control, block.field, false, block.fingerprint);
    return control;
  };
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
    else wraps.push(writeWrappedParagraphs(insert, block));
  }
  for (const wrap of wraps) wrap();
}

/**
 * Queues replacing everything inside a content control by the given paragraphs, through the control itself:
 * its "Replace" keeps it and leaves one paragraph, "End" adds inside it. Writing into the control's only
 * paragraph instead would take the control with it, since that paragraph's range starts before the control
 * (office-js #3176, #4975).
 */
export function replaceContent(control: Word.ContentControl, blocks: readonly ParagraphBlock[]): void {
  const [first, ...rest] = blocks;
  const [firstRun, ...moreRuns] = first?.runs ?? [];
  const plain = firstRun && !firstRun.href && !firstRun.field;
  const range = control.insertText(plain ? firstRun.text : "", "Replace");
  range.styleBuiltIn = first?.style ?? "Normal";
  for (const run of plain ? moreRuns : (first?.runs ?? [])) appendRun(control, run);
  for (const block of rest) writeParagraph(appendTo(control), block);
}
