import browser from "webextension-polyfill";
import { type Language, setLanguage } from "../../shared/i18n/i18n";
import { asProblem, type Problem } from "../queue/problem";
import { createQueue, type Exclusive } from "../queue/queue";
import { browserLanguage } from "./locale";
import { readSettings } from "./settings-store";

/**
 * The extension's state, all in storage.local: the worker keeps nothing in globals, and the popup, the
 * options page and the worker see one truth.
 */

/** A Web Lock is shared by the worker and the extension's pages, so their queue writes never interleave. */
export const queueLock: Exclusive = (task) => navigator.locks.request("sp-clip-queue", task);

export const extensionQueue = () => createQueue(browser.storage.local, queueLock);

/** Applies the chosen language, or the browser's, before anything is rendered. */
export async function applyLanguage(): Promise<Language> {
  const { language } = await readSettings();
  const chosen = language ?? browserLanguage();
  setLanguage(chosen);
  return chosen;
}

/** Calls back when one of the keys changes in storage.local or storage.session; returns the unsubscribe. */
export function onStorageChanged(keys: readonly string[], listener: () => void): () => void {
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if ((area === "local" || area === "session") && keys.some((key) => key in changes)) listener();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

/**
 * The last problem of a clip made without the popup open (context menu, keyboard), with the clip itself
 * when it could not be queued. The badge shows "!" while it is stored; the popup shows and removes it on
 * opening. It goes to storage.session when storage.local refuses the write (full), so it is not lost too.
 */
export const PROBLEM_KEY = "lastProblem";

const problemAreas = () => [browser.storage.local, browser.storage.session];

export async function reportProblem(problem: Problem): Promise<void> {
  try {
    await browser.storage.local.set({ [PROBLEM_KEY]: problem });
  } catch {
    await browser.storage.session.set({ [PROBLEM_KEY]: problem });
  }
}

async function storedProblems(): Promise<Problem[]> {
  const found: Problem[] = [];
  for (const area of problemAreas()) {
    const stored: Record<string, unknown> = await area.get(PROBLEM_KEY).catch(() => ({}));
    const problem = asProblem(stored[PROBLEM_KEY]);
    if (problem) found.push(problem);
  }
  return found;
}

export async function hasProblem(): Promise<boolean> {
  return (await storedProblems()).length > 0;
}

/** The waiting problem (a rescued clip's first), removed from storage; null when there is none. */
export async function takeProblem(): Promise<Problem | null> {
  const problems = await storedProblems();
  await Promise.all(problemAreas().map((area) => area.remove(PROBLEM_KEY).catch(() => undefined)));
  return problems.find((problem) => problem.rescued) ?? problems[0] ?? null;
}
