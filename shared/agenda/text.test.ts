import { describe, expect, it } from "vitest";
import { cleanText, plainLine, splitLines, trimSeparators } from "./text";

describe("text helpers", () => {
  it("collapses every kind of space and drops invisible characters", () => {
    expect(cleanText("\u00a0 Ekonomisk\u200b\tupp\u00adföljning \u202f")).toBe("Ekonomisk uppföljning");
  });

  it("splits lines at every kind of line end, keeping blank lines", () => {
    expect(splitLines("a\r\n\n b \rc\u2028d")).toEqual(["a", "", " b ", "c", "d"]);
  });

  it("trims separators left by removed numbers and dnr", () => {
    expect(trimSeparators(" – Budget 2025, ")).toBe("Budget 2025");
    expect(trimSeparators("Ändring av taxa ( )")).toBe("Ändring av taxa");
    expect(trimSeparators(": Budget m.m.")).toBe("Budget m.m.");
    expect(trimSeparators("Budget, – ")).toBe("Budget");
    expect(trimSeparators("Riktlinjer för handlägg-")).toBe("Riktlinjer för handlägg-");
  });

  it("strips bullets, heading marks and emphasis from plain-text lines", () => {
    expect(plainLine("## **7. Kvarvarande frågor**")).toBe("7. Kvarvarande frågor");
    expect(plainLine("• Punkt 3 Budget")).toBe("Punkt 3 Budget");
    expect(plainLine("- § 12 _Taxa_")).toBe("§ 12 Taxa");
    expect(plainLine("*Avser samverkan som motsvarar MBL § 11*")).toBe(
      "Avser samverkan som motsvarar MBL § 11",
    );
    expect(plainLine("–10 grader")).toBe("–10 grader");
  });
});
