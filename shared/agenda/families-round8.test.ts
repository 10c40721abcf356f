import { describe, expect, it } from "vitest";
import { textRows } from "./testing/rows";

// The classes of failure blind set 7 showed once read (issue 13, eighth round), each written as a family:
// invented examples with other names, numbers and layouts.

describe("the committee's answer to a referral, its own dnr after the referring body's name", () => {
  it("keeps a dnr of the agenda's own form after 'remiss från …', and leaves the referring body's", () => {
    const text = [
      "Kallelse Miljönämnden 2025-06-10",
      "1. Taxa för tillsyn 2026, MN/2025:101",
      "2. Yttrande över remiss från Länsstyrelsen om vattenskyddsområde Ekeby, MN/2025:140",
      "3. Svar på remiss från Region Västerby, regional avfallsplan - MN/2025:152",
      "4. Remiss från Boverket, dnr BOV 2025/331",
      "5. Detaljplan för Sjögatan MN/2025:160",
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["1", "Taxa för tillsyn 2026", ["MN/2025:101"]],
      ["2", "Yttrande över remiss från Länsstyrelsen om vattenskyddsområde Ekeby", ["MN/2025:140"]],
      ["3", "Svar på remiss från Region Västerby, regional avfallsplan", ["MN/2025:152"]],
      ["4", "Remiss från Boverket", []],
      ["5", "Detaljplan för Sjögatan", ["MN/2025:160"]],
    ]);
  });
});
