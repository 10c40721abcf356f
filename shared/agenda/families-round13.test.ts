import { describe, expect, it } from "vitest";
import { extractAgendaFromText } from "./extract";

// The classes of failure blind set 12 showed once read (issue 13, thirteenth round): each a root cause in the
// reader, written as a family of invented examples with other names, numbers and layout.

const textItems = (text: string) =>
  extractAgendaFromText(text).items.map((item) => [item.number, item.title, item.dnr]);

describe("a facts line under an item naming a motion and its case at another body", () => {
  it("is no part of the title, and the other registry's case is not the item's (flat table)", () => {
    const text = [
      "Kallelse byggnadsnämnden 2025-04-09",
      "",
      "Nr Ärende Dnr",
      "1 Val av justerare",
      "2 Bygglov för carport, Berga 1:12 BN 2025-000101",
      "3 Svar på remiss från kommunstyrelsen om motion om solceller på kommunens tak BN 2025-000133",
      "  Motion (2025:3), KS 2025/0041",
      "4 Strandskyddsdispens för bastu, Näs 2:7 BN 2025-000140",
      "5 Detaljplan för Norra hamnen, granskning BN 2024-000980",
    ].join("\n");
    expect(textItems(text)).toEqual([
      ["1", "Val av justerare", []],
      ["2", "Bygglov för carport, Berga 1:12", ["BN 2025-000101"]],
      [
        "3",
        "Svar på remiss från kommunstyrelsen om motion om solceller på kommunens tak",
        ["BN 2025-000133"],
      ],
      ["4", "Strandskyddsdispens för bastu, Näs 2:7", ["BN 2025-000140"]],
      ["5", "Detaljplan för Norra hamnen, granskning", ["BN 2024-000980"]],
    ]);
  });

  it("also for a citizens' proposal set out under a laid-out title", () => {
    const text = [
      "Föredragningslista barn- och utbildningsnämnden 2025-05-20",
      "",
      "1    Godkännande av dagordningen",
      "2    Läsårstider 2026/2027                                   BUN 2025/0061",
      "3    Svar på medborgarförslag om längre öppettider på fritids BUN 2025/0077",
      "     Medborgarförslag (2025:11), KS 2025/0190",
      "4    Skolskjutsregler 2026                                   BUN 2025/0093",
    ].join("\n");
    expect(textItems(text)).toEqual([
      ["1", "Godkännande av dagordningen", []],
      ["2", "Läsårstider 2026/2027", ["BUN 2025/0061"]],
      ["3", "Svar på medborgarförslag om längre öppettider på fritids", ["BUN 2025/0077"]],
      ["4", "Skolskjutsregler 2026", ["BUN 2025/0093"]],
    ]);
  });

  it("gives the item its case where that is the agenda's own registry", () => {
    const text = [
      "Kommunstyrelsen 2025-06-10",
      "",
      "1 Val av justerare",
      "2 Delårsrapport april 2025",
      "  KS 2025/0301",
      "3 Svar på motion om fler bänkar i centrum",
      "  Motion (2024:19), KS 2024/0411",
      "4 Riktlinjer för representation",
      "  KS 2025/0122",
    ].join("\n");
    expect(textItems(text)).toEqual([
      ["1", "Val av justerare", []],
      ["2", "Delårsrapport april 2025", ["KS 2025/0301"]],
      ["3", "Svar på motion om fler bänkar i centrum", ["KS 2024/0411"]],
      ["4", "Riktlinjer för representation", ["KS 2025/0122"]],
    ]);
  });

  it("leaves a title that opens with the motion as it is", () => {
    const text = [
      "Kommunfullmäktige 2025-06-16",
      "",
      "1 Val av justerare",
      "2 Motion (2025:4) om gratis kollektivtrafik för pensionärer KS 2025/0150",
      "3 Årsredovisning 2024 KS 2025/0077",
    ].join("\n");
    expect(textItems(text)).toEqual([
      ["1", "Val av justerare", []],
      ["2", "Motion (2025:4) om gratis kollektivtrafik för pensionärer", ["KS 2025/0150"]],
      ["3", "Årsredovisning 2024", ["KS 2025/0077"]],
    ]);
  });
});
