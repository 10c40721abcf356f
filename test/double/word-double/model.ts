/**
 * TEST DOUBLE — NOT WORD. An in-memory document with the part of Word's behaviour the add-in meets: paragraphs
 * with styles, runs (hyperlinks, tracked deletions), table cells, block and inline content controls, a
 * selection, custom XML parts and document settings. Where Word is stricter or stranger than one would guess,
 * the model follows Word and names its source (Microsoft's documentation or an OfficeDev/office-js issue).
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
  /** Deleted while track changes was on: still in `text`, gone from the reviewed ("Current") text. */
  deleted?: boolean;
}

/** Where a paragraph sits in a table; paragraphs outside tables have none. */
export interface CellModel {
  table: number;
  row: number;
  cell: number;
}

/** Built-in styles by the identifier `styleBuiltIn` reports; anything else is a custom style's name. */
export const BUILT_IN_STYLES = new Set([
  "Normal",
  "Title",
  "Subtitle",
  "Heading1",
  "Heading2",
  "Heading3",
  "Heading4",
  "Heading5",
  "Heading6",
  "Heading7",
  "Heading8",
  "Heading9",
  "ListParagraph",
]);

// Word's body-text outline level (WdOutlineLevel.wdOutlineLevelBodyText = 10 in Word's object model).
export const BODY_TEXT_LEVEL = 10;

export class ParagraphModel {
  runs: RunModel[];
  /** A built-in identifier ("Heading1") or the name of a custom style ("Protokollrubrik"). */
  style: string;
  /** A custom style's outline level; built-in headings have theirs by definition. */
  customOutlineLevel?: number;
  cell?: CellModel;
  /** The paragraph mark was deleted under track changes (the paragraph shows struck through). */
  deleted = false;

  constructor(text = "", style = "Normal") {
    this.runs = text ? [{ text }] : [];
    this.style = style;
  }

  get text(): string {
    return this.runs.map((run) => run.text).join("");
  }

  /** What the reader sees with track changes shown as final (`getReviewedText("Current")`). */
  get reviewedText(): string {
    return this.runs
      .filter((run) => !run.deleted)
      .map((run) => run.text)
      .join("");
  }

  get outlineLevel(): number {
    const heading = /^Heading([1-9])$/.exec(this.style);
    if (heading) return Number(heading[1]);
    return this.customOutlineLevel ?? BODY_TEXT_LEVEL;
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
  /** An inline control wraps these runs of `first` (= `last`) instead of whole paragraphs. */
  inline?: RunModel[];
  /** Of two controls over the same paragraphs, the one with the lower rank holds the other. */
  rank: number;
}

export interface PartModel {
  id: string;
  namespace: string;
  xml: string;
}

/** Whole paragraphs first..last. */
export interface Span {
  first: ParagraphModel;
  last: ParagraphModel;
}

/**
 * A range in paragraph boundaries: [start, end) where boundary i lies before paragraph i; an empty range is a
 * point. `runs` narrows it to text inside one paragraph (what `insertText` returns).
 */
export interface Extent {
  start: number;
  end: number;
  runs?: { paragraph: ParagraphModel; runs: RunModel[] };
  /**
   * Controls whose start (end) tag the range reaches over. A paragraph's range reports its start before the
   * start tag of a control beginning with it, and its end after the end tag of one ending with it (office-js
   * #3176), so a range built from paragraphs holds those tags.
   */
  tags?: { start: ControlModel[]; end: ControlModel[] };
}

// Word separates paragraphs with a carriage return in `text`.
export const PARAGRAPH_SEPARATOR = "\r";

export interface Snapshot {
  paragraphs: ParagraphModel[];
  controls: ControlModel[];
  parts: PartModel[];
  settings: Map<string, unknown>;
}

export class DocumentModel {
  paragraphs: ParagraphModel[] = [new ParagraphModel()];
  controls: ControlModel[] = [];
  parts: PartModel[] = [];
  /** `Office.context.document.settings`: name → JSON value, kept in the document. */
  settings = new Map<string, unknown>();
  selection: Span;
  /** `document.changeTrackingMode` is not "Off". */
  tracking = false;
  /** Word on the web, which refuses a content control in a table cell (office-js #3367). */
  web = true;
  private nextId = 1;
  private nextTable = 1;

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

