import { describe, expect, it } from "vitest";
import { scanDnr } from "./dnr";
import { parseItemNumber } from "./numbers";
import { textRows } from "./testing/rows";

// The classes of failure blind set 23 showed once read (issue 13, twenty-first round): each a root cause in the
// reader, written as a family of invented examples with other bodies, layouts and wording, and a negative.

describe("a presenter's label ending the title's line", () => {
  it("reads the line under it as the presenter's name, with or without a class marker before the label", () => {
    const text = [
      "Byggnadsnämnden",
      "Sammanträde 2026-05-06",
      "",
      "1 Upprop",
      "2 Rapport om bygglovstider (Info) Föredragande: Bygglovschef",
      "  Karin Westberg",
      "3 Budgetuppföljning april Föredragande: Controller",
      "  Olle Nyström",
      "4 Taxa för strandskyddsdispens BN 2026/31",
      "5 Avslutning",
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["1", "Upprop", []],
      ["2", "Rapport om bygglovstider", []],
      ["3", "Budgetuppföljning april", []],
      ["4", "Taxa för strandskyddsdispens", ["BN 2026/31"]],
      ["5", "Avslutning", []],
    ]);
  });

  it("still joins a wrapped title that no label ended", () => {
    const text = [
      "Byggnadsnämnden",
      "Sammanträde 2026-05-06",
      "",
      "1 Upprop",
      "2 Detaljplan för bostäder vid",
      "  Östra hamnen BN 2026/40",
      "3 Avslutning",
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["1", "Upprop", []],
      ["2", "Detaljplan för bostäder vid Östra hamnen", ["BN 2026/40"]],
      ["3", "Avslutning", []],
    ]);
  });
});

describe("a second dnr in the dnr column beside a presenter's wrapped name", () => {
  it("gives the item both dnr when the presenter column's next line is a surname", () => {
    const text = [
      "Kulturnämnden",
      "Sammanträde 2026-02-11",
      "",
      "Ärende                                                  Dnr              Föredragande",
      "",
      "1.   Val av justerare",
      "",
      "2.   Bidrag till studieförbund 2026                     KN 2025/88       Kulturstrateg Elin",
      "                                                        KN 2026/4        Bergqvist",
      "",
      "3.   Öppettider för stadsbiblioteket                    KN 2026/9        Bibliotekschef",
      "                                                                         Tor Sandell",
      "",
      "4.   Avslutning",
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["1", "Val av justerare", []],
      ["2", "Bidrag till studieförbund 2026", ["KN 2025/88", "KN 2026/4"]],
      ["3", "Öppettider för stadsbiblioteket", ["KN 2026/9"]],
      ["4", "Avslutning", []],
    ]);
  });
});

describe("clock times in a day's schedule", () => {
  it("reads no item number in a time on the hour or an hour with a leading zero", () => {
    expect(parseItemNumber("13.00")).toBeNull();
    expect(parseItemNumber("9.00 Kaffe och smörgås")).toBeNull();
    expect(parseItemNumber("08.45 Samling i foajén")).toBeNull();
  });

  it("still reads sub-item numbers", () => {
    expect(parseItemNumber("9.1 Remiss om taxor")).toEqual({ number: "9.1", rest: "Remiss om taxor" });
    expect(parseItemNumber("10.12 Avtal om städning")).toEqual({
      number: "10.12",
      rest: "Avtal om städning",
    });
    expect(parseItemNumber("4.10")).toEqual({ number: "4.10", rest: "" });
  });
});

describe("a state authority named first, before its dnr label", () => {
  const dnrOf = (text: string) => scanDnr(text).found.map((found) => [found.dnr, found.foreign]);

  it("reads the dnr after the authority's name as the authority's, with or without a comma or a county", () => {
    expect(dnrOf("Länsstyrelsen i Västerdals län, dnr 505-1180-2026")).toEqual([["505-1180-2026", true]]);
    expect(dnrOf("Trafikverket dnr TRV 2026/5521")).toEqual([["TRV 2026/5521", true]]);
    expect(dnrOf("Förvaltningsrätten Sörby, diarienummer 2210-26")).toEqual([["2210-26", true]]);
  });

  it("keeps the item's own dnr after a title that ends with an authority's name", () => {
    expect(dnrOf("Yttrande till Trafikverket, dnr TN 2026/14")).toEqual([["TN 2026/14", false]]);
    expect(dnrOf("Kommunstyrelsen, dnr KS 2026/101")).toEqual([["KS 2026/101", false]]);
  });
});
