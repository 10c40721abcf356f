import { describe, expect, it } from "vitest";
import { keyAfter, numberKey, parseItemNumber, parseNumberOnly } from "./numbers";

describe("parseItemNumber", () => {
  it.each([
    ["Punkt 7 Ekonomisk uppföljning", "7", "Ekonomisk uppföljning"],
    ["punkt 7: Ekonomisk uppföljning", "7", "Ekonomisk uppföljning"],
    ["Ärende 7. Budget", "7", "Budget"],
    ["ÄRENDE 12 Budget", "12", "Budget"],
    ["Nr 3 Taxa", "3", "Taxa"],
    ["§ 12 Budget", "§ 12", "Budget"],
    ["§12. Budget", "§ 12", "Budget"],
    ["§ 245 Budget", "§ 245", "Budget"],
    ["12 § Budget", "§ 12", "Budget"],
    ["7. Budget", "7", "Budget"],
    ["7.Budget", "7", "Budget"],
    ["7) Budget", "7", "Budget"],
    ["07. Budget", "7", "Budget"],
    ["7 a Delegationsbeslut", "7 a", "Delegationsbeslut"],
    ["7a Delegationsbeslut", "7 a", "Delegationsbeslut"],
    ["7 a. Delegationsbeslut", "7 a", "Delegationsbeslut"],
    ["Punkt 7 b Anmälningar", "7 b", "Anmälningar"],
    ["§ 46 a Uppföljning", "§ 46 a", "Uppföljning"],
    ["7 Ekonomisk uppföljning", "7", "Ekonomisk uppföljning"],
    ["7 – Ekonomisk uppföljning", "7", "Ekonomisk uppföljning"],
    ["A) Semesterplanering", "A", "Semesterplanering"],
    ["b) Delegationsbeslut", "b", "Delegationsbeslut"],
    ["6 A Riktlinjer för boendestöd", "6 A", "Riktlinjer för boendestöd"],
    ["1 X Fyllnadsval av ersättare", "1 X", "Fyllnadsval av ersättare"],
    ["4 ½ Björka 3:15 – bygglov", "4 ½", "Björka 3:15 – bygglov"],
    ["12 a) Motion om farthinder", "12 a", "Motion om farthinder"],
    ["9.1 Remiss – Regional cykelplan", "9.1", "Remiss – Regional cykelplan"],
    ["Punkt 3 Ekonomisk uppföljning", "3", "Ekonomisk uppföljning"],
    ["3 A-kassans remiss", "3", "A-kassans remiss"],
  ])("%s", (text, number, rest) => {
    expect(parseItemNumber(text)).toEqual({ number, rest });
  });

  it.each([
    "7 april hölls ett möte",
    "2024 års budget",
    "7.5 miljoner kronor",
    "Ärende 4 visas inte i listan",
    "Punkt 5 gällande beredskapsplanen",
    "1. att godkänna redovisningen",
    "Budget 2025",
    "3 000 kronor",
    "1234 Budget",
    "§ Budget",
    "Punkten utgår",
    "A. Svensson redogör",
    "AB) Bolaget",
    "",
  ])("no number in %j", (text) => {
    expect(parseItemNumber(text)).toBeNull();
  });
});

describe("parseNumberOnly", () => {
  it.each([
    ["7", "7"],
    ["7 a", "7 a"],
    ["7a", "7 a"],
    ["§ 12", "§ 12"],
    ["12 §", "§ 12"],
    ["7.", "7"],
    ["Punkt 7", "7"],
    ["Ärende 7", "7"],
    ["12 a)", "12 a"],
    ["a)", "a"],
    ["1 X", "1 X"],
  ])("%s", (text, number) => {
    expect(parseNumberOnly(text)).toBe(number);
  });

  it("refuses a number followed by text", () => {
    expect(parseNumberOnly("7 Budget")).toBeNull();
    expect(parseNumberOnly("Budget")).toBeNull();
  });
});

describe("numberKey", () => {
  it("orders sub-items after their item and before the next", () => {
    const order = ["5", "6", "6 A", "6 B", "7", "7.1", "7.2", "8", "8 ½", "9", "§ 112"].map(
      (number) => numberKey(number)!,
    );
    for (let index = 1; index < order.length; index++)
      expect(keyAfter(order[index]!, order[index - 1]!)).toBe(true);
    expect(keyAfter(numberKey("6")!, numberKey("6 A")!)).toBe(false);
  });

  it("has no order for a lone letter, whose parent is not known", () => {
    expect(numberKey("a")).toBeNull();
    expect(numberKey("Budget")).toBeNull();
  });
});