  extentOf(span: Span): Extent {
    const [from, to] = this.bounds(span);
    return { start: from, end: to + 1 };
  }

  /** The whole paragraphs an extent touches; a point touches the paragraph it lies in. */
  paragraphsIn(extent: Extent): ParagraphModel[] {
    if (extent.runs) return [extent.runs.paragraph];
    if (extent.end > extent.start) return this.paragraphs.slice(extent.start, extent.end);
    const at = Math.min(extent.start, this.paragraphs.length - 1);
    return [this.paragraphs[at]!];
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

  textOf(control: ControlModel | Span): string {
    if ("inline" in control && control.inline) return control.inline.map((run) => run.text).join("");
    return this.paragraphsOf(control)
      .map((p) => p.text)
      .join(PARAGRAPH_SEPARATOR);
  }

  /** The text a reader sees: deleted runs left out, paragraphs whose mark was deleted joined to the next. */
  reviewedTextOf(control: ControlModel | Span): string {
    if ("inline" in control && control.inline) {
      return control.inline
        .filter((run) => !run.deleted)
        .map((run) => run.text)
        .join("");
    }
    return reviewedText(this.paragraphsOf(control));
  }

  /** Controls in document order: by start, an enclosing control before the ones inside it. */
  orderedControls(): ControlModel[] {
    const key = (c: ControlModel) => {
      const [from, to] = this.bounds(c);
      const at = c.inline ? c.first.runs.indexOf(c.inline[0]!) : -1;
      return { from, to, at, inline: c.inline ? 1 : 0 };
    };
    return [...this.controls].sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      return ka.from - kb.from || ka.inline - kb.inline || kb.to - ka.to || ka.at - kb.at || a.rank - b.rank;
    });
  }

  /** Block controls wholly inside the extent and inline controls in its paragraphs, in document order. */
  controlsIn(extent: Extent): ControlModel[] {
    return this.orderedControls().filter((c) => {
      const [from, to] = this.bounds(c);
      if (extent.runs) return c.inline !== undefined && c.first === extent.runs.paragraph;
      if (c.inline) return from >= extent.start && from < extent.end;
      return from >= extent.start && to < extent.end;
    });
  }

  /**
   * The innermost control holding the span. For a control, only controls before it in document order count:
   * of two controls over the same paragraphs the later one was inserted inside the earlier.
   */
  parentOf(span: Span, self?: ControlModel): ControlModel | null {
    const ordered = this.orderedControls().filter((c) => !c.inline);
    const candidates = self ? ordered.slice(0, ordered.indexOf(self)) : ordered;
    return candidates.filter((c) => c !== self && this.contains(c, span)).at(-1) ?? null;
  }

  /** Controls whose first (`edge` "first") or last paragraph is this one, innermost last. */
  private controlsAtEdge(paragraph: ParagraphModel, edge: "first" | "last"): ControlModel[] {
    return this.controls.filter((c) => !c.inline && c[edge] === paragraph);
  }

  /**
   * A new paragraph after `after` (null: at the very start). Controls ending at `after` do not grow: Word puts
   * a paragraph inserted after a control's last paragraph outside the control (office-js #3176). `into` lists
   * controls that should hold it anyway (inserting at a control's End).
   */
  insertParagraphAfter(
    after: ParagraphModel | null,
    text: string,
    into: readonly ControlModel[] = [],
  ): ParagraphModel {
    const paragraph = new ParagraphModel(text);
    const index = after ? this.indexOf(after) + 1 : 0;
    this.paragraphs.splice(index, 0, paragraph);
    for (const control of into) if (control.last === after) control.last = paragraph;
    return paragraph;
  }

  /** A new paragraph before `before`; controls starting at `before` stay where they start (#3176). */
  insertParagraphBefore(
    before: ParagraphModel,
    text: string,
    into: readonly ControlModel[] = [],
  ): ParagraphModel {
    const paragraph = new ParagraphModel(text);
    this.paragraphs.splice(this.indexOf(before), 0, paragraph);
    for (const control of into) if (control.first === before) control.first = paragraph;
    return paragraph;
  }

