import { afterEach, beforeEach, expect } from "vitest";
import { type DoubleOptions, installWordDouble, type WordDouble } from "../../../test/double/word-double";
import { userMessageFor } from "../errors";

/**
 * The Word double (test/double/word-double) installed as the global `Word` and `Office` for each test of
 * this file, so the adapter's real code runs against the one strict simulation the trial page uses too.
 */
export function useWordDouble(options?: DoubleOptions): () => WordDouble {
  let double: WordDouble | undefined;
  beforeEach(() => {
    double = installWordDouble(globalThis, options);
  });
  afterEach(() => {
    double?.uninstall();
    double = undefined;
  });
  return () => {
    if (!double) throw new Error("The Word double is installed only while a test runs");
    return double;
  };
}

/** Runs an operation and reports what it cost: syncs and the bytes Word sent back (largest sync, total). */
export async function measured<T>(
  double: WordDouble,
  operation: () => Promise<T>,
): Promise<{ result: T; syncs: number; bytes: number; maxSyncBytes: number }> {
  double.resetSyncs();
  const result = await operation();
  const syncs = double.syncs.map((sync) => sync.bytes);
  return {
    result,
    syncs: syncs.length,
    bytes: syncs.reduce((sum, bytes) => sum + bytes, 0),
    maxSyncBytes: Math.max(0, ...syncs),
  };
}

/** The texts of the `count` paragraphs after the first paragraph reading `heading`. */
export function linesUnder(double: WordDouble, heading: string, count: number): string[] {
  const lines = double.paragraphs().map((p) => p.text);
  const at = lines.indexOf(heading);
  return lines.slice(at + 1, at + 1 + count);
}

/** The document as lines "Style: text", for literal expectations. */
export function outline(double: WordDouble): string[] {
  return double.paragraphs().map((p) => `${p.style}: ${p.text}`);
}

/** The block controls as "tag from–to" (paragraph indexes), for literal expectations; fields left out. */
export function controlSpans(double: WordDouble): string[] {
  return double
    .contentControls()
    .filter((c) => !c.inline)
    .map((c) => `${c.tag.replace(/(:|h-)[a-z0-9]{8}$/, "$1<id>")} ${c.from}–${c.to}`);
}

/** The statement and oenighet marks in the document, in document order. */
export function markControls(double: WordDouble) {
  return double.contentControls().filter((c) => /^sp:(inspel|oenighet):/.test(c.tag));
}

/** Runs a mark that must be refused; asserts that whatever it inserted to check is gone, and gives the message. */
export async function refusalOf(double: WordDouble, action: () => Promise<unknown>): Promise<string> {
  const before = double.contentControls();
  const error = await action().catch((e: unknown) => e);
  expect(double.contentControls()).toEqual(before);
  return userMessageFor(error);
}
