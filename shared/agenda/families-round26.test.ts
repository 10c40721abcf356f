import { describe, expect, it } from "vitest";
import { textRows } from "./testing/rows";
import { withoutGivenNamePresenters } from "./title-facts";

// The classes of failure blind sets 29 and 30 showed once read (issue 13, twenty-sixth round): each a root cause
// in the reader, written as a family of invented examples with other bodies, layouts and wording, and a negative.

const pad = (left: string, width: number, right: string) => `${left.padEnd(width)}${right}`;

describe("a schedule's clock time before a labelled number ('Punkt 3', 'Ärende 3')", () => {
  const lines = (label: string) =>
    [
      "Tekniska nämnden",
      "Sammanträde 2026-09-15",
      "",
      pad("09.00", 9, `${label} 1    Sammanträdets öppnande`),
      pad("", 9, `${label} 2    Taxa för renhållning 2027`),
      pad("", 21, "TN 2026/0150"),
      pad("09.40", 9, `${label} 3    Ombyggnad av gång- och cykelväg vid Lillån`),
      pad("10.10", 21, "Fika"),
      pad("10.30", 9, `${label} 4    Övriga frågor`),
    ].join("\n");

  it("reads every item from its number on, and the time between items as a pause", () => {
    for (const label of ["Punkt", "Ärende"]) {
      expect(textRows(lines(label))).toEqual([
        ["1", "Sammanträdets öppnande", []],
        ["2", "Taxa för renhållning 2027", ["TN 2026/0150"]],
        ["3", "Ombyggnad av gång- och cykelväg vid Lillån", []],
        ["4", "Övriga frågor", []],
      ]);
    }
  });
});

describe("a note on the item's standing between its title and its dnr", () => {
  const text = (note: string) =>
    [
      "Byggnadsnämnden",
      "Sammanträde 2026-03-04",
      "",
      "1  Val av justerare",
      "2  Bygglov för förskola på Ekbacken 2:14",
      `   ${note}`,
      "   BN 2026/0031",
      "3  Övriga frågor",
    ].join("\n");

  it("still gives the item the dnr under the note", () => {
    expect(textRows(text("Tillkommande ärende, anmält 2026-02-25"))[1]).toEqual([
      "2",
      "Bygglov för förskola på Ekbacken 2:14",
      ["BN 2026/0031"],
    ]);
    expect(textRows(text("(Handlingar skickas senare)"))[1]).toEqual([
      "2",
      "Bygglov för förskola på Ekbacken 2:14",
      ["BN 2026/0031"],
    ]);
  });
});

describe("a presenter's line with the time of the person's slot under a title", () => {
  const text = (presenter: string) =>
    [
      "Kultur- och fritidsnämnden",
      "Sammanträde 2026-04-21",
      "",
      "1. Val av justerare",
      "2. Verksamhetsplan för fritidsgårdarna 2027",
      `   ${presenter}`,
      "3. Övriga frågor",
    ].join("\n");

  it("is no part of the title, with a role or a body after the name", () => {
    for (const presenter of ["Lars Ekholm, fritidschef, kl. 10.40", "Nora Vik, Region Dalarna, kl 11"]) {
      expect(textRows(text(presenter))[1]).toEqual(["2", "Verksamhetsplan för fritidsgårdarna 2027", []]);
    }
  });

  it("leaves a title's wrapped rest that holds a clock time", () => {
    expect(textRows(text("och kvällsöppet kl. 18"))[1]).toEqual([
      "2",
      "Verksamhetsplan för fritidsgårdarna 2027 och kvällsöppet kl. 18",
      [],
    ]);
  });
});

