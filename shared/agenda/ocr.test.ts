import { describe, expect, it } from "vitest";
import { isDoubleSpaced, withOcrDigits, withSingleSpaces } from "./ocr";

describe("OCR's letters for digits", () => {
  it.each([
    ["l  Val av justerare", "1  Val av justerare"],
    ["l. Mötets öppnande", "1. Mötets öppnande"],
    ["1O Övriga frågor", "10 Övriga frågor"],
    ["Dnr BUN 2025/0l2", "Dnr BUN 2025/012"],
    ["SN 2O24/3l", "SN 2024/31"],
  ])("reads %s as %s", (line, read) => {
    expect(withOcrDigits(line)).toBe(read);
  });

  it.each(["I samband med budgeten", "Olle Lind", "Ö1 Ekonomi", "lokaler och OH-bild", "KOL 2024"])(
    "leaves %s alone",
    (line) => {
      expect(withOcrDigits(line)).toBe(line);
    },
  );
});

describe("words set apart by two spaces", () => {
  it("tells a double-spaced text from a laid-out one", () => {
    expect(
      isDoubleSpaced(["Val  av  justerare", "Budget  för  år  2026", "Dnr  KS  2025/1", "Plats: Rådhuset"]),
    ).toBe(true);
    expect(
      isDoubleSpaced([
        "Nr  Ärende  Dnr",
        "1  Val av justerare",
        "2  Budget för år 2026  KS 2025/1",
        "3  Taxor",
      ]),
    ).toBe(false);
  });

  it("reads two spaces as one and keeps three or more as a gap", () => {
    expect(withSingleSpaces("3  Budget  2026     KS  2025/1")).toBe("3 Budget 2026     KS 2025/1");
  });
});
