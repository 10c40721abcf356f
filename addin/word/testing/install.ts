import { afterEach } from "vitest";
import { createWordMock, type WordMock, type WordMockOptions } from "./word-mock";

/** Installs a fresh Word mock as the global `Word` for one test and restores the previous global after it. */
export function useWordMock(): (options?: WordMockOptions) => WordMock {
  const host = globalThis as Record<string, unknown>;
  const saved = host.Word;
  afterEach(() => {
    host.Word = saved;
  });
  return (options) => {
    const mock = createWordMock(options);
    mock.install();
    return mock;
  };
}
