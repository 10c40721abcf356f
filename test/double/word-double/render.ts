import {
  deleteBackward,
  deleteForward,
  deleteRange,
  insertText,
  ordered,
  type Position,
  splitParagraph,
} from "./editing";
import type { WordDouble } from "./install";
import type { ControlModel, RunModel } from "./model";

/**
 * TEST DOUBLE — NOT WORD. Draws the double's document into a page as Word shows it, and lets it be edited
 * like a document: typing, Enter, Backspace and Delete across paragraphs, selection with mouse and keyboard
 * (the browser's own caret), Ctrl+Z undoing the last change: typing a word at a time, as Word takes back
 * typing in chunks rather than per character, and an add-in action (one `Word.run`) as one step. A triple-click
 * selects that paragraph only, as in Word. Content controls
 * look as Word draws them: a control shown as a bounding box gets its box and title only while the cursor is
 * in it, one shown with tags has start and end tags with its title, and Word shows 64 characters of a title
 * (office-js-docs-reference #1238). Text is only ever set as text, never as markup.
 */

const STYLE_ID = "word-double-style";
const TITLE_SHOWN = 64;
const CSS = `
.wd-root{font:11pt/1.45 "Segoe UI",system-ui,sans-serif;color:#242424;background:#fff;padding:12px 16px;border:1px solid #d1d1d1;max-width:50em}
.wd-page{outline:none;min-height:4em;white-space:pre-wrap}
.wd-page:focus-visible{box-shadow:0 0 0 2px #0f6cbd}
.wd-p{margin:0 0 4px;padding:1px 4px;min-height:1.2em}
.wd-page:not(:focus) .wd-p[data-selected="true"]{background:#cfe4fa}
.wd-Title{font-size:18pt;font-weight:600}.wd-Heading1{font-size:14pt;font-weight:600}
.wd-Heading2{font-size:12pt;font-weight:600}.wd-Heading3{font-size:11pt;font-weight:600;font-style:italic}
.wd-cc{position:relative;border:1px solid transparent;border-radius:2px;margin:2px 0}
.wd-cc[data-appearance="BoundingBox"][data-active="true"]{border-color:var(--wd-cc,#616161)}
.wd-cc-title{display:none;position:absolute;top:-0.9em;left:6px;font-size:8pt;line-height:1.4;padding:0 4px;color:#fff;background:var(--wd-cc,#616161);border-radius:2px;user-select:none;max-width:40em;overflow:hidden;white-space:nowrap}
.wd-cc[data-appearance="BoundingBox"][data-active="true"]>.wd-cc-title{display:block}
.wd-cc[data-appearance="Tags"]{border-left:3px solid var(--wd-cc,#616161);padding-left:2px;margin-top:1.1em}
.wd-cc[data-appearance="Tags"]>.wd-cc-title{display:block}
.wd-field{border-bottom:1px dotted #8a8886}
.wd-field[data-active="true"]{outline:1px solid #616161}
.wd-field[data-appearance="Tags"]{border:1px solid #8a8886;border-radius:2px;padding:0 2px}
.wd-field[data-appearance="Tags"]::before{content:attr(data-title);font-size:7pt;color:#fff;background:#8a8886;border-radius:2px;padding:0 3px;margin-right:2px;user-select:none}
.wd-deleted{text-decoration:line-through;color:#a4262c}
`;

function ensureStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement("style");
  style.id = STYLE_ID;
  style.textContent = CSS;
  doc.head.append(style);
}

const cut = (title: string) => (title.length > TITLE_SHOWN ? title.slice(0, TITLE_SHOWN) : title);

/** Does the selection (paragraphs from..to) touch this control's paragraphs? */
function active(double: WordDouble, control: ControlModel, from: number, to: number): boolean {
  const [first, last] = double.model.bounds(control);
  return first <= to && from <= last;
}

function drawRun(doc: Document, run: RunModel): Node {
  const text = doc.createTextNode(run.text);
  if (run.deleted) {
    const del = doc.createElement("span");
    del.className = "wd-deleted";
    del.append(text);
    return del;
  }
  if (!run.href) return text;
  const a = doc.createElement("a");
  a.href = run.href;
  a.target = "_blank";
  a.rel = "noopener noreferrer";
  a.append(text);
  return a;
}