  appendParagraph(text: string): ParagraphModel {
    return this.insertParagraphAfter(this.paragraphs.at(-1) ?? null, text);
  }

  /** The controls holding `control` that start (or end) where it does, so they take in what is added there. */
  holders(control: ControlModel, edge: "first" | "last"): ControlModel[] {
    return this.controls.filter(
      (c) => c !== control && !c.inline && c[edge] === control[edge] && this.contains(c, control),
    );
  }

  /**
   * Wraps whole paragraphs in a new control. Word refuses one that would cross the border of another
   * (InvalidArgument): a range that reaches over a control's end tag but not its start tag does, as when it
   * runs from inside a control to its last paragraph, whose range ends after the control's end tag (#3176).
   * A range that holds both tags goes around the control. One that starts or ends inside a table fails with
   * GeneralException: across cells or rows (office-js #4251), and in a cell on the web (#3367). Around whole
   * tables it is allowed.
   */
  addControl(span: Span, tags?: Extent["tags"]): ControlModel {
    const [s0, s1] = this.bounds(span);
    const wrapped: ControlModel[] = [];
    for (const other of this.controls) {
      if (other.inline) continue;
      const [o0, o1] = this.bounds(other);
      if (s1 < o0 || o1 < s0) continue;
      const holdsStart = o0 > s0 || (o0 === s0 && (tags?.start.includes(other) ?? false));
      const holdsEnd = o1 < s1 || (o1 === s1 && (tags?.end.includes(other) ?? false));
      if (holdsStart !== holdsEnd) {
        throw new DoubleError("InvalidArgument", "A content control cannot cross the border of another.");
      }
      if (holdsStart && o0 === s0 && o1 === s1) wrapped.push(other);
    }
    if (this.cutsTable(s0, s1)) {
      throw new DoubleError(
        "GeneralException",
        "Sorry, something went wrong. Check the OfficeExtension.Error.debugInfo for more information.",
      );
    }
    const control = this.newControl({ ...span });
    if (wrapped.length > 0) control.rank = Math.min(...wrapped.map((c) => c.rank)) - 1;
    return control;
  }

  /** The tags a paragraph's whole range reaches over: of the block controls starting and ending with it. */
  edgeTags(paragraph: ParagraphModel): NonNullable<Extent["tags"]> {
    return {
      start: this.controlsAtEdge(paragraph, "first"),
      end: this.controlsAtEdge(paragraph, "last"),
    };
  }

  /** An inline control around runs of one paragraph (a field inside a heading, say). */
  addInlineControl(paragraph: ParagraphModel, runs: RunModel[]): ControlModel {
    return this.newControl({ first: paragraph, last: paragraph, inline: runs });
  }

  private newControl(where: Pick<ControlModel, "first" | "last" | "inline">): ControlModel {
    const id = this.nextId++;
    const control: ControlModel = {
      id,
      rank: id,
      tag: "",
      title: "",
      appearance: "BoundingBox",
      color: "",
      ...where,
    };
    this.controls.push(control);
    return control;
  }

  /**
   * Does the range [from, to] start or end inside a table without holding all of it? Word for the desktop
   * allows a control inside one cell.
   */
  private cutsTable(from: number, to: number): boolean {
    const first = this.paragraphs[from]?.cell;
    const last = this.paragraphs[to]?.cell;
    if (!first && !last) return false;
    if (!this.web && first && last && sameCell(first, last)) return false;
    for (const cell of [first, last]) {
      if (!cell) continue;
      const rows = this.paragraphs
        .map((p, index) => (p.cell?.table === cell.table ? index : -1))
        .filter((index) => index >= 0);
      if (from > rows[0]! || to < rows.at(-1)!) return true;
    }
    return false;
  }

  /**
   * Removes a control. Without its content the paragraphs go too (struck through under track changes), and a
   * parent the control fills goes with it (office-js #2946).
   */
  removeControl(control: ControlModel, keepContent: boolean): void {
    if (!keepContent) {
      const filled = this.controls.filter(
        (c) => c !== control && !c.inline && c.first === control.first && c.last === control.last,
      );
      this.deleteContent(control);
      this.controls = this.controls.filter((c) => !filled.includes(c));
    }
    this.controls = this.controls.filter((c) => c !== control);
  }

