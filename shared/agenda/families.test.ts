import { describe, expect, it } from "vitest";
import { textRows } from "./testing/rows";

// The classes of failure blind set 4 showed once read (issue 13, fifth round), each written as a family:
// invented examples with other names, numbers and layouts, and variants the blind document does not have.

describe("a flattened table with a presenter column (pdftotext without layout)", () => {
  it("keeps the dnr label, the presenter and a wrapped presenter's rest out of the titles", () => {
    const text = [
      "Miljö- och byggnadsnämnden kallas till sammanträde",
      "Tid: onsdagen den 12 mars 2025 kl. 09.00",
      "Nr Ärende Diarienummer Föredragande",
      "1 Upprop 2 Val av justerare",
      // A row without a dnr whose presenter stands in the column on a later row too.
      "3 Information om tillsynsarbetet Miljöchef Karin Holm",
      "4 Taxa för prövning och tillsyn 2026 Diarienummer: 2025/44 Miljöchef Karin Holm",
      "5 Detaljplan för kvarteret Linden, antagande av Dnr 2025/61 Planarkitekt",
      "planhandlingarna Jonas Berg",
      "6 Yttrande över remiss om vattenskydd Dnr 2025/70 Bygglovschef Per Nyman",
      "7 Delegationsbeslut Dnr 2025/3 8 Meddelanden Dnr 2025/2",
      "9 Rapport från nämndens utbildningsdag Bygglovschef Per Nyman",
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["1", "Upprop", []],
      ["2", "Val av justerare", []],
      ["3", "Information om tillsynsarbetet", []],
      ["4", "Taxa för prövning och tillsyn 2026", ["2025/44"]],
      ["5", "Detaljplan för kvarteret Linden, antagande av planhandlingarna", ["2025/61"]],
      ["6", "Yttrande över remiss om vattenskydd", ["2025/70"]],
      ["7", "Delegationsbeslut", ["2025/3"]],
      ["8", "Meddelanden", ["2025/2"]],
      ["9", "Rapport från nämndens utbildningsdag", []],
    ]);
  });
});
