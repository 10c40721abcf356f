import { OfficeMockObject } from "office-addin-mock";

/**
 * Builders for adapter tests on `office-addin-mock`. The mock library gives load/sync semantics to scalar
 * properties (a value reads as an error string until it is loaded and synced); these helpers add the
 * behaviour Word has and the library lacks (inserting paragraphs, wrapping ranges in content controls,
 * collections) and record what the adapter asked for, so tests assert the document Word would build and
 * the exact number of `context.sync()` calls.
 */

// biome-ignore lint/suspicious/noExplicitAny: the library shapes mock objects at run time from their data.
type Mock = OfficeMockObject & Record<string, any>;

export interface RecordedRun {
  text: string;
  location: string;
  /** Read at assertion time: what the adapter set on the returned range. */
  readonly hyperlink: string | undefined;
}

export interface RecordedParagraph {
  /** The text given when the paragraph was inserted. */
  text: string;
  /**
   * "body:End", "after:<index of anchor paragraph>", "after:selection", "after-control:<tag>",
   * "control:<tag>:End"; paragraphs already in the body are "document:<index>".
   */
  at: string;
  runs: RecordedRun[];
  readonly style: string | undefined;
  /** Full text: inserted text followed by the runs appended at its end. */
  readonly fullText: string;
  mock: Mock;
}

export interface RecordedControl {
  /** The id Word would give the new control. */
  id: number;
  /** The paragraphs the control wraps, by index into `paragraphs` (or -1 for existing ones). */
  first: RecordedParagraph;
  last: RecordedParagraph;
  readonly tag: string;
  readonly title: string;
  readonly appearance: string;
  readonly color: string;
  mock: Mock;
}

export interface ExistingControl {
  /** Word's content-control id; numbered from 101 in document order when not given. */
  id?: number;
  tag: string;
  title?: string;
  text?: string;
}

export interface ExistingPart {
  id: string;
  xml: string;
}

export interface WordMockOptions {
  /** Content controls already in the document, in document order. */
  controls?: ExistingControl[];
  /** Texts of the paragraphs the selection covers (first..last). Empty: nothing selectable. */
  selection?: string[];
  /** The controls around a newly inserted one, innermost first (null: none). */
  ancestors?: (ExistingControl | null)[];
  bodyText?: string;
  /** Texts of the body's paragraphs, for operations that load `body.paragraphs`. */
  bodyParagraphs?: string[];
  /**
   * The paragraphs of the range from the body's start to the selection's start, i.e. those above the
   * selection; a plain string is a Normal paragraph.
   */
  beforeSelection?: (string | { text: string; styleBuiltIn?: string; style?: string })[];
  parts?: ExistingPart[];
}

export interface WordMock {
  /** The `Word` global to install. */
  word: Mock;
  readonly syncs: number;
  /** Paragraphs inserted by the adapter, in the order it queued them. */
  paragraphs: RecordedParagraph[];
  /** Content controls created by the adapter, in the order it queued them. */
  controls: RecordedControl[];
  /** Every other call the adapter made, e.g. "getByTag(sp:justering)", "clear(sp:justering)". */
  calls: string[];
  /** Paragraph insertions ("paragraph") and control creations ("control") in the order they were queued. */
  order: ("paragraph" | "control")[];
  /** What each `load` asked for, e.g. "contentControls:tag,title,text". */
  loads: string[];
  /** Existing controls by tag, for asserting calls on them. */
  existing: Map<string, Mock>;
  /** Custom XML parts added, set and deleted. */
  xml: { added: string[]; set: Map<string, string>; deleted: string[] };
  /** Makes the next sync fail with this Office error code (as Word does for a missing item). */
  failNextSync(code: string): void;
  install(): void;
}

class OfficeError extends Error {
  constructor(readonly code: string) {
    super(`Office error ${code}`);
    this.name = "RichApi.Error";
  }
}

