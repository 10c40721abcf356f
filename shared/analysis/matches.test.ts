import { describe, expect, it } from "vitest";
import { matchesOf } from "./matches";

const found = (pattern: RegExp, text: string) => matchesOf(pattern, text).map((m) => [m.index, m[0], m[1]]);

describe("matchesOf", () => {
  it("finds every match with its index and groups, as matchAll does", () => {
    expect(found(/(\p{Lu})\p{Ll}+/gu, "Vision och Kommunal, Ökad")).toEqual([
      [0, "Vision", "V"],
      [11, "Kommunal", "K"],
      [21, "Ökad", "Ö"],
    ]);
  });

  it("starts over on every call although the pattern was used before", () => {
    const pattern = /ab/g;
    expect(found(pattern, "ab ab")).toHaveLength(2);
    expect(found(pattern, "ab ab ab")).toHaveLength(3);
  });

  it("steps past empty matches instead of looping", () => {
    expect(found(/x*/g, "axb")).toEqual([
      [0, "", undefined],
      [1, "x", undefined],
      [2, "", undefined],
      [3, "", undefined],
    ]);
  });

  it("refuses a pattern without the global flag", () => {
    expect(() => matchesOf(/a/, "a")).toThrow(TypeError);
  });
});
