import { describe, expect, it } from "vitest";
import { boundedMemo } from "./bounded-memo";

describe("boundedMemo", () => {
  it("computes each key once and gives the same answer again, null too", () => {
    const asked: string[] = [];
    const lengthOrNull = boundedMemo((key) => {
      asked.push(key);
      return key === "" ? null : key.length;
    });
    expect([lengthOrNull("plomm"), lengthOrNull(""), lengthOrNull("plomm"), lengthOrNull("")]).toEqual([
      5,
      null,
      5,
      null,
    ]);
    expect(asked).toEqual(["plomm", ""]);
  });

  it("forgets every answer once it holds its limit, and computes them anew", () => {
    const asked: string[] = [];
    const upper = boundedMemo((key) => {
      asked.push(key);
      return key.toUpperCase();
    }, 2);
    expect([upper("gnu"), upper("tapir"), upper("okapi"), upper("gnu")]).toEqual([
      "GNU",
      "TAPIR",
      "OKAPI",
      "GNU",
    ]);
    expect(asked).toEqual(["gnu", "tapir", "okapi", "gnu"]);
  });
});