  private deleteContent(control: ControlModel): void {
    if (control.inline) {
      this.deleteRuns(control.first, control.inline);
      return;
    }
    const [from, to] = this.bounds(control);
    if (this.tracking) {
      for (const p of this.paragraphs.slice(from, to + 1)) this.strike(p);
      return;
    }
    this.removeParagraphs(from, to);
  }

  private strike(paragraph: ParagraphModel): void {
    for (const run of paragraph.runs) run.deleted = true;
    paragraph.deleted = true;
  }

  private deleteRuns(paragraph: ParagraphModel, runs: RunModel[]): void {
    if (this.tracking) for (const run of runs) run.deleted = true;
    else paragraph.runs = paragraph.runs.filter((run) => !runs.includes(run));
  }

  /**
   * Replaces a control's content by one paragraph holding `text` and returns the new run; the control stays
   * (ContentControl.insertText "Replace"). Controls inside it go with the old content.
   */
  replaceControlContent(control: ControlModel, text: string): RunModel {
    const run: RunModel = { text };
    if (control.inline) {
      const at = control.first.runs.indexOf(control.inline[0]!);
      this.deleteRuns(control.first, control.inline);
      const kept = this.tracking ? control.inline : [];
      control.first.runs.splice(Math.max(at, 0), 0, run);
      control.inline = [run];
      this.keepDeletedRunsAfter(control.first, run, kept);
      return run;
    }
    this.clearControl(control);
    control.last.runs.unshift(run);
    return run;
  }

  private keepDeletedRunsAfter(paragraph: ParagraphModel, run: RunModel, deleted: RunModel[]): void {
    if (deleted.length === 0) return;
    paragraph.runs = paragraph.runs.filter((r) => !deleted.includes(r));
    paragraph.runs.splice(paragraph.runs.indexOf(run) + 1, 0, ...deleted);
  }

  /**
   * Empties a control, leaving one empty paragraph inside it; nested controls go with the content. Under track
   * changes the old paragraphs stay struck through and a new empty paragraph at the control's end takes what
   * is written next.
   */
  clearControl(control: ControlModel): void {
    const [from, to] = this.bounds(control);
    for (const nested of this.controls) {
      if (
        nested !== control &&
        (nested.inline ? this.holdsInline(control, nested) : this.contains(control, nested))
      )
        this.controls = this.controls.filter((c) => c !== nested);
    }
    if (this.tracking) {
      for (const p of this.paragraphs.slice(from, to + 1)) this.strike(p);
      this.insertParagraphAfter(control.last, "", [control, ...this.holders(control, "last")]);
      return;
    }
    if (to > from) this.removeParagraphs(from + 1, to);
    control.first.runs = [];
    control.first.style = "Normal";
    control.last = control.first;
  }

  private holdsInline(control: ControlModel, inline: ControlModel): boolean {
    const [from, to] = this.bounds(control);
    const at = this.indexOf(inline.first);
    return from <= at && at <= to;
  }

  /**
   * Replaces a paragraph's text (Paragraph.insertText "Replace"). Word reports a paragraph inside a control as
   * starting before the control's start tag (office-js #3176), and a control over whole paragraphs sits inside
   * the paragraph mark, so replacing or deleting its first or last paragraph takes the control with it
   * (#4975, by design). Inline controls in the paragraph go with its text.
   */
  replaceParagraphText(paragraph: ParagraphModel, text: string): RunModel {
    const edge = [...this.controlsAtEdge(paragraph, "first"), ...this.controlsAtEdge(paragraph, "last")];
    this.controls = this.controls.filter((c) => !edge.includes(c));
    return this.replaceParagraphContent(paragraph, text);
  }

  /** Replaces the text of a paragraph's content range, which lies inside any control around it. */
  replaceParagraphContent(paragraph: ParagraphModel, text: string): RunModel {
    const run: RunModel = { text };
    this.controls = this.controls.filter((c) => !(c.inline && c.first === paragraph));
    if (this.tracking) {
      for (const old of paragraph.runs) old.deleted = true;
      paragraph.runs.unshift(run);
    } else paragraph.runs = [run];
    return run;
  }

