import { describe, expect, it } from "vitest";
import { parseClock } from "./clock";

describe("parseClock", () => {
  it("reads the forms a Swedish user and the minutes write, as TT:MM", () => {
    expect(
      ["13:00", "13.00", "kl. 13.00", "kl 9.05", "1300", "905", "13", "9", " 08:30 "].map(parseClock),
    ).toEqual(["13:00", "13:00", "13:00", "09:05", "13:00", "09:05", "13:00", "09:00", "08:30"]);
  });

  it("refuses the 12-hour clock, impossible times and other text", () => {
    expect(["1:30 PM", "25:00", "12:60", "13:0", "", "kvart över ett", "13:00:00"].map(parseClock)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});
