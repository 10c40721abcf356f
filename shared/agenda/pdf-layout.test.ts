import { describe, expect, it } from "vitest";
import { layoutPage } from "./pdf-layout";

const item = (str: string, x: number, y: number, width = str.length * 5) => ({
  str,
  x,
  y,
  width,
  height: 10,
});

describe("layoutPage", () => {
  it("groups items by baseline, top to bottom and left to right, a wide gap as a column break", () => {
    expect(
      layoutPage([
        item("Budget", 100, 700),
        item("§ 12", 50, 701),
        item("SN 2024/1", 400, 700),
        item("Rubrik", 50, 714),
        item("  ", 50, 680),
      ]),
    ).toEqual(["Rubrik", `§ 12${" ".repeat(6)}Budget${" ".repeat(54)}SN 2024/1`]);
  });

  it("joins items that touch without a space, and a word gap with one", () => {
    expect(layoutPage([item("Social", 50, 700, 30), item("nämnden", 80, 700)])).toEqual(["Socialnämnden"]);
    expect(layoutPage([item("Val av", 50, 700, 30), item("justerare", 82, 700)])).toEqual([
      "Val av justerare",
    ]);
  });

  it("indents a wrapped title under the title's column", () => {
    expect(
      layoutPage([
        item("7", 50, 700),
        item("Revidering av riktlinjer för", 80, 700),
        item("ekonomiskt bistånd", 80, 688),
      ]),
    ).toEqual(["7     Revidering av riktlinjer för", "      ekonomiskt bistånd"]);
  });

  it("marks a paragraph gap wider than the page's line spacing with an empty line", () => {
    expect(
      layoutPage([
        item("Kallelse", 50, 760),
        item("Tid 13.00", 50, 748),
        item("Plats: Rådhuset", 50, 736),
        item("Ärenden", 50, 700),
      ]),
    ).toEqual(["Kallelse", "Tid 13.00", "Plats: Rådhuset", "", "Ärenden"]);
  });
});
