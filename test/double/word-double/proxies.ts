import {
  type ControlModel,
  type DocumentModel,
  DoubleError,
  PARAGRAPH_SEPARATOR,
  type ParagraphModel,
  type PartModel,
  type RunModel,
  type Span,
} from "./model";

/**
 * TEST DOUBLE — NOT WORD. Proxy objects shaped like the Word JavaScript API subset the add-in uses. As in
 * Office.js, calls are only queued; `context.sync()` runs the queue in order, and a property can be read
 * only after it was loaded and synced, so adapter code that forgets a sync fails here as it would in Word.
 */

type Op = () => void;

export interface DoubleHooks {
  onSync(context: DoubleRequestContext): void;
  afterSync(): void;
}

export class DoubleRequestContext {
  private queue: Op[] = [];
  readonly document: DocumentProxy;

  constructor(
    readonly model: DocumentModel,
    private readonly hooks: DoubleHooks,
  ) {
    this.document = new DocumentProxy(this);
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    this.hooks.onSync(this);
    const ops = this.queue;
    this.queue = [];
    try {
      for (const op of ops) op();
    } finally {
      this.hooks.afterSync();
    }
  }
}

/** The double implements only the insert locations the add-in uses; anything else is a test bug to see. */
function expectLocation(given: string, supported: string): void {
  if (given !== supported) {
    throw new DoubleError("InvalidArgument", `The double supports only "${supported}" here, not "${given}".`);
  }
}

