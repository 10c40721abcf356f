import {
  BUILT_IN_STYLES,
  type ControlModel,
  type DocumentModel,
  DoubleError,
  type Extent,
  insideTable,
  PARAGRAPH_SEPARATOR,
  type ParagraphModel,
  type PartModel,
  type RunModel,
  reviewedText,
  type Span,
} from "./model";

/**
 * TEST DOUBLE — NOT WORD. Proxy objects shaped like the part of the Word JavaScript API the add-in uses. As in
 * Office.js, calls are only queued; `context.sync()` runs the queue in order, and a property can be read
 * only after it was loaded and synced, so adapter code that forgets a sync fails here as it would in Word.
 * A failed sync applies none of the values it loaded. Members newer than the requirement set the double
 * emulates fail the sync with ApiNotFound, as in a Word that lacks them.
 */

type Op = () => void;

export interface DoubleHooks {
  /** WordApi version the host claims, e.g. "1.3". */
  readonly wordApi: string;
  /** Office's UI language: built-in style names are shown in it. */
  readonly language: string;
  /** Word on the web lists no content controls inside tables (office-js #2040). */
  readonly web: boolean;
  /** Word on the web: CustomXmlParts add and delete were reported to do nothing (office-js #5910). */
  readonly inertCustomXml: boolean;
  onSync(bytes: number): void;
  afterSync(changed: boolean): void;
}

export function versionAtMost(version: string, max: string): boolean {
  const [a1 = 0, a2 = 0] = version.split(".").map(Number);
  const [b1 = 0, b2 = 0] = max.split(".").map(Number);
  return a1 < b1 || (a1 === b1 && a2 <= b2);
}

/** Bytes of a value as JSON, the measure the double reports for what a sync carries back from Word. */
export function jsonBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value) ?? "").length;
}

export class DoubleRequestContext {
  private queue: Op[] = [];
  /** Values loaded by the running sync, applied only when the whole queue succeeds. */
  private commits: Op[] = [];
  private bytes = 0;
  private mutated = false;
  readonly document: DocumentProxy;

  constructor(
    readonly model: DocumentModel,
    readonly hooks: DoubleHooks,
  ) {
    this.document = new DocumentProxy(this);
  }

  enqueue(op: Op, mutates = false): void {
    this.queue.push(() => {
      op();
      if (mutates) this.mutated = true;
    });
  }

  /** Queues a failure when the emulated Word lacks `version` (the member `name` is newer). */
  requires(version: string, name: string): void {
    if (versionAtMost(version, this.hooks.wordApi)) return;
    this.enqueue(() => {
      throw new DoubleError(
        "ApiNotFound",
        `${name} needs WordApi ${version}; this Word has ${this.hooks.wordApi}.`,
      );
    });
  }

  /** Called while the queue runs: a loaded value to hand out after the sync, and its size. */
  deliver(apply: Op, value: unknown): void {
    this.bytes += jsonBytes(value);
    this.commits.push(apply);
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    this.commits = [];
    this.bytes = 0;
    this.mutated = false;
    try {
      for (const op of ops) op();
      for (const commit of this.commits) commit();
    } finally {
      this.hooks.onSync(this.bytes);
      this.hooks.afterSync(this.mutated);
    }
  }
}

/** The double implements only the insert locations the add-in uses; anything else is a test bug to see. */
function expectLocation(given: string, supported: readonly string[]): void {
  if (!supported.includes(given)) {
    throw new DoubleError(
      "InvalidArgument",
      `The double supports ${supported.join("/")} here, not "${given}".`,
    );
  }
}

interface LoadWindow {
  props: string[];
  top?: number;
  skip?: number;
}

type LoadArgument =
  | string
  | string[]
  | { select?: string; top?: number; skip?: number; $top?: number; $skip?: number };

