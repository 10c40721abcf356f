import { describe, expect, it } from "vitest";
import { findDnr } from "./dnr";

describe("findDnr", () => {
  it.each([
    ["Dnr: HÅ 2023/776", "HÅ 2023/776", ""],
    [
      "Dataskyddsombudets årsrapport Januari 2024 Dnr: HÅ 2023/776",
      "HÅ 2023/776",
      "Dataskyddsombudets årsrapport Januari 2024",
    ],
    ["SN 2023/123", "SN 2023/123", ""],
    ["Budget 2025, SN 2023/123", "SN 2023/123", "Budget 2025"],
    ["Ändring av taxa (KS 2021/0456-1.2)", "KS 2021/0456-1.2", "Ändring av taxa"],
    ["Dnr SN 2024/12", "SN 2024/12", ""],
    ["dnr 2023-000123", "2023-000123", ""],
    ["Diarienummer: 2024/45", "2024/45", ""],
    ["Ärende – BUN-2024/88", "BUN-2024/88", "Ärende"],
    ["Yttrande KS2024/17 till regionen", "KS2024/17", "Yttrande till regionen"],
  ])("%s", (text, dnr, rest) => {
    expect(findDnr(text)).toEqual({ dnr, rest });
  });

  it("takes the first dnr and strips every dnr from the rest", () => {
    expect(findDnr("Samordnat svar SN 2024/1 och SN 2024/2")).toEqual({
      dnr: "SN 2024/1",
      rest: "Samordnat svar och",
    });
  });

  it.each([
    "Skolplacering inför läsåret 2024/25",
    "Verksamhetsplan 2024/2025",
    "Budget 2025",
    "sn 2023/123 i gemener är ingen registerbeteckning",
    "Telefon 010-123 45 67",
  ])("no dnr in %j", (text) => {
    expect(findDnr(text)).toBeNull();
  });
});