describe("a presenter's given name in brackets at a title's end", () => {
  const mail = (signature: string) =>
    [
      "Från: Maja Åkerlund <maja.akerlund@forbund.example>",
      "Ämne: Kallelse till styrelsen 2026-05-12",
      "",
      "1. Val av justerare",
      "2. Budget 2027 för förbundet (Maja)",
      "3. Uppföljning av projektet Nya vägar (Olle)",
      "4. Övriga frågor",
      "",
      signature,
    ].join("\n");

  it("is the presenter where the document names someone of that name in full", () => {
    expect(textRows(mail("Hälsningar")).slice(1, 3)).toEqual([
      ["2", "Budget 2027 för förbundet", []],
      ["3", "Uppföljning av projektet Nya vägar", []],
    ]);
  });

  it("stays where nobody of that name is written in full (a place)", () => {
    const titles = ["Detaljplan för kvarteret Linden (Grytnäs)", "Bygglov för förråd (Bjurby)"];
    expect(withoutGivenNamePresenters(titles, ["Byggnadsnämnden", "Sammanträde 2026-05-12"])).toEqual(titles);
  });

  it("stays where only one title ends so", () => {
    const titles = ["Budget 2027 (Maja)", "Övriga frågor"];
    expect(withoutGivenNamePresenters(titles, ["Maja Åkerlund"])).toEqual(titles);
  });

  it("stays in a case the person is the subject of", () => {
    const titles = ["Avsägelse av uppdrag (Maja)", "Budget 2027 (Maja)", "Delårsrapport, (Olle)"];
    expect(withoutGivenNamePresenters(titles, ["Maja Åkerlund, förbundschef"])).toEqual([
      "Avsägelse av uppdrag (Maja)",
      "Budget 2027",
      "Delårsrapport",
    ]);
  });
});

describe("a dnr in the own registry's form under another board's letters", () => {
  const text = (lines: string[]) =>
    ["Miljö- och byggnämnden", "Sammanträde 2026-06-09", "", "1  Val av justerare", ...lines].join("\n");

  it("listed after the item's own under one label is the other board's reference", () => {
    const rows = textRows(
      text([
        "2  Taxa för tillsyn 2027",
        "   Dnr MBN 2026/041, KS 2026/310",
        "3  Bygglov för ridhus på Ängsby 1:9",
        "   Dnr MBN 2026/052",
        "4  Strandskyddsdispens vid Norrsjön",
        "   Dnr MBN 2026/063",
      ]),
    );
    expect(rows[1]).toEqual(["2", "Taxa för tillsyn 2027", ["MBN 2026/041"]]);
  });

  it("keeps a second series of another form listed after the own one", () => {
    const rows = textRows(
      text([
        "2  Detaljplan för Ängsby, samråd",
        "   Dnr MBN 2026/041, PLAN.2026.7",
        "3  Bygglov för ridhus på Ängsby 1:9",
        "   Dnr MBN 2026/052",
        "4  Strandskyddsdispens vid Norrsjön",
        "   Dnr MBN 2026/063",
      ]),
    );
    expect(rows[1]).toEqual(["2", "Detaljplan för Ängsby, samråd", ["MBN 2026/041", "PLAN.2026.7"]]);
  });

  const registry = (count: number) => [
    ...Array.from({ length: count }, (_, index) => [
      `${index + 2}  Bygglov för förråd på Ängsby 1:${index + 2}`,
      `   Dnr MBN 2026-00${index + 10}`,
    ]).flat(),
    `${count + 2}  Kommunfullmäktiges beslut om taxa`,
    "   Dnr KS 2026-0077",
  ];

  it("alone under an item, where the agenda's dnr bear one registry's letters, is the other board's case", () => {
    const rows = textRows(text(registry(6)));
    expect(rows[7]).toEqual(["8", "Kommunfullmäktiges beslut om taxa", []]);
  });

  it("stays the item's where too few dnr show the registry", () => {
    const rows = textRows(text(registry(2)));
    expect(rows[3]).toEqual(["4", "Kommunfullmäktiges beslut om taxa", ["KS 2026-0077"]]);
  });
});

describe("a dnr bearing the letters a title gives a body's name in brackets", () => {
  const text = (title: string) =>
    [
      "Socialnämnden",
      "Sammanträde 2026-10-13",
      "",
      "1  Val av justerare",
      `2  ${title}`,
      "   SKS 2026/1187",
      "3  Övriga frågor",
    ].join("\n");

  it("is that body's case, not the committee's", () => {
    expect(textRows(text("Skogsstyrelsen (SKS): Beslut om avverkning vid Hagen"))[1]).toEqual([
      "2",
      "Skogsstyrelsen (SKS): Beslut om avverkning vid Hagen",
      [],
    ]);
  });

  it("stays the item's where the brackets hold other letters", () => {
    expect(textRows(text("Skogsstyrelsen (SST): Beslut om avverkning vid Hagen"))[1]).toEqual([
      "2",
      "Skogsstyrelsen (SST): Beslut om avverkning vid Hagen",
      ["SKS 2026/1187"],
    ]);
  });
});