function loadWindow(props?: LoadArgument): LoadWindow {
  const list =
    typeof props === "string"
      ? props.split(",")
      : Array.isArray(props)
        ? props
        : (props?.select ?? "").split(",");
  const window: LoadWindow = { props: list.map((p) => p.trim().replace(/^items\//, "")).filter(Boolean) };
  if (props && typeof props === "object" && !Array.isArray(props)) {
    const top = props.top ?? props.$top;
    const skip = props.skip ?? props.$skip;
    if (top !== undefined) window.top = top;
    if (skip !== undefined) window.skip = skip;
  }
  return window;
}

/** A value Word computes in a sync (`getXml`, `getReviewedText`): readable after the sync only. */
export class ClientResultProxy<T> {
  private result: { value: T } | undefined;

  constructor(context: DoubleRequestContext, compute: () => T) {
    context.enqueue(() => {
      const value = compute();
      context.deliver(() => {
        this.result = { value };
      }, value);
    });
  }

  get value(): T {
    if (!this.result)
      throw new DoubleError("PropertyNotLoaded", "The value is known only after context.sync().");
    return this.result.value;
  }
}

abstract class ObjectProxy<T> {
  private target: T | null | undefined;
  private resolved = false;
  private nullState: boolean | undefined;
  private values = new Map<string, unknown>();

  constructor(
    protected readonly context: DoubleRequestContext,
    private readonly resolver: () => T | null,
  ) {}

  protected abstract readonly fields: Record<string, (target: T) => unknown>;
  /** Properties newer than WordApi 1.1, with the version they need. */
  protected readonly newer: Record<string, string> = {};

  /** Resolves the proxy while the queue runs; a missing object fails the sync with ItemNotFound. */
  protected resolve(): T {
    const target = this.resolveOrNull();
    if (target === null) throw new DoubleError("ItemNotFound", "The requested item does not exist.");
    return target;
  }

  protected resolveOrNull(): T | null {
    if (!this.resolved) {
      this.target = this.resolver();
      this.resolved = true;
    }
    return this.target ?? null;
  }

  protected queue(op: (target: T) => void, mutates = true): void {
    this.context.enqueue(() => op(this.resolve()), mutates);
  }

  /** Reads properties now (inside a running queue); they become readable when the sync succeeds. */
  snapshot(props: string[]): void {
    const target = this.resolveOrNull();
    if (target === null) {
      this.context.deliver(
        () => {
          this.nullState = true;
        },
        { isNullObject: true },
      );
      return;
    }
    const names = props.length > 0 ? props : Object.keys(this.fields);
    const read: Record<string, unknown> = {};
    for (const name of names) {
      const field = this.fields[name];
      if (!field) throw new DoubleError("InvalidArgument", `The double does not know property "${name}".`);
      const version = this.newer[name];
      if (version && !versionAtMost(version, this.context.hooks.wordApi)) {
        throw new DoubleError("ApiNotFound", `${name} needs WordApi ${version}.`);
      }
      read[name] = field(target);
    }
    this.context.deliver(() => {
      this.nullState = false;
      for (const [name, value] of Object.entries(read)) this.values.set(name, value);
    }, read);
  }

  load(props?: LoadArgument): this {
    const { props: list } = loadWindow(props);
    this.context.enqueue(() => this.snapshot(list));
    return this;
  }

  protected value<V>(name: string): V {
    if (!this.values.has(name)) {
      throw new DoubleError(
        "PropertyNotLoaded",
        `The property "${name}" is not available. Load it and sync first.`,
      );
    }
    return this.values.get(name) as V;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) {
      throw new DoubleError("PropertyNotLoaded", "isNullObject is known only after load and sync.");
    }
    return this.nullState;
  }
}

abstract class CollectionProxy<T, P> extends ObjectProxy<T[]> {
  protected fields = {};
  private list: P[] | undefined;

  protected abstract item(model: T): P & { snapshot(props: string[]): void };

  override load(props?: LoadArgument): this {
    const window = loadWindow(props);
    this.context.enqueue(() => {
      const skip = window.skip ?? 0;
      const models = this.resolve().slice(skip, window.top === undefined ? undefined : skip + window.top);
      const items = models.map((model) => this.item(model));
      for (const item of items) item.snapshot(window.props);
      this.context.deliver(() => {
        this.list = items;
      }, []);
    });
    return this;
  }

  get items(): P[] {
    if (!this.list) throw new DoubleError("PropertyNotLoaded", "The collection's items are not loaded.");
    return this.list;
  }
}

export class DocumentProxy extends ObjectProxy<DocumentModel> {
  protected fields = {
    changeTrackingMode: (doc: DocumentModel) => (doc.tracking ? "TrackAll" : "Off"),
  };
  protected override readonly newer = { changeTrackingMode: "1.4" };
  readonly body: BodyProxy;
  readonly contentControls: ContentControlCollectionProxy;

  constructor(context: DoubleRequestContext) {
    super(context, () => context.model);
    this.body = new BodyProxy(context);
    this.contentControls = new ContentControlCollectionProxy(context, () => context.model.orderedControls());
  }

  get customXmlParts(): CustomXmlPartsProxy {
    this.context.requires("1.4", "Document.customXmlParts");
    return new CustomXmlPartsProxy(this.context);
  }

  get changeTrackingMode(): string {
    return this.value("changeTrackingMode");
  }

  set changeTrackingMode(mode: string) {
    this.context.requires("1.4", "Document.changeTrackingMode");
    this.queue((doc) => {
      doc.tracking = mode !== "Off";
    });
  }

  getSelection(): RangeProxy {
    const model = this.context.model;
    return new RangeProxy(this.context, () => model.extentOf(model.selection));
  }
}

export class BodyProxy extends ObjectProxy<DocumentModel> {
  protected fields = {
    text: (doc: DocumentModel) => doc.paragraphs.map((p) => p.text).join(PARAGRAPH_SEPARATOR),
  };

  constructor(context: DoubleRequestContext) {
    super(context, () => context.model);
  }

  get text(): string {
    return this.value("text");
  }

  get paragraphs(): ParagraphCollectionProxy {
    return new ParagraphCollectionProxy(this.context, () => this.resolve().paragraphs);
  }

  get contentControls(): ContentControlCollectionProxy {
    return new ContentControlCollectionProxy(this.context, () => this.resolve().orderedControls());
  }

  /** "Start" and "End" are points; "Whole" is every paragraph. */
  getRange(location: "Start" | "End" | "Whole" = "Whole"): RangeProxy {
    this.context.requires("1.3", "Body.getRange");
    expectLocation(location, ["Start", "End", "Whole"]);
    return new RangeProxy(this.context, () => {
      const count = this.resolve().paragraphs.length;
      if (location === "Start") return { start: 0, end: 0 };
      if (location === "End") return { start: count, end: count };
      return { start: 0, end: count };
    });
  }

  getReviewedText(version: "Current" | "Original" = "Current"): ClientResultProxy<string> {
    this.context.requires("1.4", "Body.getReviewedText");
    expectLocation(version, ["Current"]);
    return new ClientResultProxy(this.context, () => reviewedText(this.resolve().paragraphs));
  }

  insertParagraph(text: string, location: "End" | "Start"): ParagraphProxy {
    expectLocation(location, ["End", "Start"]);
    let created: ParagraphModel | null = null;
    this.queue((doc) => {
      created = location === "End" ? doc.appendParagraph(text) : doc.insertParagraphAfter(null, text);
    });
    return new ParagraphProxy(this.context, () => created);
  }

  insertTable(rows: number, columns: number, location: "End", values?: string[][]): TableProxy {
    this.context.requires("1.3", "Body.insertTable");
    expectLocation(location, ["End"]);
    let cells: ParagraphModel[] = [];
    this.queue((doc) => {
      cells = doc.appendTable(rows, columns, values);
    });
    return new TableProxy(this.context, () => cells);
  }

  clear(): void {
    this.queue((doc) => doc.clearBody());
  }
}

/** A table inserted by `insertTable`; the double knows it only as its cells' paragraphs. */
export class TableProxy extends ObjectProxy<ParagraphModel[]> {
  protected fields = {
    rowCount: (cells: ParagraphModel[]) => new Set(cells.map((p) => p.cell?.row)).size,
  };

  getCell(row: number, cell: number): { body: { paragraphs: ParagraphCollectionProxy } } {
    const paragraphs = new ParagraphCollectionProxy(this.context, () =>
      this.resolve().filter((p) => p.cell?.row === row && p.cell.cell === cell),
    );
    return { body: { paragraphs } };
  }
}

export class ParagraphProxy extends ObjectProxy<ParagraphModel> {
  protected fields = {
    text: (p: ParagraphModel) => p.text,
    styleBuiltIn: (p: ParagraphModel) => (BUILT_IN_STYLES.has(p.style) ? p.style : "Other"),
    // The name Word shows, localised for built-in styles ("Rubrik 1" in Swedish Word); custom styles by name.
    style: (p: ParagraphModel) => localisedStyle(p.style, this.context.hooks.language),
    outlineLevel: (p: ParagraphModel) => p.outlineLevel,
    tableNestingLevel: (p: ParagraphModel) => (p.cell ? 1 : 0),
  };
  protected override readonly newer = { styleBuiltIn: "1.3", tableNestingLevel: "1.3" };

  get text(): string {
    return this.value("text");
  }

  get styleBuiltIn(): string {
    return this.value("styleBuiltIn");
  }

  get style(): string {
    return this.value("style");
  }

  get outlineLevel(): number {
    return this.value("outlineLevel");
  }

  get tableNestingLevel(): number {
    return this.value("tableNestingLevel");
  }

  set styleBuiltIn(style: string) {
    this.context.requires("1.3", "Paragraph.styleBuiltIn");
    this.queue((p) => {
      p.style = style;
    });
  }

  /** Before the first paragraph or after the last paragraph of a control, the new one lands outside it (#3176). */
  insertParagraph(text: string, location: "After" | "Before"): ParagraphProxy {
    expectLocation(location, ["After", "Before"]);
    let created: ParagraphModel | null = null;
    this.queue((p) => {
      created =
        location === "After"
          ? this.context.model.insertParagraphAfter(p, text)
          : this.context.model.insertParagraphBefore(p, text);
      if (p.cell) created.cell = { ...p.cell };
    });
    return new ParagraphProxy(this.context, () => created);
  }

  /** "Replace" replaces the paragraph's range, which starts before a control's start tag (#3176, #4975). */
  insertText(text: string, location: "End" | "Start" | "Replace"): RunRangeProxy {
    expectLocation(location, ["End", "Start", "Replace"]);
    let run: RunModel | null = null;
    let paragraph: ParagraphModel | null = null;
    this.queue((p) => {
      paragraph = p;
      if (location === "Replace") run = this.context.model.replaceParagraphText(p, text);
      else {
        run = { text };
        if (location === "End") p.runs.push(run);
        else p.runs.unshift(run);
      }
    });
    return new RunRangeProxy(this.context, () => (run && paragraph ? { paragraph, run } : null));
  }

  /** Its ranges reach over the tags of controls beginning (Start, Whole) or ending (End, Whole) with it (#3176). */
  getRange(location: "Whole" | "Content" | "Start" | "End" = "Whole"): RangeProxy {
    this.context.requires("1.3", "Paragraph.getRange");
    expectLocation(location, ["Whole", "Content", "Start", "End"]);
    const model = this.context.model;
    return new RangeProxy(
      this.context,
      () => {
        const paragraph = this.resolve();
        const at = model.indexOf(paragraph);
        const { start, end } = model.edgeTags(paragraph);
        if (location === "Start") return { start: at, end: at, tags: { start, end: [] } };
        if (location === "End") return { start: at + 1, end: at + 1, tags: { start: [], end } };
        if (location === "Content") return { start: at, end: at + 1 };
        return { start: at, end: at + 1, tags: { start, end } };
      },
      location === "Content",
    );
  }

  getReviewedText(version: "Current" | "Original" = "Current"): ClientResultProxy<string> {
    this.context.requires("1.4", "Paragraph.getReviewedText");
    expectLocation(version, ["Current"]);
    return new ClientResultProxy(this.context, () => this.resolve().reviewedText);
  }

  /** The paragraph after this one; ItemNotFound at the last (Word API reference, Paragraph.getNext). */
  getNext(): ParagraphProxy {
    this.context.requires("1.3", "Paragraph.getNext");
    return this.next();
  }

  /**
   * The paragraph after this one, or a null object at the last: "If the paragraph is the last one, then this
   * method will return an object with its isNullObject property set to true" (Word API reference,
   * Paragraph.getNextOrNullObject, WordApi 1.3).
   */
  getNextOrNullObject(): ParagraphProxy {
    this.context.requires("1.3", "Paragraph.getNextOrNullObject");
    return this.next();
  }

  private next(): ParagraphProxy {
    const model = this.context.model;
    return new ParagraphProxy(
      this.context,
      () => model.paragraphs[model.indexOf(this.resolve()) + 1] ?? null,
    );
  }

  get parentContentControlOrNullObject(): ContentControlProxy {
    this.context.requires("1.3", "Paragraph.parentContentControlOrNullObject");
    const model = this.context.model;
    return new ContentControlProxy(this.context, () => model.parentOf(model.spanOf(this.resolve())));
  }

  select(_mode?: string): void {
    this.queue((p) => {
      this.context.model.selection = this.context.model.spanOf(p);
    });
  }
}

const SWEDISH_STYLE_NAMES: Record<string, string> = { Title: "Rubrik", Subtitle: "Underrubrik" };

/** Built-in style names as Word shows them: in Swedish Word "Rubrik 1"; in English Word "Heading 1". */
function localisedStyle(style: string, language: string): string {
  if (!BUILT_IN_STYLES.has(style)) return style;
  const swedish = language.startsWith("sv");
  if (swedish && SWEDISH_STYLE_NAMES[style]) return SWEDISH_STYLE_NAMES[style]!;
  return style
    .replace(/^Heading(\d)$/, swedish ? "Rubrik $1" : "Heading $1")
    .replace(/^ListParagraph$/, "List Paragraph");
}

/** A run inserted by `insertText`: what a hyperlink is set on, or what a field control wraps. */
export class RunRangeProxy extends ObjectProxy<{ paragraph: ParagraphModel; run: RunModel }> {
  protected fields = {
    text: (r: { run: RunModel }) => r.run.text,
    hyperlink: (r: { run: RunModel }) => r.run.href ?? "",
  };
  protected override readonly newer = { hyperlink: "1.3" };

  get text(): string {
    return this.value("text");
  }

  get hyperlink(): string {
    return this.value("hyperlink");
  }

  set hyperlink(href: string) {
    this.context.requires("1.3", "Range.hyperlink");
    this.queue(({ run }) => {
      if (href) run.href = href;
      else delete run.href;
    });
  }

  /** The style of the paragraph the run lies in. */
  set styleBuiltIn(style: string) {
    this.context.requires("1.3", "Range.styleBuiltIn");
    this.queue(({ paragraph }) => {
      paragraph.style = style;
    });
  }

  /** An inline control around the run (a field whose value the add-in rewrites later). */
  insertContentControl(): ContentControlProxy {
    let created: ControlModel | null = null;
    this.queue(({ paragraph, run }) => {
      created = this.context.model.addInlineControl(paragraph, [run]);
    });
    return new ContentControlProxy(this.context, () => created);
  }
}

/** A range of whole paragraphs or a point between them (the only ranges the add-in makes besides runs). */
export class RangeProxy extends ObjectProxy<Extent> {
  protected fields = {
    text: (extent: Extent) =>
      this.paragraphsOf(extent)
        .map((p) => p.text)
        .join(PARAGRAPH_SEPARATOR),
  };

  constructor(
    context: DoubleRequestContext,
    resolver: () => Extent | null,
    /** A paragraph's "Content" range: inside any control around the paragraph. */
    private readonly content = false,
  ) {
    super(context, resolver);
  }

  private paragraphsOf(extent: Extent): ParagraphModel[] {
    return this.context.model.paragraphsIn(extent);
  }

  get text(): string {
    return this.value("text");
  }

  get paragraphs(): ParagraphCollectionProxy {
    return new ParagraphCollectionProxy(this.context, () => this.paragraphsOf(this.resolve()));
  }

  get contentControls(): ContentControlCollectionProxy {
    return new ContentControlCollectionProxy(this.context, () =>
      this.context.model.controlsIn(this.resolve()),
    );
  }

  expandTo(other: RangeProxy): RangeProxy {
    this.context.requires("1.3", "Range.expandTo");
    return new RangeProxy(this.context, () => {
      const a = this.resolve();
      const b = other.resolve();
      const start = Math.min(a.start, b.start);
      const end = Math.max(a.end, b.end);
      const tagsAt = (edge: "start" | "end", at: number) =>
        [a, b].filter((r) => r[edge] === at).flatMap((r) => r.tags?.[edge] ?? []);
      return { start, end, tags: { start: tagsAt("start", start), end: tagsAt("end", end) } };
    });
  }

  getRange(location: "Start" | "End" | "Whole" = "Whole"): RangeProxy {
    this.context.requires("1.3", "Range.getRange");
    expectLocation(location, ["Start", "End", "Whole"]);
    return new RangeProxy(this.context, () => {
      const extent = this.resolve();
      if (location === "Start") return { start: extent.start, end: extent.start };
      if (location === "End") return { start: extent.end, end: extent.end };
      return extent;
    });
  }

  get parentContentControlOrNullObject(): ContentControlProxy {
    this.context.requires("1.3", "Range.parentContentControlOrNullObject");
    const model = this.context.model;
    return new ContentControlProxy(this.context, () => {
      const paragraphs = this.paragraphsOf(this.resolve());
      return model.parentOf(model.spanOf(paragraphs[0]!, paragraphs.at(-1)!));
    });
  }

  getReviewedText(version: "Current" | "Original" = "Current"): ClientResultProxy<string> {
    this.context.requires("1.4", "Range.getReviewedText");
    expectLocation(version, ["Current"]);
    return new ClientResultProxy(this.context, () => reviewedText(this.paragraphsOf(this.resolve())));
  }

  /** Only a paragraph's "Content" range is replaced here, and it stays inside the controls around it. */
  insertText(text: string, location: "Replace"): RunRangeProxy {
    expectLocation(location, ["Replace"]);
    if (!this.content)
      throw new DoubleError(
        "InvalidArgument",
        "The double replaces text only in a paragraph's Content range.",
      );
    let run: RunModel | null = null;
    let paragraph: ParagraphModel | null = null;
    this.queue((extent) => {
      paragraph = this.paragraphsOf(extent)[0]!;
      run = this.context.model.replaceParagraphContent(paragraph, text);
    });
    return new RunRangeProxy(this.context, () => (run && paragraph ? { paragraph, run } : null));
  }

  insertContentControl(): ContentControlProxy {
    let created: ControlModel | null = null;
    this.queue((extent) => {
      const paragraphs = this.paragraphsOf(extent);
      const span = this.context.model.spanOf(paragraphs[0]!, paragraphs.at(-1)!);
      created = this.context.model.addControl(span, extent.tags);
    });
    return new ContentControlProxy(this.context, () => created);
  }

  select(_mode?: string): void {
    this.queue((extent) => {
      const paragraphs = this.paragraphsOf(extent);
      this.context.model.selection = this.context.model.spanOf(paragraphs[0]!, paragraphs.at(-1)!);
    });
  }
}

export class ParagraphCollectionProxy extends CollectionProxy<ParagraphModel, ParagraphProxy> {
  protected item(model: ParagraphModel): ParagraphProxy {
    return new ParagraphProxy(this.context, () => model);
  }

  getFirst(): ParagraphProxy {
    this.context.requires("1.3", "ParagraphCollection.getFirst");
    return new ParagraphProxy(this.context, () => this.resolve()[0] ?? null);
  }

  getLast(): ParagraphProxy {
    this.context.requires("1.3", "ParagraphCollection.getLast");
    return new ParagraphProxy(this.context, () => this.resolve().at(-1) ?? null);
  }

  getLastOrNullObject(): ParagraphProxy {
    this.context.requires("1.3", "ParagraphCollection.getLastOrNullObject");
    return new ParagraphProxy(this.context, () => this.resolve().at(-1) ?? null);
  }
}

export class ContentControlProxy extends ObjectProxy<ControlModel> {
  protected fields = {
    id: (c: ControlModel) => c.id,
    tag: (c: ControlModel) => c.tag,
    title: (c: ControlModel) => c.title,
    appearance: (c: ControlModel) => c.appearance,
    color: (c: ControlModel) => c.color,
    text: (c: ControlModel) => this.context.model.textOf(c),
  };

  private setter(name: "tag" | "title" | "appearance" | "color", value: string): void {
    this.queue((control) => {
      control[name] = value;
    });
  }

  get id(): number {
    return this.value("id");
  }
  get tag(): string {
    return this.value("tag");
  }
  set tag(value: string) {
    this.setter("tag", value);
  }
  get title(): string {
    return this.value("title");
  }
  set title(value: string) {
    this.setter("title", value);
  }
  get appearance(): string {
    return this.value("appearance");
  }
  set appearance(value: string) {
    this.setter("appearance", value);
  }
  get color(): string {
    return this.value("color");
  }
  set color(value: string) {
    this.setter("color", value);
  }
  get text(): string {
    return this.value("text");
  }

  get paragraphs(): ParagraphCollectionProxy {
    return new ParagraphCollectionProxy(this.context, () => this.context.model.paragraphsOf(this.resolve()));
  }

  /** The controls inside this one (not itself: Word on Windows and Mac once listed it too, office-js #4499). */
  get contentControls(): ContentControlCollectionProxy {
    return new ContentControlCollectionProxy(this.context, () => {
      const control = this.resolve();
      return this.context.model.controlsIn(this.context.model.extentOf(control)).filter((c) => c !== control);
    });
  }

  /** "Start"/"End" insert inside the control, "Before"/"After" outside it (inside any control holding it). */
  insertParagraph(text: string, location: "End" | "Start" | "After" | "Before"): ParagraphProxy {
    expectLocation(location, ["End", "Start", "After", "Before"]);
    let created: ParagraphModel | null = null;
    const model = this.context.model;
    this.queue((control) => {
      if (control.inline) throw new DoubleError("InvalidArgument", "An inline control holds no paragraphs.");
      if (location === "End" || location === "After") {
        const into = model.holders(control, "last");
        created = model.insertParagraphAfter(
          control.last,
          text,
          location === "End" ? [control, ...into] : into,
        );
      } else {
        const into = model.holders(control, "first");
        created = model.insertParagraphBefore(
          control.first,
          text,
          location === "Start" ? [control, ...into] : into,
        );
      }
    });
    return new ParagraphProxy(this.context, () => created);
  }

  /** "Replace" keeps the control and leaves one paragraph holding the text; "End" appends to its last one. */
  insertText(text: string, location: "Replace" | "End"): RunRangeProxy {
    expectLocation(location, ["Replace", "End"]);
    let result: { paragraph: ParagraphModel; run: RunModel } | null = null;
    this.queue((control) => {
      if (location === "Replace") {
        const run = this.context.model.replaceControlContent(control, text);
        result = { paragraph: control.last, run };
        return;
      }
      const run: RunModel = { text };
      if (control.inline) {
        control.first.runs.splice(control.first.runs.indexOf(control.inline.at(-1)!) + 1, 0, run);
        control.inline.push(run);
      } else control.last.runs.push(run);
      result = { paragraph: control.last, run };
    });
    return new RunRangeProxy(this.context, () => result);
  }

  getRange(location: "Whole" | "Start" | "End" = "Whole"): RangeProxy {
    this.context.requires("1.3", "ContentControl.getRange");
    expectLocation(location, ["Whole", "Start", "End"]);
    return new RangeProxy(this.context, () => {
      const control = this.resolve();
      const extent = this.context.model.extentOf(control);
      const tags = { start: [control], end: [control] };
      if (location === "Start") return { start: extent.start, end: extent.start, tags: { ...tags, end: [] } };
      if (location === "End") return { start: extent.end, end: extent.end, tags: { ...tags, start: [] } };
      return { ...extent, tags };
    });
  }

  getReviewedText(version: "Current" | "Original" = "Current"): ClientResultProxy<string> {
    this.context.requires("1.4", "ContentControl.getReviewedText");
    expectLocation(version, ["Current"]);
    return new ClientResultProxy(this.context, () => this.context.model.reviewedTextOf(this.resolve()));
  }

  clear(): void {
    this.queue((control) => this.context.model.clearControl(control));
  }

  delete(keepContent: boolean): void {
    this.queue((control) => this.context.model.removeControl(control, keepContent));
  }

  select(_mode?: "Select" | "Start" | "End"): void {
    this.queue((control) => {
      this.context.model.selection = this.context.model.spanOf(control.first, control.last);
    });
  }

  /** The table the control lies in, or a null object; a control around a whole table lies in none. */
  get parentTableOrNullObject(): TableProxy {
    this.context.requires("1.3", "ContentControl.parentTableOrNullObject");
    return new TableProxy(this.context, () => {
      const control = this.resolve();
      if (!insideTable(control)) return null;
      const table = control.first.cell!.table;
      return this.context.model.paragraphs.filter((p) => p.cell?.table === table);
    });
  }

  /** The parent of a null object is a null object, as in Office.js. */
  get parentContentControlOrNullObject(): ContentControlProxy {
    this.context.requires("1.3", "ContentControl.parentContentControlOrNullObject");
    return new ContentControlProxy(this.context, () => {
      const control = this.resolveOrNull();
      return control ? this.context.model.parentOf(control, control) : null;
    });
  }
}

export class ContentControlCollectionProxy extends CollectionProxy<ControlModel, ContentControlProxy> {
  constructor(context: DoubleRequestContext, resolver: () => ControlModel[]) {
    // Word on the web does not list content controls inside tables (office-js #2040).
    super(context, () => resolver().filter((c) => !(context.hooks.web && c.first.cell)));
  }

  protected item(model: ControlModel): ContentControlProxy {
    return new ContentControlProxy(this.context, () => model);
  }

  getByTag(tag: string): ContentControlCollectionProxy {
    return new ContentControlCollectionProxy(this.context, () => this.resolve().filter((c) => c.tag === tag));
  }

  getByTitle(title: string): ContentControlCollectionProxy {
    return new ContentControlCollectionProxy(this.context, () =>
      this.resolve().filter((c) => c.title === title),
    );
  }

  getFirst(): ContentControlProxy {
    this.context.requires("1.3", "ContentControlCollection.getFirst");
    return new ContentControlProxy(this.context, () => this.resolve()[0] ?? null);
  }

  getById(id: number): ContentControlProxy {
    return new ContentControlProxy(this.context, () => this.resolve().find((c) => c.id === id) ?? null);
  }
}

export class CustomXmlPartProxy extends ObjectProxy<PartModel> {
  protected fields = { id: (p: PartModel) => p.id, namespaceUri: (p: PartModel) => p.namespace };

  get id(): string {
    return this.value("id");
  }

  getXml(): ClientResultProxy<string> {
    return new ClientResultProxy(this.context, () => this.resolve().xml);
  }

  /**
   * An XML declaration at the start makes Word keep the old XML without any error (office-js #1643: the part
   * was updated only after the declaration was left out). On the web, reportedly nothing happens (#5910).
   */
  setXml(xml: string): void {
    this.queue((part) => {
      if (/^\s*<\?xml/.test(xml) || this.context.hooks.inertCustomXml) return;
      part.xml = xml;
    });
  }

  delete(): void {
    this.queue((part) => {
      if (this.context.hooks.inertCustomXml) return;
      this.context.model.parts = this.context.model.parts.filter((p) => p !== part);
    });
  }
}

export class CustomXmlPartCollectionProxy extends CollectionProxy<PartModel, CustomXmlPartProxy> {
  protected item(model: PartModel): CustomXmlPartProxy {
    return new CustomXmlPartProxy(this.context, () => model);
  }
}

export class CustomXmlPartsProxy extends CustomXmlPartCollectionProxy {
  constructor(context: DoubleRequestContext) {
    super(context, () => context.model.parts);
  }

  /** Adds a part; on the web this was reported to do nothing, without an error (office-js #5910). */
  add(xml: string): CustomXmlPartProxy {
    let created: PartModel | null = null;
    this.context.enqueue(() => {
      if (this.context.hooks.inertCustomXml) {
        created = { id: "{not-added}", namespace: "", xml: "" };
        return;
      }
      created = this.context.model.addPart(xml);
    }, true);
    return new CustomXmlPartProxy(this.context, () => created);
  }

  getByNamespace(namespace: string): CustomXmlPartCollectionProxy {
    return new CustomXmlPartCollectionProxy(this.context, () =>
      this.context.model.parts.filter((p) => p.namespace === namespace),
    );
  }
}

export type { Span };
