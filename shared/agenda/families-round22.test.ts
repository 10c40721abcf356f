import { describe, expect, it } from "vitest";
import { leadingTimeLength } from "./numbers";
import { isProcedural } from "./procedural";
import { textRows } from "./testing/rows";
import { withoutInlineFacts } from "./title-facts";

// The classes of failure blind set 24 showed once read (issue 13, twenty-second round): each a root cause in the
// reader, written as a family of invented examples with other bodies, layouts and wording, and a negative.

describe("a schedule's clock time before an item's number", () => {
  it("reads the items of a time column, whether or not a line has a time", () => {
    const text = [
      "Kommunstyrelsen",
      "Sammanträde 2026-04-14",
      "",
      "Tid       Nr   Ärende",
      "08.30     1.   Mötets öppnande",
      "          2.   Val av justerare",
      "9.15      3.   Budgetuppföljning mars 2026",
      "               Diarienummer: KS 2026/77",
      "          4.   Taxor för hamnen 2027",
      "10:40     5.   Rapport från räddningstjänsten",
      "          6.   Avslutning",
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["1", "Mötets öppnande", []],
      ["2", "Val av justerare", []],
      ["3", "Budgetuppföljning mars 2026", ["KS 2026/77"]],
      ["4", "Taxor för hamnen 2027", []],
      ["5", "Rapport från räddningstjänsten", []],
      ["6", "Avslutning", []],
    ]);
  });

  it("reads a time or a range, with or without kl., only before a number", () => {
    expect(leadingTimeLength("13.00 4 Budget")).toBe(6);
    expect(leadingTimeLength("kl. 9.30–10.00 § 12 Upprop")).toBe(15);
    expect(leadingTimeLength("10.15 Åtgärder i hamnen")).toBe(0);
    expect(leadingTimeLength("25.10 3 Budget")).toBe(0);
    expect(leadingTimeLength("2026.10 3 Budget")).toBe(0);
  });

  it("still reads a sub-item numbered like a time", () => {
    const text = [
      "Tekniska nämnden",
      "Sammanträde 2026-04-14",
      "",
      "10   Investeringar",
      "10.15 Gång- och cykelväg längs Åvägen",
      "11   Avslutning",
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["10", "Investeringar", []],
      ["10.15", "Gång- och cykelväg längs Åvägen", []],
      ["11", "Avslutning", []],
    ]);
  });
});

describe("a schedule's line under a title", () => {
  it("does not join a break or a meal to the title above", () => {
    const text = [
      "Miljönämnden",
      "Sammanträde 2026-09-03",
      "",
      "1   Upprop",
      "2   Tillsynsplan för livsmedelskontrollen 2027              MN 2026/140",
      "    Kl. 10.30–10.50 Kaffe",
      "3   Avgifter för prövning enligt miljöbalken                MN 2026/151",
      "    12.00–13.00 Lunch",
      "4   Avslutning",
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["1", "Upprop", []],
      ["2", "Tillsynsplan för livsmedelskontrollen 2027", ["MN 2026/140"]],
      ["3", "Avgifter för prövning enligt miljöbalken", ["MN 2026/151"]],
      ["4", "Avslutning", []],
    ]);
  });

  it("still joins a property's designation wrapped to the next line", () => {
    const text = [
      "Bygg- och miljönämnden",
      "Sammanträde 2026-09-03",
      "",
      "1   Upprop",
      "2   Bygglov för tillbyggnad av fritidshus, fastigheten Granbo",
      "    4:21 (ansökan om lov i efterhand)                        BMN 2026/88",
      "3   Avslutning",
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["1", "Upprop", []],
      [
        "2",
        "Bygglov för tillbyggnad av fritidshus, fastigheten Granbo 4:21 (ansökan om lov i efterhand)",
        ["BMN 2026/88"],
      ],
      ["3", "Avslutning", []],
    ]);
  });
});

describe("a note on an item's standing without brackets", () => {
  it("does not join a late item's or withdrawn item's note to its title", () => {
    const text = [
      "Socialnämnden",
      "Sammanträde 2026-10-21",
      "",
      "Nr   Ärende                                        Dnr",
      "1    Upprop",
      "2    Delårsbokslut augusti 2026                    SN 2026/201",
      "     Extra ärende, underlaget delas ut vid mötet",
      "3    Riktlinjer för hemtjänst                      SN 2026/188",
      "     Ärendet utgår",
      "4    Avslutning",
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["1", "Upprop", []],
      ["2", "Delårsbokslut augusti 2026", ["SN 2026/201"]],
      ["3", "Riktlinjer för hemtjänst", ["SN 2026/188"]],
      ["4", "Avslutning", []],
    ]);
  });

  it("still joins a wrapped title whose rest begins like such a word", () => {
    const text = [
      "Socialnämnden",
      "Sammanträde 2026-10-21",
      "",
      "1    Upprop",
      "2    Revidering av",
      "     Handlingsplan mot våld i nära relationer      SN 2026/190",
      "3    Avslutning",
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["1", "Upprop", []],
      ["2", "Revidering av Handlingsplan mot våld i nära relationer", ["SN 2026/190"]],
      ["3", "Avslutning", []],
    ]);
  });
});

describe("two or more presenters in brackets after a title", () => {
  it("drops the names, parted by a comma or och, with or without roles", () => {
    expect(withoutInlineFacts("Taxa för tillsyn 2027 (Lena Ek, Jonas Berg)")).toBe("Taxa för tillsyn 2027");
    expect(withoutInlineFacts("Delårsrapport (Lena Ek, controller, och Jonas Berg)")).toBe("Delårsrapport");
    expect(withoutInlineFacts("Skolskjutsregler (Lena Ek & Jonas Berg-Lind)")).toBe("Skolskjutsregler");
  });

  it("keeps the persons of a case and the bodies named in brackets", () => {
    expect(withoutInlineFacts("Svar på motion om cykelbanor (Lena Ek, Jonas Berg)")).toBe(
      "Svar på motion om cykelbanor (Lena Ek, Jonas Berg)",
    );
    expect(withoutInlineFacts("Gemensam nämnd för hjälpmedel (Region Halland, Region Skåne)")).toBe(
      "Gemensam nämnd för hjälpmedel (Region Halland, Region Skåne)",
    );
  });
});

describe("a question slot named by its form", () => {
  it("is procedural when open to all or followed by what it holds", () => {
    expect(isProcedural("Öppen frågestund")).toBe(true);
    expect(isProcedural("Allmän frågestund – invånare frågar om busstrafiken")).toBe(true);
    expect(isProcedural("Frågestund för allmänheten - frågor lämnas in i förväg")).toBe(true);
  });

  it("is not a case about questions", () => {
    expect(isProcedural("Svar på frågor från allmänheten om badplatser")).toBe(false);
    expect(isProcedural("Frågestunder i fullmäktige, utvärdering")).toBe(false);
  });
});
