import { describe, expect, it } from "vitest";
import { findMeta } from "./meta";
import { page, pageRows } from "./testing/rows";

// The classes of failure blind sets 31 to 34 showed once read (issue 13, twenty-eighth round, DOCX and meta):
// each a root cause, written as a family of invented examples with other bodies and wording, and a negative.

describe("a presenter in a run of its own after the title (Word's italic run, an <em>)", () => {
  it("keeps the space at the run's edge, so the bracketed presenter is cut from the title", () => {
    for (const presenter of [
      "<em> (Eva Lindqvist, ekonom)</em>",
      "<i> (Per Åberg)</i>",
      "<span> (Nora Ek, HR-chef)</span>",
    ])
      expect(
        pageRows(
          `<h1>Miljönämnden</h1><ol><li>1. Taxa för tillsyn 2027${presenter}</li><li>2. Övriga frågor</li></ol>`,
        )[0],
      ).toEqual(["1", "Taxa för tillsyn 2027", []]);
  });

  it("joins no words that the markup parts with a space only inside an element", () => {
    expect(pageRows("<ol><li>1. Val<strong> av </strong>justerare</li></ol>")[0]).toEqual([
      "1",
      "Val av justerare",
      [],
    ]);
  });

  it("keeps a role that opens with an abbreviation as the presenter's ('IT-strateg', 'HR-specialist')", () => {
    expect(
      pageRows(
        "<ol><li>1. Nytt ärendesystem (Sara Holm, IT-strateg)</li><li>2. Rekrytering (Ali Berg, HR-specialist)</li></ol>",
      ).map(([, title]) => title),
    ).toEqual(["Nytt ärendesystem", "Rekrytering"]);
  });

  it("keeps a body's name in brackets, which names no presenter", () => {
    expect(pageRows("<ol><li>1. Samarbete om räddningstjänst (Region Västerland)</li></ol>")[0]?.[1]).toBe(
      "Samarbete om räddningstjänst (Region Västerland)",
    );
  });
});

describe("another body's number in brackets under the own dnr in a dnr column", () => {
  const table = (remark: string) =>
    page(`<h1>Direktionen</h1><table><tr><th>Nr</th><th>Ärende</th><th>Dnr</th></tr>
      <tr><td>4</td><td>Yttrande över ny brandstation</td><td><p>RTJ 2026/31</p><p>${remark}</p></td></tr>
      <tr><td>5</td><td>Budget 2027</td><td><p>RTJ 2026/40</p></td></tr></table>`).items;

  it("keeps only the committee's own dnr", () => {
    for (const remark of [
      "(Sörby kommun KS 2026-00412)",
      "(Trafikverket TRV 2026/1180)",
      "(Region Västerland RV 2026-0044)",
    ])
      expect(table(remark)[0]?.dnr).toEqual(["RTJ 2026/31"]);
  });

  it("keeps a bracketed dnr of the committee's own registry with no body's name before it", () => {
    expect(table("(RTJ 2025/12)")[0]?.dnr).toEqual(["RTJ 2026/31", "RTJ 2025/12"]);
  });
});

describe("a samverkan group as the body that meets", () => {
  it.each([
    [
      ["Förvaltningssamverkansgrupp (FSG) Kultur- och fritidsförvaltningen", "Datum: 2026-02-03 kl. 09.00"],
      "Förvaltningssamverkansgrupp (FSG) Kultur- och fritidsförvaltningen",
    ],
    [
      ["Dagordning", "Lokal samverkansgrupp för hemtjänsten", "Tid: tisdag 3 februari 2026 kl. 13"],
      "Lokal samverkansgrupp för hemtjänsten",
    ],
    [
      ["Kallelse VSG Äldreomsorg Väst 4 mars", "Hej! Välkomna till mötet onsdag 4 mars 2026 kl. 10.00."],
      "VSG Äldreomsorg Väst",
    ],
    [
      ["Centrala samverkansgruppen", "Centrala samverkansgruppen (CSG) – dagordning 2026-05-19"],
      "Centrala samverkansgruppen (CSG)",
    ],
    [["Skyddskommittén", "Sammanträde 2026-04-21"], "Skyddskommittén"],
    [["Dagordning FSG 2026-03-10", "Teknik- och serviceförvaltningens samverkansgrupp (FSG)"], "FSG"],
  ])("%j", (header, committee) => {
    expect(findMeta(header).committee).toBe(committee);
  });

  it("takes the group's full name for its abbreviation where the header writes both", () => {
    expect(
      findMeta(["FSG 2026-03-10", "Förvaltningssamverkansgrupp (FSG) Tekniska förvaltningen"]).committee,
    ).toBe("Förvaltningssamverkansgrupp (FSG) Tekniska förvaltningen");
  });

  it("leaves a nämnd's agenda to the nämnd when a group's abbreviation is only mentioned", () => {
    const header = [
      "Här är listan inför nämndens sammanträde, så att vi kan samverka den på FSG 12/3.",
      "Föredragningslista till socialnämndens sammanträde",
    ];
    expect(findMeta(header).committee).toBe("Socialnämnden");
    expect(
      findMeta(["Listan läggs ut inför förvaltningens samverkansgrupp (FSG).", "Socialnämnden 2026-03-20"])
        .committee,
    ).toBe("Socialnämnden");
  });
});

describe("the meeting's date beside a mail's header and an office's letterhead", () => {
  it("takes the date in the text, not the mail's Date: or Sent: field", () => {
    for (const field of ["Date: Tue, 3 Feb 2026 07:55:02 +0100", "Sent: den 3 februari 2026 07:55"])
      expect(
        findMeta([
          field,
          "Subject: Kallelse LSG Skola Öst",
          "Välkomna till LSG Skola Öst torsdag 12 februari kl 14.00",
        ]).meetingDate,
      ).toBe("2026-02-12");
  });

  it("takes the meeting's heading, not the date after the office's name", () => {
    expect(
      findMeta([
        "Norrby stadsdelsförvaltning 2026-01-20",
        "Förvaltningsgruppen",
        "Förvaltningsgrupp 4 februari 2026",
      ]).meetingDate,
    ).toBe("2026-02-04");
  });

  it("keeps a committee's letterhead date where the header gives no better", () => {
    expect(findMeta(["Byggnadsnämnden 2026-01-20"]).meetingDate).toBe("2026-01-20");
    expect(findMeta(["Socialförvaltningen 2026-01-20"]).meetingDate).toBe("2026-01-20");
  });
});

describe("an item reporting a group of information items, with sub-items", () => {
  const items = (title: string) =>
    page(`<h1>Kulturnämnden</h1><h2>Beslutsärenden</h2><p>7. Budget 2027</p><p>8. ${title}</p>
      <p>a) Beslut om bidrag under 20 000 kronor</p><p>b) Beslut om lokalbokning</p><p>9. Övriga frågor</p>`)
      .items;

  it("makes it and its sub-items information, whatever the heading above says", () => {
    for (const title of [
      "Anmälan av delegationsbeslut",
      "Redovisning av delegationsbeslut",
      "Anmälan av meddelanden",
    ])
      expect(items(title).map((item) => [item.number, item.mbl])).toEqual([
        ["7", "mbl11"],
        ["8", "mbl19"],
        ["8 a", "mbl19"],
        ["8 b", "mbl19"],
        ["9", "mbl11"],
      ]);
  });

  it("leaves an item that reports a single decision to its heading", () => {
    expect(items("Anmälan av beslut om avgifter").find((item) => item.number === "8")?.mbl).toBe("mbl11");
  });
});
