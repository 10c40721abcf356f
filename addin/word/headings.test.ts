import { describe, expect, it } from "vitest";
import { lastHeading } from "./headings";

describe("lastHeading", () => {
  it("takes the last paragraph of outline level 1–3 (body text is level 10)", () => {
    expect(lastHeading([10, 1, 10, 2, 10, 4])).toBe(3);
    expect(lastHeading([3, 10, 10])).toBe(0);
  });

  it("finds nothing in text without headings", () => {
    expect(lastHeading([])).toBe(-1);
    expect(lastHeading([10, 10, 5, 9])).toBe(-1);
  });
});
