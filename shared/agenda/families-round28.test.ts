import { describe, expect, it } from "vitest";
import { scanDnr, withAuthorityCases } from "./dnr";
import { chooseDnr } from "./dnr-choice";
import { gluedNumberLines } from "./numbers";
import { pageRows, textRows } from "./testing/rows";
import { withoutInlineFacts } from "./title-facts";

// The classes of failure blind sets 33 and 34 showed once read (issue 13, twenty-eighth round): each a root cause
// in the reader, written as a family of invented examples with other bodies, layouts and wording, and a negative.

const pad = (left: string, width: number, right: string) => `${left.padEnd(width)}${right}`;

describe("numbers a copied page typed against their titles ('3Budget 2027')", () => {
  const text = [
    "Miljönämnden 2026-04-09",
    "Ärendelista",
    "1Sammanträdets öppnande",
    "2Val av protokolljusterare",
    "3Taxa för tillsyn enligt miljöbalken 2027",
    "Diarienummer: MN/2026:41",
    "Bilagor (2)",
    "4Information från förvaltningen",
  ].join("\n");

  it("reads each as its number and title", () => {
    expect(textRows(text)).toEqual([
      ["1", "Sammanträdets öppnande", []],
      ["2", "Val av protokolljusterare", []],
      ["3", "Taxa för tillsyn enligt miljöbalken 2027", ["MN/2026:41"]],
      ["4", "Information från förvaltningen", []],
    ]);
  });

  it("needs three lines numbered one after the other, so a title's digits stay", () => {
    expect(gluedNumberLines(["3Dskrivare i skolan", "Budget", "5Gnät i centrum"])).toEqual([]);
    expect(gluedNumberLines(["Intro", "7Alfa", "x", "8Beta", "2Noll", "9Gamma"])).toEqual([1, 3, 5]);
  });
});

describe("a description under a title in a laid-out agenda", () => {
  const text = [
    "Fritidsnämnden",
    "Sammanträde 2026-05-20",
    "",
    pad("1.", 6, "Sammanträdets öppnande"),
    "",
    pad("2.", 6, "Bidrag till idrottsföreningar 2027"),
    pad("", 6, "Förvaltningen har gått igenom ansökningarna från de föreningar som söker stöd för"),
    pad("", 6, "nästa år och föreslår en fördelning enligt bilagan."),
    pad("", 6, "Diarienummer: FRN 2026-00112"),
    "",
    pad("3.", 6, "Ny modell för fördelning av halltider mellan föreningar, skolor och allmänheten"),
    pad("", 6, "Modellen bygger på den enkät som gick ut till föreningarna i"),
    pad("", 6, "början av året."),
    pad("", 6, "Diarienummer: FRN 412-2025, FRN 2026-00130"),
    "",
    pad("4.", 6, "Uppföljning av tillgänglighetsplanen för kommunens"),
    pad("", 6, "Badhus och sporthallar"),
  ].join("\n");

  it("leaves it out of the title, where the title ended short or the lines end a sentence", () => {
    expect(textRows(text)).toEqual([
      ["1", "Sammanträdets öppnande", []],
      ["2", "Bidrag till idrottsföreningar 2027", ["FRN 2026-00112"]],
      [
        "3",
        "Ny modell för fördelning av halltider mellan föreningar, skolor och allmänheten",
        ["FRN 412-2025", "FRN 2026-00130"],
      ],
      // A title that wraps at a word it does not end with goes on, capitalised or not.
      ["4", "Uppföljning av tillgänglighetsplanen för kommunens Badhus och sporthallar", []],
    ]);
  });
});

describe("a serial before the year parted by a dash ('KFN 88-2026')", () => {
  it("is a dnr under a label, not a span of years nor any number", () => {
    const found = (text: string) => scanDnr(text).found.map((dnr) => dnr.dnr);
    expect(found("Dnr: SBN 88-2026")).toEqual(["SBN 88-2026"]);
    expect(found("Diarienummer 1204-2025")).toEqual(["1204-2025"]);
    expect(found("Budget 12-2026 för hemtjänsten")).toEqual([]);
  });
});

