import { DocumentModel, DoubleError, type ParagraphModel } from "./model";
import { DoubleRequestContext } from "./proxies";

/**
 * TEST DOUBLE — NOT WORD. Installs fake `Word`, `Office` and `OfficeExtension` globals backed by an
 * in-memory document, so the add-in's real code runs in a plain browser tab (trial page, browser tests) or
 * in Node/happy-dom (unit tests). It imitates only the API subset `addin/word` uses.
 */

export interface DoubleOptions {
  /** Highest WordApi requirement set the fake host claims (default "1.4"; "1.3" has no CustomXmlParts). */
  wordApi?: string;
  /** `Office.context.displayLanguage`. */
  displayLanguage?: string;
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
}

export interface WordDouble {
  readonly model: DocumentModel;
  paragraphs(): ParagraphView[];
  /** In document order. */
  contentControls(): ControlView[];
  /** Paragraph texts joined with "\n". */
  text(): string;
  customXmlParts(): { namespace: string; xml: string }[];
  /** Selects paragraphs `from`..`to` (indexes, inclusive), as a click or Shift+click would. */
  setSelection(from: number, to?: number): void;
  selection(): { from: number; to: number };
  /** Replaces the document with these paragraphs (plain strings are Normal style). */
  setParagraphs(paragraphs: readonly (string | { text: string; style?: string })[]): void;
  /** `context.sync()` calls so far. */
  readonly syncCount: number;
  /** Queued calls that a `Word.run` left unsynced when it ended (a bug in the caller: Word drops them too). */
  readonly droppedOperations: number;
  /** Called after every sync and every change made through the double. */
  onChange(listener: () => void): () => void;
  uninstall(): void;
}

type Host = Record<string, unknown>;

function versionAtMost(version: string, max: string): boolean {
  const [a1 = 0, a2 = 0] = version.split(".").map(Number);
  const [b1 = 0, b2 = 0] = max.split(".").map(Number);
  return a1 < b1 || (a1 === b1 && a2 <= b2);
}

export function installWordDouble(target: object = globalThis, options: DoubleOptions = {}): WordDouble {
  const host = target as Host;
  const previous = { Word: host.Word, Office: host.Office, OfficeExtension: host.OfficeExtension };
  const model = new DocumentModel();
  const listeners = new Set<() => void>();
  let syncCount = 0;
  let droppedOperations = 0;
  const changed = () => {
    for (const listener of listeners) listener();
  };
  const hooks = {
    onSync: () => {
      syncCount++;
    },
    afterSync: changed,
  };

  const wordApi = options.wordApi ?? "1.4";
  host.Word = {
    async run<T>(batch: (context: DoubleRequestContext) => Promise<T>): Promise<T> {
      const context = new DoubleRequestContext(model, hooks);
      const result = await batch(context);
      droppedOperations += context.pending;
      return result;
    },
    RequestContext: DoubleRequestContext,
    ErrorCodes: {
      accessDenied: "AccessDenied",
      generalException: "GeneralException",
      invalidArgument: "InvalidArgument",
      itemNotFound: "ItemNotFound",
      notAllowed: "NotAllowed",
    },
  };
  host.OfficeExtension = { Error: DoubleError };
  const info = { host: "Word", platform: "OfficeOnline" };
  host.Office = {
    HostType: { Word: "Word" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    context: {
      displayLanguage: options.displayLanguage ?? "sv-SE",
      requirements: {
        isSetSupported: (name: string, version = "1.1") =>
          name === "WordApi" ? versionAtMost(version, wordApi) : false,
      },
    },
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      callback?.(info);
      return Promise.resolve(info);
    },
  };

  const indexOf = (p: ParagraphModel) => model.indexOf(p);
  return {
    model,
    paragraphs: () =>
      model.paragraphs.map((p) => ({
        text: p.text,
        style: p.style,
        links: p.runs.flatMap((run) => (run.href ? [{ text: run.text, href: run.href }] : [])),
      })),
    contentControls: () =>
      model.orderedControls().map((c) => ({
        id: c.id,
        tag: c.tag,
        title: c.title,
        appearance: c.appearance,
        color: c.color,
        text: model.textOf(c),
        from: indexOf(c.first),
        to: indexOf(c.last),
      })),
    text: () => model.paragraphs.map((p) => p.text).join("\n"),
    customXmlParts: () => model.parts.map(({ namespace, xml }) => ({ namespace, xml })),
    setSelection(from, to = from) {
      const first = model.paragraphs[Math.min(from, to)];
      const last = model.paragraphs[Math.max(from, to)];
      if (!first || !last) throw new RangeError(`No paragraph ${from}..${to}`);
      model.selection = model.spanOf(first, last);
      changed();
    },
    selection: () => ({ from: indexOf(model.selection.first), to: indexOf(model.selection.last) }),
    setParagraphs(paragraphs) {
      model.controls = [];
      model.paragraphs = [];
      for (const p of paragraphs) {
        const paragraph = model.appendParagraph(typeof p === "string" ? p : p.text);
        if (typeof p !== "string" && p.style) paragraph.style = p.style;
      }
      if (model.paragraphs.length === 0) model.appendParagraph("");
      model.selection = model.spanOf(model.paragraphs[0]!);
      changed();
    },
    get syncCount() {
      return syncCount;
    },
    get droppedOperations() {
      return droppedOperations;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    uninstall() {
      Object.assign(host, previous);
      listeners.clear();
    },
  };
}
