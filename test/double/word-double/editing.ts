import type { DocumentModel, ParagraphModel, RunModel } from "./model";

/**
 * TEST DOUBLE — NOT WORD. What typing does to the double's document on the trial page: inserting text at a
 * caret, Enter, Backspace and Delete across paragraph breaks. Positions are (paragraph index, character
 * offset in the paragraph's text). Content controls follow their paragraphs as in Word's editor: Enter at the
 * end of a control's last paragraph stays inside the control (the cursor stays in a control until the user
 * arrows out of it, office-js #436), so text typed under a heading's control lands in it; joining a one-paragraph control's paragraph to
 * the one before takes the control away (the paragraph mark it sat in is gone, office-js #4975).
 */
export interface Position {
  paragraph: number;
  offset: number;
}

const before = (a: Position, b: Position) =>
  a.paragraph < b.paragraph || (a.paragraph === b.paragraph && a.offset <= b.offset);

export function ordered(a: Position, b: Position): [Position, Position] {
  return before(a, b) ? [a, b] : [b, a];
}

/** The run holding the character before `offset` (typing continues it), and where in it. */
function runAt(paragraph: ParagraphModel, offset: number): { run: RunModel; at: number } {
  let start = 0;
  for (const run of paragraph.runs) {
    const end = start + run.text.length;
    if (offset > start && offset <= end) return { run, at: offset - start };
    start = end;
  }
  const first = paragraph.runs[0];
  if (first && offset === 0) return { run: first, at: 0 };
  const run: RunModel = { text: "" };
  paragraph.runs.push(run);
  return { run, at: 0 };
}

export function insertText(model: DocumentModel, at: Position, text: string): Position {
  const paragraph = model.paragraphs[at.paragraph]!;
  const { run, at: inRun } = runAt(paragraph, at.offset);
  run.text = run.text.slice(0, inRun) + text + run.text.slice(inRun);
  return { paragraph: at.paragraph, offset: at.offset + text.length };
}

/** Cuts a paragraph's runs at a character offset: those before it, and those after it (split runs copied). */
function cutRuns(paragraph: ParagraphModel, offset: number): [RunModel[], RunModel[]] {
  const head: RunModel[] = [];
  const tail: RunModel[] = [];
  let start = 0;
  for (const run of paragraph.runs) {
    const end = start + run.text.length;
    if (end <= offset) head.push(run);
    else if (start >= offset) tail.push(run);
    else {
      head.push({ ...run, text: run.text.slice(0, offset - start) });
      tail.push({ ...run, text: run.text.slice(offset - start) });
    }
    start = end;
  }
  return [head, tail];
}

/** Enter: the text after the caret moves to a new paragraph; after a heading the new one is body text. */
export function splitParagraph(model: DocumentModel, at: Position): Position {
  const paragraph = model.paragraphs[at.paragraph]!;
  const [head, tail] = cutRuns(paragraph, at.offset);
  // Inline controls keep only runs that stayed in this paragraph.
  for (const control of model.controls) {
    if (control.inline && control.first === paragraph)
      control.inline = control.inline.filter((r) => head.includes(r));
  }
  paragraph.runs = head;
  const holders = model.controls.filter((c) => !c.inline && c.last === paragraph);
  const next = model.insertParagraphAfter(paragraph, "", holders);
  next.runs = tail;
  next.style = tail.length === 0 && /^(Heading\d|Title)$/.test(paragraph.style) ? "Normal" : paragraph.style;
  if (paragraph.cell) next.cell = { ...paragraph.cell };
  model.controls = model.controls.filter((c) => !(c.inline && c.inline.length === 0));
  return { paragraph: at.paragraph + 1, offset: 0 };
}

/** Joins paragraph `index` to the one before it (Backspace at its start). */
function joinWithPrevious(model: DocumentModel, index: number): Position {
  const previous = model.paragraphs[index - 1]!;
  const paragraph = model.paragraphs[index]!;
  const offset = previous.text.length;
  previous.runs.push(...paragraph.runs);
  model.controls = model.controls.filter(
    (c) => !(c.first === paragraph && c.last === paragraph && !c.inline),
  );
  for (const control of model.controls) {
    if (control.first === paragraph) control.first = model.paragraphs[index + 1] ?? previous;
    if (control.last === paragraph) control.last = previous;
  }
  model.paragraphs.splice(index, 1);
  if (model.selection.first === paragraph || model.selection.last === paragraph)
    model.selection = model.spanOf(previous);
  return { paragraph: index - 1, offset };
}

/** Deletes the text between two positions, joining the paragraphs at its ends. */
export function deleteRange(model: DocumentModel, from: Position, to: Position): Position {
  const [start, end] = ordered(from, to);
  if (start.paragraph === end.paragraph) {
    const paragraph = model.paragraphs[start.paragraph]!;
    const [head] = cutRuns(paragraph, start.offset);
    const [, tail] = cutRuns(paragraph, end.offset);
    const kept = new Set([...head, ...tail]);
    for (const control of model.controls) {
      if (control.inline && control.first === paragraph)
        control.inline = control.inline.filter((r) => kept.has(r));
    }
    model.controls = model.controls.filter((c) => !(c.inline && c.inline.length === 0));
    paragraph.runs = [...head, ...tail];
    return start;
  }
  const first = model.paragraphs[start.paragraph]!;
  const last = model.paragraphs[end.paragraph]!;
  first.runs = cutRuns(first, start.offset)[0];
  last.runs = cutRuns(last, end.offset)[1];
  if (end.paragraph - start.paragraph > 1) model.removeParagraphs(start.paragraph + 1, end.paragraph - 1);
  return joinWithPrevious(model, start.paragraph + 1);
}

export function deleteBackward(model: DocumentModel, at: Position): Position {
  if (at.offset > 0) return deleteRange(model, { ...at, offset: at.offset - 1 }, at);
  if (at.paragraph === 0) return at;
  return joinWithPrevious(model, at.paragraph);
}

export function deleteForward(model: DocumentModel, at: Position): Position {
  const paragraph = model.paragraphs[at.paragraph]!;
  if (at.offset < paragraph.text.length) return deleteRange(model, at, { ...at, offset: at.offset + 1 });
  if (at.paragraph >= model.paragraphs.length - 1) return at;
  return joinWithPrevious(model, at.paragraph + 1);
}