function draw(double: WordDouble, page: HTMLElement): void {
  const doc = page.ownerDocument;
  const model = double.model;
  const { from, to } = double.selection();
  const controls = model.orderedControls();
  const blocks = controls.filter((c) => !c.inline);
  const inlineOf = new Map<RunModel, ControlModel>();
  for (const control of controls) for (const run of control.inline ?? []) inlineOf.set(run, control);

  page.replaceChildren();
  const open: { to: number; box: HTMLElement }[] = [{ to: Number.POSITIVE_INFINITY, box: page }];
  let next = 0;
  model.paragraphs.forEach((paragraph, index) => {
    while ((open.at(-1)?.to ?? 0) < index) open.pop();
    while (blocks[next] && model.indexOf(blocks[next]!.first) === index) {
      const control = blocks[next++]!;
      const box = doc.createElement("div");
      box.className = "wd-cc";
      box.dataset.tag = control.tag;
      box.dataset.appearance = control.appearance;
      box.dataset.active = String(active(double, control, from, to));
      box.style.setProperty("--wd-cc", control.color || "#616161");
      if (control.appearance !== "Hidden") {
        const title = doc.createElement("span");
        title.className = "wd-cc-title";
        title.contentEditable = "false";
        title.textContent = cut(control.title || control.tag);
        box.append(title);
      }
      open.at(-1)!.box.append(box);
      open.push({ to: model.indexOf(control.last), box });
    }
    const p = doc.createElement("p");
    p.className = `wd-p wd-${paragraph.style.replace(/[^A-Za-z0-9]/g, "")}`;
    p.dataset.index = String(index);
    p.dataset.style = paragraph.style;
    p.dataset.selected = String(index >= from && index <= to);
    let fieldOf: ControlModel | undefined;
    let fieldSpan: HTMLElement | undefined;
    for (const run of paragraph.runs) {
      const owner = inlineOf.get(run);
      if (!owner) {
        fieldOf = undefined;
        p.append(drawRun(doc, run));
        continue;
      }
      if (fieldOf !== owner || !fieldSpan) {
        fieldSpan = doc.createElement("span");
        fieldSpan.className = "wd-field";
        fieldSpan.dataset.tag = owner.tag;
        fieldSpan.dataset.active = String(index >= from && index <= to);
        fieldSpan.title = cut(owner.title);
        // Word draws a control shown with tags with its start and end tags, the title in the start tag.
        fieldSpan.dataset.appearance = owner.appearance;
        fieldSpan.dataset.title = cut(owner.title);
        p.append(fieldSpan);
        fieldOf = owner;
      }
      fieldSpan.append(drawRun(doc, run));
    }
    // An empty paragraph needs a line break to have a line to put the caret on.
    if (paragraph.text === "") p.append(doc.createElement("br"));
    open.at(-1)!.box.append(p);
  });
}

