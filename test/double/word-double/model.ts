/**
 * TEST DOUBLE — NOT WORD. An in-memory document with just enough of Word's behaviour (paragraphs with
 * built-in styles and hyperlinked runs, nested content controls over whole paragraphs, a selection, custom
 * XML parts) for the add-in's real `addin/word` code to run against it in tests and on the trial page.
 */

export class DoubleError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export interface RunModel {
  text: string;
  href?: string;
}

export class ParagraphModel {
  runs: RunModel[];
  constructor(
    text = "",
    public style = "Normal",
  ) {
    this.runs = text ? [{ text }] : [];
  }
  get text(): string {
    return this.runs.map((run) => run.text).join("");
  }
}

export interface ControlModel {
  id: number;
  tag: string;
  title: string;
  appearance: string;
  color: string;
  first: ParagraphModel;
  last: ParagraphModel;
}

export interface PartModel {
  id: string;
  namespace: string;
  xml: string;
}

export interface Span {
  first: ParagraphModel;
  last: ParagraphModel;
}

// Word separates paragraphs with a carriage return in `text`.
export const PARAGRAPH_SEPARATOR = "\r";

export class DocumentModel {
  paragraphs: ParagraphModel[] = [new ParagraphModel()];
  controls: ControlModel[] = [];
  parts: PartModel[] = [];
  selection: Span;
  private nextId = 1;

  constructor() {
    this.selection = this.spanOf(this.paragraphs[0]!);
  }

  indexOf(paragraph: ParagraphModel): number {
    const index = this.paragraphs.indexOf(paragraph);
    if (index < 0) throw new DoubleError("ItemNotFound", "The paragraph is no longer in the document.");
    return index;
  }

  spanOf(first: ParagraphModel, last: ParagraphModel = first): Span {
    return { first, last };
  }

  bounds(span: Span): [number, number] {
    return [this.indexOf(span.first), this.indexOf(span.last)];
  }

  union(a: Span, b: Span): Span {
    const [a0, a1] = this.bounds(a);
    const [b0, b1] = this.bounds(b);
    return this.spanOf(this.paragraphs[Math.min(a0, b0)]!, this.paragraphs[Math.max(a1, b1)]!);
  }

  contains(outer: Span, inner: Span): boolean {
    const [o0, o1] = this.bounds(outer);
    const [i0, i1] = this.bounds(inner);
    return o0 <= i0 && i1 <= o1;
  }

  paragraphsOf(span: Span): ParagraphModel[] {
    const [from, to] = this.bounds(span);
    return this.paragraphs.slice(from, to + 1);
  }

  textOf(span: Span): string {
    return this.paragraphsOf(span)
      .map((p) => p.text)
      .join(PARAGRAPH_SEPARATOR);
  }

  /** Controls in document order: by start, an enclosing control before the ones inside it. */
  orderedControls(): ControlModel[] {
    return [...this.controls].sort((a, b) => {
      const [a0, a1] = this.bounds(a);
      const [b0, b1] = this.bounds(b);
      return a0 - b0 || b1 - a1 || a.id - b.id;
    });
  }

  /**
   * The innermost control holding the span. For a control, only controls before it in document order count:
   * of two controls over the same paragraphs the later one was inserted inside the earlier.
   */
  parentOf(span: Span, self?: ControlModel): ControlModel | null {
    const ordered = this.orderedControls();
    const candidates = self ? ordered.slice(0, ordered.indexOf(self)) : ordered;
    return candidates.filter((c) => this.contains(c, span)).at(-1) ?? null;
  }

  /**
   * Inserts a paragraph after `after` (null: at the very start). Controls ending at `after` for which `grows`
   * holds end at the new paragraph instead, as when Word inserts at the end of a control's content.
   */
  insertParagraphAfter(
    after: ParagraphModel | null,
    text: string,
    grows: (control: ControlModel) => boolean = () => false,
  ): ParagraphModel {
    const paragraph = new ParagraphModel(text);
    const index = after ? this.indexOf(after) + 1 : 0;
    this.paragraphs.splice(index, 0, paragraph);
    for (const control of this.controls) {
      if (after && control.last === after && grows(control)) control.last = paragraph;
    }
    return paragraph;
  }

  appendParagraph(text: string): ParagraphModel {
    return this.insertParagraphAfter(this.paragraphs.at(-1) ?? null, text);
  }

  /** Word refuses a content control that would cross the border of another. */
  addControl(span: Span): ControlModel {
    for (const other of this.controls) {
      const nested = this.contains(other, span) || this.contains(span, other);
      const [s0, s1] = this.bounds(span);
      const [o0, o1] = this.bounds(other);
      const disjoint = s1 < o0 || o1 < s0;
      if (!nested && !disjoint) {
        throw new DoubleError("InvalidArgument", "A content control cannot cross the border of another.");
      }
    }
    const control: ControlModel = {
      id: this.nextId++,
      tag: "",
      title: "",
      appearance: "BoundingBox",
      color: "",
      ...span,
    };
    this.controls.push(control);
    return control;
  }

  removeControl(control: ControlModel, keepContent: boolean): void {
    if (!keepContent) {
      const [from, to] = this.bounds(control);
      this.removeParagraphs(from, to);
    }
    this.controls = this.controls.filter((c) => c !== control);
  }

  /** Leaves one empty paragraph in the control; nested controls go with the removed content. */
  clearControl(control: ControlModel): void {
    const [from, to] = this.bounds(control);
    for (const nested of this.controls) {
      if (nested !== control && this.contains(control, nested))
        this.controls = this.controls.filter((c) => c !== nested);
    }
    if (to > from) this.removeParagraphs(from + 1, to);
    control.first.runs = [];
    control.first.style = "Normal";
    control.last = control.first;
  }

  private removeParagraphs(from: number, to: number): void {
    const removed = new Set(this.paragraphs.slice(from, to + 1));
    const before = this.paragraphs[from - 1];
    const after = this.paragraphs[to + 1];
    this.paragraphs.splice(from, to - from + 1);
    if (this.paragraphs.length === 0) this.paragraphs.push(new ParagraphModel());
    const fallback = this.paragraphs[Math.min(from, this.paragraphs.length - 1)]!;
    this.controls = this.controls.filter((c) => !(removed.has(c.first) && removed.has(c.last)));
    for (const control of this.controls) {
      if (removed.has(control.first)) control.first = after ?? fallback;
      if (removed.has(control.last)) control.last = before ?? fallback;
    }
    if (removed.has(this.selection.first) || removed.has(this.selection.last)) {
      this.selection = this.spanOf(before ?? fallback);
    }
  }

  addPart(xml: string): PartModel {
    const namespace = /^\s*(?:<\?xml[^>]*\?>)?\s*<[\w:.-]+[^>]*\sxmlns="([^"]*)"/.exec(xml)?.[1];
    if (namespace === undefined) throw new DoubleError("InvalidArgument", "The XML has no root namespace.");
    const part = { id: `{part-${this.nextId++}}`, namespace, xml };
    this.parts.push(part);
    return part;
  }
}
