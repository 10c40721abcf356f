import { describe, expect, it } from "vitest";
import { textRows } from "./testing/rows";

// The classes of failure blind set 15 showed once read (issue 13, fifteenth round): each a root cause in the
// reader, written as a family of invented examples with other bodies, layouts and wording, and a negative.

describe("a numbered line quoted in a letter's lead, before the list's own heading", () => {
  it("goes where the list under the heading starts again at 1 (an e-mail)", () => {
    const text = [
      "Hej!",
      "",
      "Punkt 6 har bytt rubrik sedan utskottet:",
      "6. Taxa för bygglov 2026",
      "",
      "Föredragningslista",
      "",
      "1. Mötets öppnande",
      "2. Val av justerare",
      "3. Detaljplan för Ekbacken Dnr MBN 2025/118",
      "4. Tillsynsplan 2026 Dnr MBN 2025/120",
      "5. Delegationsbeslut",
      "6. Taxa för bygglov 2026 Dnr MBN 2025/131",
      "7. Övriga frågor",
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["1", "Mötets öppnande", []],
      ["2", "Val av justerare", []],
      ["3", "Detaljplan för Ekbacken", ["MBN 2025/118"]],
      ["4", "Tillsynsplan 2026", ["MBN 2025/120"]],
      ["5", "Delegationsbeslut", []],
      ["6", "Taxa för bygglov 2026", ["MBN 2025/131"]],
      ["7", "Övriga frågor", []],
    ]);
  });

  it("also under 'Dagordning:' with two quoted lines and items written '1)'", () => {
    const text = [
      "Till ledamöterna i kulturnämnden",
      "Två ärenden är nya sedan förra utskicket:",
      "8) Bidrag till studieförbund 2026",
      "9) Konstnärlig gestaltning i Norrby skola",
      "",
      "Dagordning:",
      "1) Sammanträdet öppnas",
      "2) Justering",
      "3) Kulturplan 2026, KN 2025/77",
      "4) Biblioteksplan, KN 2025/80",
      "5) Lokalfrågor",
      "6) Information",
      "7) Taxor 2026",
      "8) Bidrag till studieförbund 2026, KN 2025/91",
      "9) Konstnärlig gestaltning i Norrby skola, KN 2025/93",
    ].join("\n");
    const rows = textRows(text);
    expect(rows.map((row) => row[0])).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9"]);
    expect(rows[7]).toEqual(["8", "Bidrag till studieförbund 2026", ["KN 2025/91"]]);
  });

  it("stays where the list under a repeated heading goes on (a page's running head, no new start)", () => {
    const text = [
      "Föredragningslista",
      "4. Budget 2026 Dnr SN 2025/12",
      "5. Internkontroll Dnr SN 2025/14",
      "",
      "Föredragningslista",
      "6. Rapport om ej verkställda beslut Dnr SN 2025/19",
      "7. Övriga frågor",
    ].join("\n");
    expect(textRows(text).map((row) => row[0])).toEqual(["4", "5", "6", "7"]);
  });
});