/** Text nodes of a paragraph element that hold document text (not control titles). */
function textNodes(p: Element): Text[] {
  const walker = p.ownerDocument.createTreeWalker(p, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** The document position of a DOM point inside the page, or null when it lies outside the paragraphs. */
function positionOf(node: Node, offset: number): Position | null {
  const element = node instanceof Element ? node : node.parentElement;
  const p = element?.closest<HTMLElement>(".wd-p");
  if (!p) return null;
  const paragraph = Number(p.dataset.index);
  let count = 0;
  if (node.nodeType === 3) {
    for (const text of textNodes(p)) {
      if (text === node) return { paragraph, offset: count + offset };
      count += text.length;
    }
    return { paragraph, offset: count };
  }
  // An element and a child index: the text of the children before it.
  const children = [...node.childNodes].slice(0, offset);
  for (const child of children) count += child.textContent?.length ?? 0;
  return { paragraph, offset: count };
}

/** The DOM point of a document position. */
function domPoint(page: HTMLElement, at: Position): { node: Node; offset: number } | null {
  const p = page.querySelector<HTMLElement>(`.wd-p[data-index="${at.paragraph}"]`);
  if (!p) return null;
  let count = 0;
  for (const text of textNodes(p)) {
    if (at.offset <= count + text.length) return { node: text, offset: at.offset - count };
    count += text.length;
  }
  return { node: p, offset: 0 };
}

export interface RenderOptions {
  /** The document can be typed into (default); false draws it read-only. */
  editable?: boolean;
}

/** Renders the document into `element` and keeps it current; returns a function that stops rendering. */
export function renderDocument(
  double: WordDouble,
  element: HTMLElement,
  options: RenderOptions = {},
): () => void {
  const doc = element.ownerDocument;
  ensureStyle(doc);
  element.classList.add("wd-root");
  const page = doc.createElement("div");
  page.className = "wd-page";
  page.setAttribute("role", "region");
  page.setAttribute("aria-label", "Dokument (testdubblett av Word)");
  page.tabIndex = 0;
  if (options.editable !== false) {
    page.contentEditable = "true";
    page.spellcheck = false;
  }
  element.replaceChildren(page);
  let caret: { anchor: Position; focus: Position } | null = null;
  /** The typing (or deleting) being done: it stays one undo step while it goes on where it left off. */
  let chunk: { kind: string; at: Position; steps: number } | null = null;

  const restoreCaret = () => {
    if (!caret || doc.activeElement !== page) return;
    const anchor = domPoint(page, caret.anchor);
    const focus = domPoint(page, caret.focus);
    const selection = doc.getSelection();
    if (!anchor || !focus || !selection) return;
    selection.setBaseAndExtent(anchor.node, anchor.offset, focus.node, focus.offset);
  };
  const redraw = () => {
    draw(double, page);
    restoreCaret();
  };

  const samePosition = (a: Position, b: Position) => a.paragraph === b.paragraph && a.offset === b.offset;
  const collapsed = samePosition;
  /** The last character typed, spaces as " ": typing after a space starts the next word's undo step. */
  let lastTyped = "";

  /**
   * Runs an edit at the caret, remembers the document for Ctrl+Z, and moves the caret. Edits of one kind that
   * go on where the last one ended are one undo step; typing starts a new one at each word.
   */
  const edit = (kind: string, change: (at: Position, end: Position) => Position, text = "") => {
    if (!caret) return;
    const [start, end] = ordered(caret.anchor, caret.focus);
    const goesOn =
      chunk !== null &&
      chunk.kind === kind &&
      chunk.steps === double.undoSteps &&
      collapsed(start, end) &&
      samePosition(chunk.at, start) &&
      !(kind === "typing" && /^\S/.test(text) && lastTyped === " ");
    if (!goesOn) double.recordEdit();
    const at = change(start, end);
    caret = { anchor: at, focus: at };
    chunk = { kind, at, steps: double.undoSteps };
    lastTyped = text.slice(-1).replace(/\s/, " ");
    double.setSelection(at.paragraph);
  };

  const collapsedFirst = (start: Position, end: Position) =>
    collapsed(start, end) ? start : deleteRange(double.model, start, end);
  /** Backspace or Delete: one character (or paragraph break) at a caret, else the selected text. */
  const deleting =
    (one: (model: typeof double.model, at: Position) => Position) => (start: Position, end: Position) =>
      collapsed(start, end) ? one(double.model, start) : deleteRange(double.model, start, end);

  const onBeforeInput = (event: InputEvent) => {
    event.preventDefault();
    readCaret();
    const model = double.model;
    switch (event.inputType) {
      case "insertText":
      case "insertReplacementText":
        return edit(
          "typing",
          (start, end) => insertText(model, collapsedFirst(start, end), event.data ?? ""),
          event.data ?? "",
        );
      case "insertFromPaste":
      case "insertFromDrop": {
        const text = event.dataTransfer?.getData("text/plain") ?? event.data ?? "";
        return edit("paste", (start, end) =>
          text
            .split(/\r?\n/)
            .reduce(
              (at, line, i) => insertText(model, i > 0 ? splitParagraph(model, at) : at, line),
              collapsedFirst(start, end),
            ),
        );
      }
      case "insertParagraph":
      case "insertLineBreak":
        return edit("paragraph", (start, end) => splitParagraph(model, collapsedFirst(start, end)));
      case "deleteContentBackward":
      case "deleteWordBackward":
        return edit("deleting", deleting(deleteBackward));
      case "deleteContentForward":
      case "deleteWordForward":
        return edit("deleting", deleting(deleteForward));
      case "historyUndo":
        double.undo();
        return;
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === "z") {
      event.preventDefault();
      double.undo();
    }
  };
  /** The caret from the browser's selection now (selectionchange comes later than the key that moved it). */
  const readCaret = (): boolean => {
    const selection = doc.getSelection();
    if (!selection?.anchorNode || !page.contains(selection.anchorNode)) return false;
    const anchor = positionOf(selection.anchorNode, selection.anchorOffset);
    const focus = selection.focusNode ? positionOf(selection.focusNode, selection.focusOffset) : anchor;
    if (!anchor || !focus) return false;
    caret = { anchor, focus };
    return true;
  };
  const onSelectionChange = () => {
    if (!readCaret() || !caret) return;
    const [start, end] = ordered(caret.anchor, caret.focus);
    const current = double.selection();
    const from = start.paragraph;
    // A selection that ends at the very start of a paragraph (a triple-click takes in the paragraph mark)
    // does not select that paragraph: in Word a triple-click selects one paragraph.
    const to = end.paragraph > start.paragraph && end.offset === 0 ? end.paragraph - 1 : end.paragraph;
    if (current.from !== from || current.to !== to) double.setSelection(from, to);
  };
  const onClick = (event: MouseEvent) => {
    // Links in a document open with Ctrl+click, as in Word; a plain click places the caret.
    if (event.target instanceof HTMLAnchorElement && !(event.ctrlKey || event.metaKey))
      event.preventDefault();
  };

  page.addEventListener("beforeinput", onBeforeInput);
  page.addEventListener("keydown", onKeyDown);
  page.addEventListener("click", onClick);
  // selectionchange comes a task later; the key or button that moved the caret has done so by keyup/mouseup.
  page.addEventListener("keyup", onSelectionChange);
  page.addEventListener("mouseup", onSelectionChange);
  doc.addEventListener("selectionchange", onSelectionChange);
  const stop = double.onChange(redraw);
  draw(double, page);
  return () => {
    stop();
    page.removeEventListener("beforeinput", onBeforeInput);
    page.removeEventListener("keydown", onKeyDown);
    page.removeEventListener("click", onClick);
    page.removeEventListener("keyup", onSelectionChange);
    page.removeEventListener("mouseup", onSelectionChange);
    doc.removeEventListener("selectionchange", onSelectionChange);
  };
}
