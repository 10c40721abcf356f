import type { Agenda } from "../../shared/model/meeting";
import type { TabClip } from "../clip/clip-tab";
import type { ClipMode } from "../clip/contract";
import type { TabInfo } from "../platform/tabs";
import type { ProblemStore } from "../queue/problem-store";
import type { ClipQueue } from "../queue/queue";

/** The tab the popup works on. */
export type TargetTab = TabInfo;

/** Everything the popup needs from the browser, passed in so component tests can swap each part. */
export interface PopupDeps {
  targetTab(): Promise<TargetTab | null>;
  clipTab(tabId: number, mode: ClipMode): Promise<TabClip>;
  /** Reads an agenda document chosen from disk; stops early when `signal` is aborted ("Avbryt"). */
  readFile(file: File, signal: AbortSignal): Promise<Agenda>;
  /** Fetches and parses the document the tab shows; asks for the site's permission first. */
  readUrl(url: string, signal: AbortSignal): Promise<Agenda>;
  queue: ClipQueue;
  /**
   * Calls back whenever the queue or the waiting problems change in storage (the bridge may empty the
   * queue, or a context-menu clip fail, while the popup is open).
   */
  watchQueue(listener: () => void): () => void;
  /** Problems of clips made without the popup; a rescued clip stays until the user acts on it. */
  problems: Pick<ProblemStore, "waiting" | "clearNotices" | "resolve">;
  writeClipboard(html: string, text: string): Promise<void>;
  /** Hands the file to the browser's downloads (the popup cannot learn where the user put it). */
  saveFile(name: string, json: string): void;
  /** True when this page already runs in a tab of its own rather than as the toolbar popup. */
  inOwnTab: boolean;
  /** Opens this page in a tab of its own for the given tab (for choosing files, or more room). */
  popOut(tabId: number): Promise<void>;
  openOptions(): void;
}