export function createWordMock(options: WordMockOptions = {}): WordMock {
  const paragraphs: RecordedParagraph[] = [];
  const controls: RecordedControl[] = [];
  const calls: string[] = [];
  const loads: string[] = [];
  const order: ("paragraph" | "control")[] = [];
  const dynamic: Mock[] = [];
  const unsynced: { synced: boolean }[] = [];
  const existing = new Map<string, Mock>();
  const xml = { added: [] as string[], set: new Map<string, string>(), deleted: [] as string[] };
  let pendingError: string | null = null;
  let syncs = 0;

  const track = (mock: Mock): Mock => {
    dynamic.push(mock);
    return mock;
  };

  function run(text: string, location: string): { record: RecordedRun; mock: Mock } {
    const mock = track(new OfficeMockObject({ text }) as Mock);
    const record: RecordedRun = {
      text,
      location,
      get hyperlink() {
        return typeof mock.hyperlink === "string" ? mock.hyperlink : undefined;
      },
    };
    return { record, mock };
  }

  function range(first: RecordedParagraph, last: RecordedParagraph): Mock {
    const mock = track(
      new OfficeMockObject({
        expandTo(other: Mock) {
          calls.push("expandTo");
          return range(first, other.__last as RecordedParagraph);
        },
        insertContentControl() {
          return newControl(first, last);
        },
      }) as Mock,
    );
    mock.__last = last;
    return mock;
  }

  function paragraph(text: string, at: string): RecordedParagraph {
    const runs: RecordedRun[] = [];
    // Paragraphs already in the document have a text to load; inserted ones are recorded instead.
    const existingText = at.startsWith("document:") ? { text } : {};
    const mock = track(
      new OfficeMockObject({
        ...existingText,
        insertParagraph(next: string, location: string) {
          if (location !== "After") throw new Error(`Unexpected paragraph location ${location}`);
          return paragraph(
            next,
            record.at === "selection" ? "after:selection" : `after:${paragraphs.indexOf(record)}`,
          ).mock;
        },
        insertText(value: string, location: string) {
          const inserted = run(value, location);
          runs.push(inserted.record);
          return inserted.mock;
        },
        getRange(location: string) {
          calls.push(`getRange(${location})`);
          return range(record, record);
        },
      }) as Mock,
    );
    const record: RecordedParagraph = {
      text,
      at,
      runs,
      mock,
      get style() {
        return typeof mock.styleBuiltIn === "string" ? mock.styleBuiltIn : undefined;
      },
      get fullText() {
        return text + runs.map((r) => r.text).join("");
      },
    };
    if (at !== "selection" && !at.startsWith("document:")) {
      paragraphs.push(record);
      order.push("paragraph");
    }
    return record;
  }

  function ancestorMock(index: number): Mock {
    const data = options.ancestors?.[index] ?? null;
    const mock = track(
      new OfficeMockObject({
        tag: data?.tag ?? "",
        text: data?.text ?? "",
        insertParagraph(text: string, location: string) {
          if (location !== "After") throw new Error(`Unexpected location ${location} after a control`);
          return paragraph(text, `after-control:${data?.tag}`).mock;
        },
      }) as Mock,
    );
    mock.isNullObject = data === null;
    const load = mock.load.bind(mock);
    mock.load = (props: string) => {
      loads.push(`ancestor${index}:${props}`);
      return load(props);
    };
    Object.defineProperty(mock, "parentContentControlOrNullObject", { get: () => ancestorMock(index + 1) });
    return mock;
  }

  let nextId = 900;
  function newControl(first: RecordedParagraph, last: RecordedParagraph): Mock {
    const id = nextId++;
    const mock = track(new OfficeMockObject({ id }) as Mock);
    Object.defineProperty(mock, "parentContentControlOrNullObject", { get: () => ancestorMock(0) });
    order.push("control");
    const read = (name: string) => (typeof mock[name] === "string" ? (mock[name] as string) : "");
    controls.push({
      id,
      first,
      last,
      mock,
      get tag() {
        return read("tag");
      },
      get title() {
        return read("title");
      },
      get appearance() {
        return read("appearance");
      },
      get color() {
        return read("color");
      },
    });
    return mock;
  }

  function existingControl(data: ExistingControl, id = 0): Mock {
    const tag = data.tag;
    const mock = new OfficeMockObject({ id, tag, title: data.title ?? "", text: data.text ?? "" }) as Mock;
    Object.assign(mock, {
      insertParagraph(text: string, location: string) {
        return paragraph(text, `control:${tag}:${location}`).mock;
      },
      clear() {
        calls.push(`clear(${tag})`);
      },
      delete(keepContent: boolean) {
        calls.push(`delete(${tag},${keepContent})`);
      },
      select(mode: string) {
        calls.push(`select(${tag},${mode})`);
      },
    });
    Object.defineProperty(mock, "paragraphs", {
      get: () => ({
        getFirst: () => paragraph("", `control:${tag}:first`).mock,
      }),
    });
    existing.set(tag, mock);
    return track(mock);
  }

  // Word reports a missing item when the batch runs, not when it is queued.
  function missing(): Mock {
    pendingError = "ItemNotFound";
    return existingControl({ tag: "(missing)" });
  }

  function collection(name: string, items: Mock[]): Mock {
    const mock = track(new OfficeMockObject({ items }) as Mock);
    const loadItems = mock.load.bind(mock);
    Object.assign(mock, {
      // Word loads item properties through the collection; the library only knows scalars, so load each item.
      load(props: string) {
        loads.push(`${name}:${props}`);
        loadItems("items");
        for (const item of items) item.load(props);
        return mock;
      },
      getByTag(tag: string) {
        calls.push(`getByTag(${tag})`);
        return collection(
          `${name}[${tag}]`,
          items.filter((item) => item.__tag === tag),
        );
      },
      getFirst() {
        return items[0] ?? missing();
      },
      getById(id: number) {
        calls.push(`getById(${id})`);
        return items.find((item) => item.__id === id) ?? missing();
      },
    });
    return mock;
  }

  const controlItems = (options.controls ?? []).map((data, index) => {
    const id = data.id ?? 101 + index;
    const mock = existingControl(data, id);
    mock.__tag = data.tag;
    mock.__id = id;
    return mock;
  });
  const partItems = (options.parts ?? []).map((part) => {
    const mock = track(new OfficeMockObject({ id: part.id }) as Mock);
    Object.assign(mock, {
      getXml() {
        const result = {
          synced: false,
          get value() {
            if (!this.synced) throw new Error("ClientResult.value read before context.sync()");
            return part.xml;
          },
        };
        unsynced.push(result);
        return result;
      },
      setXml(value: string) {
        xml.set.set(part.id, value);
      },
      delete() {
        xml.deleted.push(part.id);
      },
    });
    return mock;
  });

  const selection = options.selection ?? [];
  const selected = selection.map((text) => paragraph(text, "selection"));
  const body = {
    text: options.bodyText ?? "",
    insertParagraph(text: string, location: string) {
      return paragraph(text, `body:${location}`).mock;
    },
  };
  const bodyParagraphs = (options.bodyParagraphs ?? []).map(
    (text, index) => paragraph(text, `document:${index}`).mock,
  );

  const word = new OfficeMockObject({
    host: "word",
    context: {
      document: {
        body,
        getSelection() {
          return {
            get parentContentControlOrNullObject() {
              return ancestorMock(0);
            },
            paragraphs: {
              getFirst: () => {
                if (!selected[0]) pendingError = "ItemNotFound";
                return (selected[0] ?? paragraph("", "selection")).mock;
              },
              getLast: () => (selected.at(-1) ?? paragraph("", "selection")).mock,
            },
          };
        },
      },
    },
    async run(batch: (context: unknown) => Promise<unknown>) {
      return batch(this.context);
    },
  }) as Mock;

  const document = word.context.document as Mock;
  document.contentControls = collection("contentControls", controlItems);
  const parts = collection("customXmlParts", partItems);
  document.customXmlParts = {
    getByNamespace(namespace: string) {
      calls.push(`getByNamespace(${namespace})`);
      return parts;
    },
    add(value: string) {
      xml.added.push(value);
    },
  };
  document.body.paragraphs = collection("paragraphs", bodyParagraphs);
  const before = (options.beforeSelection ?? []).map((given) => {
    const data = typeof given === "string" ? { text: given } : given;
    const styleBuiltIn = data.styleBuiltIn ?? "Normal";
    return track(
      new OfficeMockObject({ text: data.text, styleBuiltIn, style: data.style ?? styleBuiltIn }) as Mock,
    );
  });
  // Only the range the adapter builds for the headings above the selection: body start to a paragraph's start.
  document.body.getRange = (location: string) => {
    calls.push(`body.getRange(${location})`);
    return {
      expandTo(_other: Mock) {
        calls.push("expandTo");
        return { paragraphs: collection("before", before) };
      },
    };
  };
  const bodyLoad = document.body.load.bind(document.body);
  document.body.load = (props: string) => {
    loads.push(`body:${props}`);
    return bodyLoad(props);
  };

  const librarySync = word.context.sync.bind(word.context);
  word.context.sync = async () => {
    syncs++;
    if (pendingError) {
      const code = pendingError;
      pendingError = null;
      throw new OfficeError(code);
    }
    await librarySync();
    for (const mock of dynamic) await mock.sync();
    for (const result of unsynced) result.synced = true;
    // The library propagates loaded values in un-awaited callbacks; let them settle before the caller reads.
    await new Promise((resolve) => setTimeout(resolve, 0));
  };

  return {
    word,
    get syncs() {
      return syncs;
    },
    paragraphs,
    controls,
    calls,
    order,
    loads,
    existing,
    xml,
    failNextSync(code) {
      pendingError = code;
    },
    install() {
      (globalThis as Record<string, unknown>).Word = word;
    },
  };
}
