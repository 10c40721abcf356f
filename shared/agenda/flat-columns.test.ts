import { describe, expect, it } from "vitest";
import { flatHeader, splitFlatRow } from "./flat-columns";

describe("flatHeader", () => {
  it("reads a line of column names with a dnr column, and nothing else", () => {
    expect(flatHeader("Ärende Dnr Föredragande")).toEqual({ moreAfterDnr: true });
    expect(flatHeader("Nr Ärende Diarienummer")).toEqual({ moreAfterDnr: false });
    expect(flatHeader("Ärende Föredragande")).toBeNull();
    expect(flatHeader("Dnr KS 2024/12")).toBeNull();
  });
});

describe("splitFlatRow", () => {
  it("splits at the last run of dnr, so a number inside the title stays there", () => {
    const row = splitFlatRow("8 Snöröjning 2024/2025 för gator och 003 – 530 / 24 003 – 531 / 24 Eva Ek");
    expect([row?.before, row?.dnr.map((dnr) => dnr.dnr), row?.after]).toEqual([
      "8 Snöröjning 2024/2025 för gator och",
      ["003 – 530 / 24", "003 – 531 / 24"],
      "Eva Ek",
    ]);
    expect(splitFlatRow("Val av justerare")).toBeNull();
  });
});