describe("another body's case beside the item's own", () => {
  const own = (text: string) => chooseDnr([scanDnr(text).found])[0];

  it("named in brackets after it, or inside the bracket before it", () => {
    expect(own("MHN 2026/77, KS 2025/0311 (kommunstyrelsen)")).toEqual(["MHN 2026/77"]);
    expect(own("MHN 2026/77 (Länsstyrelsen Värmland 521-3310-2026)")).toEqual(["MHN 2026/77"]);
    expect(own("MHN 2026/77 (Dnr MHN 2026/78)")).toEqual(["MHN 2026/77", "MHN 2026/78"]);
  });

  it("in brackets of other letters on the dnr cell's next line", () => {
    const cells = [...scanDnr("MHN 2026/77").found, ...scanDnr("(KS 2025/0311)").found];
    expect(chooseDnr([cells])[0]).toEqual(["MHN 2026/77"]);
    const same = [...scanDnr("MHN 2026/77").found, ...scanDnr("(MHN 2025/12)").found];
    expect(chooseDnr([same])[0]).toEqual(["MHN 2026/77", "MHN 2025/12"]);
  });

  it("bearing the first letters of the words of the sender the title names", () => {
    const foreign = (title: string, dnr: string) =>
      withAuthorityCases(title, scanDnr(dnr, { column: true }).found).map((found) => found.foreign);
    expect(foreign("Beslut från Inspektionen för vård och omsorg om tillsyn", "IVO 2026-1188")).toEqual([
      true,
    ]);
    expect(foreign("Skrivelse från Statens energimyndighet", "SE 2026-4")).toEqual([false]);
    expect(foreign("Skrivelse från kommunstyrelsen om lokaler", "MHN 2026/80")).toEqual([false]);
  });

  it("in brackets between the labelled own dnr and the line's remark", () => {
    expect(
      textRows(
        [
          "1. Ny taxa för bygglov",
          "Dnr BN 2026-0330 (regionens dnr RS 2026-00871). Föredragande: Olle Ström, chef",
        ].join("\n"),
      ),
    ).toEqual([["1", "Ny taxa för bygglov", ["BN 2026-0330"]]]);
  });

  it("a dnr list broken after the next number's letters", () => {
    expect(textRows(["3 Taxor 2027 för kulturskolan", "KUN 2026/0041, KUN", "2026/0042"].join("\n"))).toEqual(
      [["3", "Taxor 2027 för kulturskolan", ["KUN 2026/0041", "KUN 2026/0042"]]],
    );
  });
});

describe("a labelled dnr with a bracket after it", () => {
  it("takes the case's former number the bracket gives", () => {
    expect(
      textRows(
        ["4. Riktlinjer för bostadsanpassning", "   Dnr BN 2026/0131 (tidigare BN 2023/0410)"].join("\n"),
      ),
    ).toEqual([["4", "Riktlinjer för bostadsanpassning", ["BN 2026/0131", "BN 2023/0410"]]]);
  });
});

describe("'Förslag till föredragningslista' over the items", () => {
  it("heads the agenda, not a list of decision points", () => {
    expect(
      textRows(
        [
          "Kallelse till sammanträde",
          "Förslag till föredragningslista",
          "1      Upprop",
          "2      Val av justerare",
          "3      Taxor 2027                 TN-2026-00040",
        ].join("\n"),
      ),
    ).toEqual([
      ["1", "Upprop", []],
      ["2", "Val av justerare", []],
      ["3", "Taxor 2027", ["TN-2026-00040"]],
    ]);
  });
});

describe("notes and presenters at a title's end", () => {
  it("a note on the item's papers in brackets goes", () => {
    expect(withoutInlineFacts("Föregående mötesanteckningar (bifogas)")).toBe("Föregående mötesanteckningar");
    expect(withoutInlineFacts("Lokalförsörjningsplan (handlingar skickas senare)")).toBe(
      "Lokalförsörjningsplan",
    );
    expect(withoutInlineFacts("Ändring av bilagor (del 2)")).toBe("Ändring av bilagor (del 2)");
  });

  it("a presenter's bracket typed against the title, a role with letters first", () => {
    expect(withoutInlineFacts("Ny rutin för introduktion(Pia Ek, HR-strateg)")).toBe(
      "Ny rutin för introduktion",
    );
    expect(withoutInlineFacts("Budget 2026/2027(Lars Holm)")).toBe("Budget 2026/2027");
  });
});

describe("a page's lead paragraph among its cards", () => {
  it("is no item", () => {
    const card = (text: string) => `<div class="portlet"><p>${text}</p></div>`;
    const rows = pageRows(
      [
        card("Dagordning"),
        card("Samverkansgruppen för äldreomsorgen möts onsdag 3 juni 2026 kl. 9.00–11.00 i Rådhuset, sal 2."),
        card("<strong>Punkt 1</strong> Mötets öppnande"),
        card("<strong>Punkt 2</strong> Schemaläggning inför sommaren"),
        card("<strong>Punkt 3</strong> Övriga frågor"),
      ].join(""),
    );
    expect(rows.map((row) => row[1])).toEqual([
      "Mötets öppnande",
      "Schemaläggning inför sommaren",
      "Övriga frågor",
    ]);
  });
});
