import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nearestSpan, normaliseForMatch, ParagraphText } from "./paragraph-match";

describe("ParagraphText", () => {
  it("finds every occurrence with the paragraphs it spans", () => {
    const text = new ParagraphText(["Ett två", "tre", "", "två tre"]);
    expect(text.find("två")).toEqual([
      { first: 0, last: 0 },
      { first: 3, last: 3 },
    ]);
    expect(text.find("två tre")).toEqual([
      { first: 0, last: 1 },
      { first: 3, last: 3 },
    ]);
    expect(text.find("  ")).toEqual([]);
    // Empty paragraphs inside a wrapped sentence do not break it.
    expect(new ParagraphText(["", "Ett två", "", "", "tre", ""]).find("två tre")).toEqual([
      { first: 1, last: 4 },
    ]);
    expect(text.find("fyra")).toEqual([]);
  });

  it("folds spacing, soft hyphens and markdown stars on both sides", () => {
    expect(normaliseForMatch("**Kommunal:**\u00a0tycker\tatt  det\u00ad är bra ")).toBe(
      "Kommunal: tycker att det är bra",
    );
    expect(new ParagraphText(["x", "**SSR** menar\u00a0att"]).find("SSR menar att")).toEqual([
      { first: 1, last: 1 },
    ]);
  });

  it("finds any paragraph by its own text, wherever it stands", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 12 }), { minLength: 1, maxLength: 20 }),
        fc.nat(),
        (list, n) => {
          const at = n % list.length;
          const own = normaliseForMatch(list[at]!);
          fc.pre(own !== "");
          const spans = new ParagraphText(list).find(list[at]!);
          expect(spans.some((span) => span.first <= at && at <= span.last)).toBe(true);
        },
      ),
    );
  });
});

describe("nearestSpan", () => {
  const spans = [0, 5, 9].map((first) => ({ first, last: first }));

  it("takes the first free one without a hint, else the nearest free one", () => {
    expect(nearestSpan(spans, undefined, () => false)).toEqual({ first: 0, last: 0 });
    expect(nearestSpan(spans, 8, () => false)).toEqual({ first: 9, last: 9 });
    expect(nearestSpan(spans, 8, (span) => span.first === 9)).toEqual({ first: 5, last: 5 });
    expect(nearestSpan(spans, 8, () => true)).toBeNull();
  });
});
