import { describe, expect, it } from "vitest";
import { formatCounter } from "./list-counter";

describe("formatCounter", () => {
  it.each([
    [4, "decimal", "4"],
    [4, "decimalZero", "04"],
    [4, "lowerLetter", "d"],
    [28, "lowerLetter", "bb"],
    [4, "upperLetter", "D"],
    [14, "lowerRoman", "xiv"],
    [1994, "upperRoman", "MCMXCIV"],
    [4, "bullet", null],
    [4, "none", null],
  ])("%i as %s", (value, format, expected) => {
    expect(formatCounter(value, format)).toBe(expected);
  });
});