  removeParagraphs(from: number, to: number): void {
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

  /** Empties the body (Body.clear): one empty paragraph remains, every control goes. */
  clearBody(): void {
    this.controls = [];
    this.paragraphs = [new ParagraphModel()];
    this.selection = this.spanOf(this.paragraphs[0]!);
  }

  /**
   * A table of rows × columns at the body's end, one paragraph per cell holding its value, and the empty
   * paragraph Word keeps after a table at the end of a document.
   */
  appendTable(rows: number, columns: number, values: readonly (readonly string[])[] = []): ParagraphModel[] {
    const table = this.nextTable++;
    const cells: ParagraphModel[] = [];
    for (let row = 0; row < rows; row++) {
      for (let cell = 0; cell < columns; cell++) {
        const paragraph = this.appendParagraph(values[row]?.[cell] ?? "");
        paragraph.cell = { table, row, cell };
        cells.push(paragraph);
      }
    }
    this.appendParagraph("");
    return cells;
  }

  addPart(xml: string): PartModel {
    const namespace = /^\s*(?:<\?xml[^>]*\?>)?\s*<[\w:.-]+[^>]*\sxmlns="([^"]*)"/.exec(xml)?.[1];
    if (namespace === undefined) throw new DoubleError("InvalidArgument", "The XML has no root namespace.");
    const part = { id: `{part-${this.nextId++}}`, namespace, xml };
    this.parts.push(part);
    return part;
  }

  /** A deep copy, for undo. */
  snapshot(): Snapshot {
    const runCopies = new Map<RunModel, RunModel>();
    const paragraphCopies = new Map<ParagraphModel, ParagraphModel>();
    for (const p of this.paragraphs) {
      const copy = Object.assign(new ParagraphModel(), p, {
        runs: p.runs.map((run) => {
          const runCopy = { ...run };
          runCopies.set(run, runCopy);
          return runCopy;
        }),
        ...(p.cell ? { cell: { ...p.cell } } : {}),
      });
      paragraphCopies.set(p, copy);
    }
    return {
      paragraphs: this.paragraphs.map((p) => paragraphCopies.get(p)!),
      controls: this.controls.map((c) => ({
        ...c,
        first: paragraphCopies.get(c.first)!,
        last: paragraphCopies.get(c.last)!,
        ...(c.inline ? { inline: c.inline.map((run) => runCopies.get(run)!) } : {}),
      })),
      parts: this.parts.map((part) => ({ ...part })),
      settings: new Map(this.settings),
    };
  }

  restore(snapshot: Snapshot): void {
    const copy = snapshotCopy(snapshot);
    this.paragraphs = copy.paragraphs;
    this.controls = copy.controls;
    this.parts = copy.parts;
    this.settings = copy.settings;
    this.selection = this.spanOf(this.paragraphs[0]!);
  }
}

/** Restoring must not hand out the snapshot's own objects, so the same snapshot can be restored twice. */
function snapshotCopy(snapshot: Snapshot): Snapshot {
  const model = new DocumentModel();
  model.paragraphs = snapshot.paragraphs;
  model.controls = snapshot.controls;
  model.parts = snapshot.parts;
  model.settings = snapshot.settings;
  return model.snapshot();
}

const sameCell = (a: CellModel, b: CellModel) => a.table === b.table && a.row === b.row && a.cell === b.cell;

/** Is the control inside a table (not around a whole one)? */
export function insideTable(control: ControlModel): boolean {
  const first = control.first.cell;
  const last = control.last.cell;
  return first !== undefined && last !== undefined && sameCell(first, last);
}

/** Reviewed text of consecutive paragraphs: a deleted paragraph mark joins a paragraph to the next one. */
export function reviewedText(paragraphs: readonly ParagraphModel[]): string {
  let text = "";
  paragraphs.forEach((p, index) => {
    text += p.reviewedText;
    if (index < paragraphs.length - 1 && !p.deleted) text += PARAGRAPH_SEPARATOR;
  });
  return text;
}
