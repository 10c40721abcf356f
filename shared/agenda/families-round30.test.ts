import { describe, expect, it } from "vitest";
import { textRows } from "./testing/rows";

// The classes of failure blind sets 35 and 36 showed once read (issue 13, thirtieth round, text and PDF): each a
// root cause in the reader, written as a family of invented examples with other bodies and layouts, and a negative.

describe("a registry export's classification column beside the number, dnr and title", () => {
  it("takes the title from the column with words, not the code ('1.2.1'), in a fixed-width export", () => {
    const text = [
      "KULTURNÄMNDEN                                   Utskrift 2026-01-20",
      "Sammanträde 2026-01-27",
      "",
      "Pkt  Diarienummer  Klass    Ärende                                    Handläggare",
      "1                           Upprop",
      "2    KN 2026/004   02.01    Budget för kulturskolan 2026 och          Lisa Berg",
      "                            plan för 2027",
      "3    KN 2025/311   4.12.3   Bidrag till studieförbunden               Omar Said",
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["1", "Upprop", []],
      ["2", "Budget för kulturskolan 2026 och plan för 2027", ["KN 2026/004"]],
      ["3", "Bidrag till studieförbunden", ["KN 2025/311"]],
    ]);
  });

  it("does so in a tab-separated export, where the code after item 2 ('2.1.4') starts no item", () => {
    const text = [
      "Miljönämnden",
      "Sammanträde 2026-02-03",
      "Nr\tÄrende-id\tKod\tRubrik\tAnsvarig",
      "1\t\t\tMötets öppnande\t",
      "2\tMN 2026/0012\t2.1.4\tTillsynsplan för livsmedelskontroll 2026\tKarin Öst",
      "3\tMN 2025/0455\t3.3\tYttrande om detaljplan för Norra hamnen\tPer Åberg",
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["1", "Mötets öppnande", []],
      ["2", "Tillsynsplan för livsmedelskontroll 2026", ["MN 2026/0012"]],
      ["3", "Yttrande om detaljplan för Norra hamnen", ["MN 2025/0455"]],
    ]);
  });

  it("keeps a code where the row has no other words (the code is all the title there is)", () => {
    expect(textRows("1    KS 2026/1    4.1")[0]).toEqual(["1", "4.1", ["KS 2026/1"]]);
  });
});

describe("a run-together line whose title ended in a comma or a spaced dash", () => {
  it("goes on with the next line's capitalised place name, its dnr the item's", () => {
    const text = [
      "1 Upprop 2 Bygglov för garage, Ön 3:41 BN 2026-000518 3 Föreläggande om åtgärder vid avlopp,",
      "Skogsby 7:2 BN 2026-000390 4 Tillsynsplan 2027 BN 2026-000602 5 Övriga frågor",
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["1", "Upprop", []],
      ["2", "Bygglov för garage, Ön 3:41", ["BN 2026-000518"]],
      ["3", "Föreläggande om åtgärder vid avlopp, Skogsby 7:2", ["BN 2026-000390"]],
      ["4", "Tillsynsplan 2027", ["BN 2026-000602"]],
      ["5", "Övriga frågor", []],
    ]);
  });

  it("reads the items run together after a line that does not go on with the title", () => {
    const rows = textRows(
      [
        "1 Upprop 2 Föreläggande om åtgärder vid avlopp",
        "Skogsby 7:2 BN 2026-000390 3 Tillsynsplan 2027 BN 2026-000602 4 Övriga frågor",
      ].join("\n"),
    );
    expect(rows.map(([number]) => number)).toEqual(["1", "2", "3", "4"]);
    expect(rows[2]).toEqual(["3", "Tillsynsplan 2027", ["BN 2026-000602"]]);
  });
});
