import { describe, expect, it } from "vitest";
import { nearestHeading, type StyledParagraph } from "./headings";

const p = (text: string, styleBuiltIn = "Normal", style = styleBuiltIn): StyledParagraph => ({
  text,
  styleBuiltIn,
  style,
});

describe("nearestHeading", () => {
  it("takes the last level 1–3 heading above the mark", () => {
    const above = [
      p("Protokoll", "Title"),
      p("4. Omorganisation", "Heading1"),
      p("Text"),
      p("17. Föranmälda frågor", "Heading2"),
      p("Kommunal har en fråga."),
      p("Underrubrik", "Heading4"),
    ];
    expect(nearestHeading(above)).toBe("17. Föranmälda frågor");
  });

  it("knows headings of converted minutes by their style's name, and skips empty ones", () => {
    expect(nearestHeading([p("Budget", "Other", "Rubrik 3"), p("  ", "Heading1"), p("Text")])).toBe("Budget");
    expect(nearestHeading([p("Budget", "Other", "heading2")])).toBe("Budget");
    expect(nearestHeading([p("Budget", "Other", "Rubrik 4")])).toBeUndefined();
  });

  it("finds nothing in minutes without headings", () => {
    expect(nearestHeading([])).toBeUndefined();
    expect(nearestHeading([p("**17. Föranmälda frågor**"), p("Text")])).toBeUndefined();
  });
});
