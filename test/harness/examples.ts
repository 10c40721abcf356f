import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe } from "vitest";

/**
 * The public example minutes live outside the repository (`../shared/examples/minutes`, beside the clone).
 * Suites built on them skip with one line where they are missing, as in a clone of the public repository;
 * the project's own fixtures under `test/fixtures/` cover the same behaviour there.
 */
export const EXAMPLES_DIR = resolve(import.meta.dirname, "../../../shared/examples/minutes");
export const hasExamples = existsSync(EXAMPLES_DIR);

/** File names of the example minutes, sorted; empty without them. */
export function exampleNames(): string[] {
  return hasExamples ? readdirSync(EXAMPLES_DIR).sort() : [];
}

/** The text of the example whose file name starts with `prefix` ("004"). */
export function readExample(prefix: string): string {
  const name = exampleNames().find((file) => file.startsWith(prefix));
  if (!name) throw new Error(`No example minutes ${prefix}* in ${EXAMPLES_DIR}`);
  return readFileSync(resolve(EXAMPLES_DIR, name), "utf8");
}

/** The path of the example whose file name starts with `prefix`. */
export function examplePath(prefix: string): string {
  const name = exampleNames().find((file) => file.startsWith(prefix));
  if (!name) throw new Error(`No example minutes ${prefix}* in ${EXAMPLES_DIR}`);
  return resolve(EXAMPLES_DIR, name);
}

/** `describe` over the example minutes: skipped, with one line saying why, when they are not beside the clone. */
export function describeExamples(name: string, body: () => void): void {
  if (hasExamples) {
    describe(name, body);
    return;
  }
  // A skipped describe still runs its body to collect tests; the body reads the examples, so it is not given.
  console.info(`skipped "${name}": needs ../shared/examples/minutes beside the project`);
  describe.skip(name, () => {});
}
