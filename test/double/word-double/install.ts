import { type CellModel, DocumentModel, DoubleError, type ParagraphModel, type Snapshot } from "./model";
import { type DoubleHooks, DoubleRequestContext, versionAtMost } from "./proxies";

/**
 * TEST DOUBLE — NOT WORD. Installs fake `Word`, `Office` and `OfficeExtension` globals backed by an
 * in-memory document, so the add-in's real code runs in a plain browser tab (trial page, browser tests) or
 * in Node/happy-dom (adapter tests). It imitates only the API subset `addin/word` uses, strictly.
 */

export interface DoubleOptions {
  /** Highest WordApi requirement set the host claims (default "1.4"; "1.3" is Word 2019/2021 perpetual). */
  wordApi?: string;
  /** `Office.context.displayLanguage`; built-in style names follow it (default "sv-SE"). */
  displayLanguage?: string;
  /** `Office.context.diagnostics.platform`: "OfficeOnline" (default) lists no controls inside tables. */
  platform?: "OfficeOnline" | "PC" | "Mac";
  /** `Office.context.diagnostics.version`. */
  version?: string;
  /** Word on the web as reported in office-js #5910: CustomXmlParts add and delete do nothing. */
  inertCustomXml?: boolean;
  /** Keep a snapshot before each change so `undo()` can restore it (the trial page's Ctrl+Z). */
  undo?: boolean;
  /** `Office.context.document.url`: the file's address; empty for a new, unsaved document. */
  url?: string;
}

export interface ParagraphView {
  text: string;
  style: string;
  links: { text: string; href: string }[];
}

export interface ControlView {
  id: number;
  tag: string;
  title: string;
  appearance: string;
  color: string;
  text: string;
  /** Indexes of its first and last paragraph. */
  from: number;
  to: number;
  inline: boolean;
}

/** A paragraph to put in the document: plain strings are Normal style. */
export type ParagraphInput =
  | string
  | { text: string; style?: string; outlineLevel?: number; cell?: CellModel };

export interface SyncRecord {
  /** Bytes of the values the sync carried back, as JSON. */
  bytes: number;
}

export interface WordDouble {
  readonly model: DocumentModel;
  paragraphs(): ParagraphView[];
  /** In document order. */
  contentControls(): ControlView[];
  /** Paragraph texts joined with "\n". */
  text(): string;
  /** The paragraphs from the control with this tag to the next section, agenda item or justering control. */
  sectionText(tag: string): string;
  customXmlParts(): { namespace: string; xml: string }[];
  settings(): Record<string, unknown>;
  /** Selects paragraphs `from`..`to` (indexes, inclusive), as a click or Shift+click would. */
  setSelection(from: number, to?: number): void;
  selection(): { from: number; to: number };
  setParagraphs(paragraphs: readonly ParagraphInput[]): void;
  /** Turns track changes on or off, as the Review tab does. */
  setTracking(on: boolean): void;
  /** `context.sync()` calls so far. */
  readonly syncCount: number;
  /** One record per sync, in order. */
  readonly syncs: readonly SyncRecord[];
  /** Forgets the sync records (the count stays). */
  resetSyncs(): void;
  /** Queued calls that a `Word.run` left unsynced when it ended (a bug in the caller: Word drops them too). */
  readonly droppedOperations: number;
  /** Records a change made outside the add-in (typing), for `undo`. */
  recordEdit(): void;
  /** Changes `undo` can take back now (typing chunks and add-in actions). */
  readonly undoSteps: number;
  /** Restores the document as it was before the last change; false when there is nothing to undo. */
  undo(): boolean;
  /** Called after every sync and every change made through the double. */
  onChange(listener: () => void): () => void;
  /** Handlers registered with `Office.actions.associate`. */
  readonly actions: ReadonlyMap<string, (event: unknown) => unknown>;
  uninstall(): void;
}

type Host = Record<string, unknown>;

const STRUCTURE_TAG = /^sp:(?:punkt|agenda|justering)\b/;
const MAX_UNDO = 50;

