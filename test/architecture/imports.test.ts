import { describe, expect, it } from "vitest";
import { importCycles, importsOf, sourceFiles } from "./source-graph";

describe("import graph", () => {
  it("has no cycle in addin/, extension/ or shared/", () => {
    expect(importCycles(sourceFiles(["addin", "extension", "shared"]))).toEqual([]);
  });

  it("finds a cycle when there is one", () => {
    expect(
      importCycles(["test/architecture/fixtures/cycle-a.ts", "test/architecture/fixtures/cycle-b.ts"]),
    ).toEqual([["test/architecture/fixtures/cycle-a.ts", "test/architecture/fixtures/cycle-b.ts"]]);
  });

  it("keeps the shared core free of the add-in and the extension", () => {
    const upward = sourceFiles(["shared"]).flatMap((file) =>
      importsOf(file)
        .filter((dep) => /^(addin|extension)\//.test(dep))
        .map((dep) => `${file} -> ${dep}`),
    );
    expect(upward).toEqual([]);
  });
});
