import { expect } from "vitest";
import { run } from "../../shared/cli/main";

export interface CliResult {
  status: number;
  out: string;
  err: string;
}

/** Runs the CLI in-process with `argv`, capturing what it writes to stdout and stderr. */
export async function cli(...argv: string[]): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await run(argv, { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { status, out: out.join(""), err: err.join("") };
}

/** A usage error is exactly one Swedish line on stderr, nothing on stdout, status 2. */
export function expectUsageError(result: CliResult, contains: string): void {
  expect(result.status).toBe(2);
  expect(result.out).toBe("");
  expect(result.err.trimEnd().split("\n")).toHaveLength(1);
  expect(result.err).toContain(contains);
}
