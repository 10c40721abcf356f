import { describe, expect, it } from "vitest";
import { insertStatementsHeading } from "./statements-heading";
import { controlSpans, measured, outline, useWordDouble } from "./testing/double";

const double = useWordDouble();

describe("insertStatementsHeading", () => {
  it("writes the heading and a paragraph to write in after the cursor's paragraph: one sync", async () => {
    double().setParagraphs(["7. Budget 2025", "SACO tog upp vikten av att vara påläst.", "8. Lokaler"]);
    double().setSelection(1);
    const { syncs } = await measured(double(), () => insertStatementsHeading("Fackliga inspel"));
    expect(syncs).toBe(1);
    expect(outline(double())).toEqual([
      "Normal: 7. Budget 2025",
      "Normal: SACO tog upp vikten av att vara påläst.",
      "Heading4: Fackliga inspel",
      "Normal: ",
      "Normal: 8. Lokaler",
    ]);
    expect(controlSpans(double())).toEqual([]);
  });
});