function propertyList(props?: string | string[] | { select?: string }): string[] {
  const list =
    typeof props === "string"
      ? props.split(",")
      : Array.isArray(props)
        ? props
        : (props?.select ?? "").split(",");
  return list.map((p) => p.trim().replace(/^items\//, "")).filter(Boolean);
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

  protected queue(op: (target: T) => void): void {
    this.context.enqueue(() => op(this.resolve()));
  }

  /** Snapshots properties now (inside a running queue). */
  snapshot(props: string[]): void {
    const target = this.resolveOrNull();
    this.nullState = target === null;
    if (target === null) return;
    const names = props.length > 0 ? props : Object.keys(this.fields);
    for (const name of names) {
      const read = this.fields[name];
      if (!read) throw new DoubleError("InvalidArgument", `The double does not know property "${name}".`);
      this.values.set(name, read(target));
    }
  }

  load(props?: string | string[] | { select?: string }): this {
    const list = propertyList(props);
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

  override load(props?: string | string[] | { select?: string }): this {
    const list = propertyList(props);
    this.context.enqueue(() => {
      const models = this.resolve();
      const items = models.map((model) => this.item(model));
      for (const item of items) item.snapshot(list);
      this.list = items;
    });
    return this;
  }

  get items(): P[] {
    if (!this.list) throw new DoubleError("PropertyNotLoaded", "The collection's items are not loaded.");
    return this.list;
  }
}

export class DocumentProxy {
  readonly body: BodyProxy;
  readonly contentControls: ContentControlCollectionProxy;
  readonly customXmlParts: CustomXmlPartsProxy;

  constructor(private readonly context: DoubleRequestContext) {
    const model = context.model;
    this.body = new BodyProxy(context);
    this.contentControls = new ContentControlCollectionProxy(context, () => model.orderedControls());
    this.customXmlParts = new CustomXmlPartsProxy(context);
  }

  getSelection(): RangeProxy {
    const model = this.context.model;
    return new RangeProxy(this.context, () => model.selection);
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

  /** Only the body's start, a point (see `PointRangeProxy`). */
  getRange(location: "Start"): PointRangeProxy {
    expectLocation(location, "Start");
    return new PointRangeProxy(this.context, () => this.resolve().paragraphs[0] ?? null);
  }

  insertParagraph(text: string, location: "End"): ParagraphProxy {
    expectLocation(location, "End");
    let created: ParagraphModel | null = null;
    this.queue((doc) => {
      created = doc.appendParagraph(text);
    });
    return new ParagraphProxy(this.context, () => created);
  }
}

export class ParagraphProxy extends ObjectProxy<ParagraphModel> {
  protected fields = {
    text: (p: ParagraphModel) => p.text,
    styleBuiltIn: (p: ParagraphModel) => p.style,
    // The name Word shows: built-in styles by their English names ("Heading 1"), as Word in English does.
    style: (p: ParagraphModel) => p.style.replace(/^([A-Za-z]+)(\d)$/, "$1 $2"),
  };

  get text(): string {
    return this.value("text");
  }

  get styleBuiltIn(): string {
    return this.value("styleBuiltIn");
  }

  get style(): string {
    return this.value("style");
  }

  set styleBuiltIn(style: string) {
    this.queue((p) => {
      p.style = style;
    });
  }

  /** Joins every control the paragraph ends, as pressing Enter at its end would. */
  insertParagraph(text: string, location: "After"): ParagraphProxy {
    expectLocation(location, "After");
    let created: ParagraphModel | null = null;
    this.queue((p) => {
      created = this.context.model.insertParagraphAfter(p, text, () => true);
    });
    return new ParagraphProxy(this.context, () => created);
  }

  insertText(text: string, location: "End" | "Replace"): RunRangeProxy {
    let run: RunModel | null = null;
    this.queue((p) => {
      run = { text };
      if (location === "Replace") p.runs = [run];
      else p.runs.push(run);
    });
    return new RunRangeProxy(this.context, () => run);
  }

  getRange(location?: "Whole" | "Content"): RangeProxy;
  getRange(location: "Start"): PointRangeProxy;
  getRange(location: "Whole" | "Content" | "Start" = "Whole"): RangeProxy | PointRangeProxy {
    if (location === "Start") return new PointRangeProxy(this.context, () => this.resolve());
    if (location !== "Whole" && location !== "Content") {
      throw new DoubleError(
        "InvalidArgument",
        `The double supports only whole-paragraph ranges and a paragraph's start, not "${location}".`,
      );
    }
    const model = this.context.model;
    return new RangeProxy(this.context, () => model.spanOf(this.resolve()));
  }

  get parentContentControlOrNullObject(): ContentControlProxy {
    const model = this.context.model;
    return new ContentControlProxy(this.context, () => model.parentOf(model.spanOf(this.resolve())));
  }
}

/** A run inserted by `insertText`: what a hyperlink is set on. */
export class RunRangeProxy extends ObjectProxy<RunModel> {
  protected fields = { text: (r: RunModel) => r.text, hyperlink: (r: RunModel) => r.href ?? "" };

  get text(): string {
    return this.value("text");
  }

  get hyperlink(): string {
    return this.value("hyperlink");
  }

  set hyperlink(href: string) {
    this.queue((run) => {
      if (href) run.href = href;
      else delete run.href;
    });
  }
}

/** A range of whole paragraphs (the only ranges the add-in makes). */
export class RangeProxy extends ObjectProxy<Span> {
  protected fields = { text: (span: Span) => this.context.model.textOf(span) };

  get text(): string {
    return this.value("text");
  }

  get paragraphs(): ParagraphCollectionProxy {
    return new ParagraphCollectionProxy(this.context, () => this.context.model.paragraphsOf(this.resolve()));
  }

  expandTo(other: RangeProxy): RangeProxy {
    return new RangeProxy(this.context, () => this.context.model.union(this.resolve(), other.resolve()));
  }

  get parentContentControlOrNullObject(): ContentControlProxy {
    return new ContentControlProxy(this.context, () => this.context.model.parentOf(this.resolve()));
  }

  insertContentControl(): ContentControlProxy {
    let created: ControlModel | null = null;
    this.queue((span) => {
      created = this.context.model.addControl(span);
    });
    return new ContentControlProxy(this.context, () => created);
  }
}

/**
 * The point at the start of a paragraph. The double only lets it grow to another point, giving the whole
 * paragraphs between them: from the body's start to a paragraph's start that is every paragraph before it, as
 * in Word a range ending where a paragraph starts does not hold that paragraph (two points at the same place
 * give the paragraph they lie in). Nothing is inserted at a point.
 */
export class PointRangeProxy extends ObjectProxy<ParagraphModel> {
  protected fields = {};

  expandTo(other: PointRangeProxy): RangeProxy {
    if (!(other instanceof PointRangeProxy)) {
      throw new DoubleError("InvalidArgument", "The double expands a point only to another point.");
    }
    const model = this.context.model;
    return new RangeProxy(this.context, () => {
      const a = model.indexOf(this.resolve());
      const b = model.indexOf(other.resolve());
      const from = Math.min(a, b);
      const to = Math.max(from, Math.max(a, b) - 1);
      return model.spanOf(model.paragraphs[from]!, model.paragraphs[to]!);
    });
  }
}

export class ParagraphCollectionProxy extends CollectionProxy<ParagraphModel, ParagraphProxy> {
  protected item(model: ParagraphModel): ParagraphProxy {
    return new ParagraphProxy(this.context, () => model);
  }

  getFirst(): ParagraphProxy {
    return new ParagraphProxy(this.context, () => this.resolve()[0] ?? null);
  }

  getLast(): ParagraphProxy {
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

  /** "End" puts the paragraph inside this control, "After" right after it; both stay inside its holders. */
  insertParagraph(text: string, location: "End" | "After"): ParagraphProxy {
    let created: ParagraphModel | null = null;
    const model = this.context.model;
    this.queue((control) => {
      const holds = (c: ControlModel) => c !== control && model.contains(c, control);
      created = model.insertParagraphAfter(
        control.last,
        text,
        (c) => holds(c) || (location === "End" && c === control),
      );
    });
    return new ParagraphProxy(this.context, () => created);
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

  /** The parent of a null object is a null object, as in Office.js. */
  get parentContentControlOrNullObject(): ContentControlProxy {
    return new ContentControlProxy(this.context, () => {
      const control = this.resolveOrNull();
      return control ? this.context.model.parentOf(control, control) : null;
    });
  }
}

export class ContentControlCollectionProxy extends CollectionProxy<ControlModel, ContentControlProxy> {
  protected item(model: ControlModel): ContentControlProxy {
    return new ContentControlProxy(this.context, () => model);
  }

  getByTag(tag: string): ContentControlCollectionProxy {
    return new ContentControlCollectionProxy(this.context, () => this.resolve().filter((c) => c.tag === tag));
  }

  getFirst(): ContentControlProxy {
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

  getXml(): { value: string } {
    const result = { value: "" };
    this.queue((part) => {
      result.value = part.xml;
    });
    return result;
  }

  setXml(xml: string): void {
    this.queue((part) => {
      part.xml = xml;
    });
  }

  delete(): void {
    this.queue((part) => {
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

  add(xml: string): CustomXmlPartProxy {
    let created: PartModel | null = null;
    this.context.enqueue(() => {
      created = this.context.model.addPart(xml);
    });
    return new CustomXmlPartProxy(this.context, () => created);
  }

  getByNamespace(namespace: string): CustomXmlPartCollectionProxy {
    return new CustomXmlPartCollectionProxy(this.context, () =>
      this.context.model.parts.filter((p) => p.namespace === namespace),
    );
  }
}
