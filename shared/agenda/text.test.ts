import { describe, expect, it } from "vitest";
import { cleanText, textLines, trimSeparators } from "./text";

describe("text helpers", () => {
  it("collapses every kind of space and drops invisible characters", () => {
    expect(cleanText("\u00a0 Ekonomisk\u200b\tupp\u00adföljning \u202f")).toBe("Ekonomisk uppföljning");
  });

  it("splits lines and drops empty ones", () => {
    expect(textLines("a\r\n\n b \rc\u2028d")).toEqual(["a", "b", "c", "d"]);
  });

  it("trims separators left by removed numbers and dnr", () => {
    expect(trimSeparators(" – Budget 2025, ")).toBe("Budget 2025");
    expect(trimSeparators("Ändring av taxa ( )")).toBe("Ändring av taxa");
    expect(trimSeparators(": Budget m.m.")).toBe("Budget m.m.");
  });
});
