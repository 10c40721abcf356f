import { describe, expect, it } from "vitest";
import { parseItemNumber, parseNumberOnly } from "./numbers";

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
  ])("%s", (text, number, rest) => {
    expect(parseItemNumber(text)).toEqual({ number, rest });
  });

  it.each([
    "7 april hölls ett möte",
    "2024 års budget",
    "7.5 miljoner kronor",
    "7.1 Underpunkt",
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
  ])("%s", (text, number) => {
    expect(parseNumberOnly(text)).toBe(number);
  });

  it("refuses a number followed by text", () => {
    expect(parseNumberOnly("7 Budget")).toBeNull();
    expect(parseNumberOnly("Budget")).toBeNull();
  });
});
