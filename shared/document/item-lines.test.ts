import { describe, expect, it } from "vitest";
import { writtenItemLines, writtenItemNumber } from "./item-lines";

describe("the lines the add-in wrote under an agenda item", () => {
  it("counts the committee's number line as the add-in's, with or without dnr and MBL class", () => {
    expect(writtenItemLines(["Månadsrapport", "Nämndens punkt 8"])).toBe(2);
    expect(
      writtenItemLines(["Lokalplan", "Nämndens § 12 – Samverkas motsvarande MBL § 11", "Underlag: PM"]),
    ).toBe(3);
    expect(writtenItemLines(["Månadsrapport", "Nämndens punkt 8", "Anteckning ett"])).toBe(2);
  });

  it("leaves a note of the secretary's that merely opens like the number line to the secretary", () => {
    expect(writtenItemLines(["Månadsrapport", "Nämndens beslut väntas i mars."])).toBe(1);
  });

  it("still knows the lines of an older document's item, its number in the heading", () => {
    expect(writtenItemLines(["7. Budget", "Dnr: SN 2024/12", "Anteckning"])).toBe(2);
  });

  it("reads the item's number from its number line, or from an older document's heading", () => {
    expect(writtenItemNumber(["Tillägg", "Nämndens punkt 10 a – Samverkas motsvarande MBL § 11"])).toBe(
      "10 a – Samverkas motsvarande MBL § 11",
    );
    expect(writtenItemNumber(["Lokalplan", "Nämndens § 12"])).toBe("12");
    expect(writtenItemNumber(["7. Budget", "Dnr: SN 2024/12"])).toBe("7. Budget");
    expect(writtenItemNumber(["Budget", "Nämndens beslut väntas i mars."])).toBe("Budget");
  });
});