export function installWordDouble(target: object = globalThis, options: DoubleOptions = {}): WordDouble {
  const host = target as Host;
  const previous = { Word: host.Word, Office: host.Office, OfficeExtension: host.OfficeExtension };
  const model = new DocumentModel();
  model.web = (options.platform ?? "OfficeOnline") === "OfficeOnline";
  const listeners = new Set<() => void>();
  const history: Snapshot[] = [];
  const actions = new Map<string, (event: unknown) => unknown>();
  let syncCount = 0;
  let syncs: SyncRecord[] = [];
  let droppedOperations = 0;
  const changed = () => {
    for (const listener of listeners) listener();
  };
  const remember = () => {
    if (!options.undo) return;
    history.push(model.snapshot());
    if (history.length > MAX_UNDO) history.shift();
  };

  const wordApi = options.wordApi ?? "1.4";
  const displayLanguage = options.displayLanguage ?? "sv-SE";
  const platform = options.platform ?? "OfficeOnline";
  const hooks: DoubleHooks = {
    wordApi,
    language: displayLanguage.toLowerCase(),
    web: platform === "OfficeOnline",
    inertCustomXml: options.inertCustomXml === true,
    onSync: (bytes) => {
      syncCount++;
      syncs.push({ bytes });
    },
    afterSync: changed,
  };

  host.Word = {
    async run<T>(batch: (context: DoubleRequestContext) => Promise<T>): Promise<T> {
      const before = options.undo ? model.snapshot() : null;
      let mutated = false;
      const context = new DoubleRequestContext(model, {
        ...hooks,
        afterSync: (didChange) => {
          mutated ||= didChange;
          hooks.afterSync(didChange);
        },
      });
      try {
        return await batch(context);
      } finally {
        droppedOperations += context.pending;
        if (before && mutated) {
          history.push(before);
          if (history.length > MAX_UNDO) history.shift();
        }
      }
    },
    RequestContext: DoubleRequestContext,
    ErrorCodes: {
      accessDenied: "AccessDenied",
      apiNotFound: "ApiNotFound",
      generalException: "GeneralException",
      invalidArgument: "InvalidArgument",
      itemNotFound: "ItemNotFound",
      notAllowed: "NotAllowed",
    },
  };
  host.OfficeExtension = { Error: DoubleError };
  const info = { host: "Word", platform };
  host.Office = {
    HostType: { Word: "Word" },
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      displayLanguage,
      diagnostics: { host: "Word", platform, version: options.version ?? "16.0 (testdubblett)" },
      requirements: {
        isSetSupported: (name: string, version = "1.1") =>
          name === "WordApi" ? versionAtMost(version, wordApi) : false,
      },
      // Office.context.document.settings: kept in the document, saved with saveAsync (every Word version).
      document: {
        url: options.url ?? "",
        settings: {
          get: (name: string) =>
            model.settings.has(name) ? structuredClone(model.settings.get(name)) : null,
          set: (name: string, value: unknown) => {
            model.settings.set(name, structuredClone(value));
          },
          remove: (name: string) => {
            model.settings.delete(name);
          },
          saveAsync: (callback?: (result: { status: string }) => void) => {
            setTimeout(() => {
              changed();
              callback?.({ status: "succeeded" });
            }, 0);
          },
        },
      },
    },
    actions: {
      associate: (name: string, handler: (event: unknown) => unknown) => {
        actions.set(name, handler);
      },
    },
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      callback?.(info);
      return Promise.resolve(info);
    },
  };

  const indexOf = (p: ParagraphModel) => model.indexOf(p);
  const controlViews = (): ControlView[] =>
    model.orderedControls().map((c) => ({
      id: c.id,
      tag: c.tag,
      title: c.title,
      appearance: c.appearance,
      color: c.color,
      text: model.textOf(c),
      from: indexOf(c.first),
      to: indexOf(c.last),
      inline: c.inline !== undefined,
    }));
  return {
    model,
    paragraphs: () =>
      model.paragraphs.map((p) => ({
        text: p.text,
        style: p.style,
        links: p.runs.flatMap((run) => (run.href ? [{ text: run.text, href: run.href }] : [])),
      })),
    contentControls: controlViews,
    text: () => model.paragraphs.map((p) => p.text).join("\n"),
    sectionText(tag) {
      const controls = controlViews().filter((c) => !c.inline);
      const at = controls.findIndex((c) => c.tag === tag);
      if (at < 0) throw new RangeError(`No control ${tag}`);
      const start = controls[at]!;
      const next = controls
        .slice(at + 1)
        .find((c) => c.from > start.to && STRUCTURE_TAG.test(c.tag) && !c.tag.startsWith("sp:agenda:"));
      const end = next ? next.from - 1 : model.paragraphs.length - 1;
      return model.paragraphs
        .slice(start.from, end + 1)
        .map((p) => p.text)
        .join("\n");
    },
    customXmlParts: () => model.parts.map(({ namespace, xml }) => ({ namespace, xml })),
    settings: () => Object.fromEntries(model.settings),
    setSelection(from, to = from) {
      const first = model.paragraphs[Math.min(from, to)];
      const last = model.paragraphs[Math.max(from, to)];
      if (!first || !last) throw new RangeError(`No paragraph ${from}..${to}`);
      model.selection = model.spanOf(first, last);
      changed();
    },
    selection: () => ({ from: indexOf(model.selection.first), to: indexOf(model.selection.last) }),
    setParagraphs(paragraphs) {
      remember();
      model.controls = [];
      model.paragraphs = [];
      for (const p of paragraphs) {
        const paragraph = model.appendParagraph(typeof p === "string" ? p : p.text);
        if (typeof p === "string") continue;
        if (p.style) paragraph.style = p.style;
        if (p.outlineLevel !== undefined) paragraph.customOutlineLevel = p.outlineLevel;
        if (p.cell) paragraph.cell = { ...p.cell };
      }
      if (model.paragraphs.length === 0) model.appendParagraph("");
      model.selection = model.spanOf(model.paragraphs[0]!);
      changed();
    },
    setTracking(on) {
      model.tracking = on;
    },
    get syncCount() {
      return syncCount;
    },
    get syncs() {
      return syncs;
    },
    resetSyncs() {
      syncs = [];
    },
    get droppedOperations() {
      return droppedOperations;
    },
    recordEdit: remember,
    get undoSteps() {
      return history.length;
    },
    undo() {
      const snapshot = history.pop();
      if (!snapshot) return false;
      model.restore(snapshot);
      changed();
      return true;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    actions,
    uninstall() {
      Object.assign(host, previous);
      listeners.clear();
    },
  };
}
