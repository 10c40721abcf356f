import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, sourceFiles } from "./source-graph";

/**
 * One door to Office: only `addin/word/` and the host module may use the `Office`, `Word` and
 * `OfficeExtension` globals. Comments and string literals are left out first, so a sentence like "öppnas i
 * Word." or a doc comment naming `Office.onReady` does not count; types (`Word.Paragraph`) do, since only the
 * door knows Word's shapes.
 */
const DOOR = [/^addin\/word\//, /^addin\/host\/office-host\.ts$/];
const USE = /\b(?:Office|Word|OfficeExtension)\s*\??\.\s*[A-Za-z_$]/g;

/** The source without comments and string or template literals (kept as empty quotes). */
function codeOnly(source: string): string {
  return source.replace(
    /\/\*[\s\S]*?\*\/|\/\/[^\n]*|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|`(?:\\.|[^`\\])*`/g,
    (match) => (match.startsWith("/") ? "" : '""'),
  );
}

function officeUses(file: string): string[] {
  const code = codeOnly(readFileSync(join(ROOT, file), "utf8"));
  return [...code.matchAll(USE)].map((match) => `${file}: ${match[0]}`);
}

describe("one door to Office", () => {
  it("has no Office, Word or OfficeExtension outside addin/word/ and the host module", () => {
    const outside = sourceFiles(["addin", "extension", "shared"])
      .filter((file) => !DOOR.some((door) => door.test(file)))
      .flatMap(officeUses);
    expect(outside).toEqual([]);
  });

  it("finds a use in code, and none in comments or strings", () => {
    expect(officeUses("test/architecture/fixtures/office-outside.ts")).toEqual([
      "test/architecture/fixtures/office-outside.ts: Office.c",
    ]);
  });
});
