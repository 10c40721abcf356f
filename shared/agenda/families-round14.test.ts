import { describe, expect, it } from "vitest";
import { agendaFromPortalJson } from "./adapters/json";
import { extractAgendaFromDocument, extractAgendaFromText } from "./extract";
import { groupHeading } from "./mbl";
import { htmlDocument } from "./node-html";
import { isProcedural } from "./procedural";

// The classes of failure blind sets 13 and 14 showed once read (issue 13, fourteenth round): each a root cause
// in the reader, written as a family of invented examples with other names, numbers and fields.

const read = (value: unknown) =>
  agendaFromPortalJson(value, null)?.items.map((item) => [item.number, item.title, item.mbl]);

describe("each record's own class word in a field of its own ('Beslutsärende', singular)", () => {
  it("sets the record's class, as a table's class column does", () => {
    const agenda = {
      meeting: { committee: "Kultur- och fritidsnämnden", date: "2025-09-16" },
      punkter: [
        { nr: "1", rubrik: "Justering av protokollet", typ: "Formalia", dnr: null },
        { nr: "2", rubrik: "Taxor för idrottshallar 2026", typ: "Beslutsärende", dnr: "KFN 2025/41" },
        { nr: "3", rubrik: "Föreningsbidrag", typ: "Beslut", dnr: "KFN 2025/52" },
        { nr: "4", rubrik: "Biblioteksplan, lägesrapport", typ: "Informationsärende", dnr: "KFN 2025/9" },
      ],
    };
    expect(read(agenda)).toEqual([
      ["1", "Justering av protokollet", null],
      ["2", "Taxor för idrottshallar 2026", "mbl11"],
      ["3", "Föreningsbidrag", "mbl11"],
      ["4", "Biblioteksplan, lägesrapport", "mbl19"],
    ]);
  });

  it("also under an English field name and with 'För kännedom'", () => {
    const agenda = {
      committee: "Tekniska nämnden",
      meetingDate: "2025-11-05",
      items: [
        { number: 1, heading: "Avfallsplan 2026–2030", kind: "Beslutsärende", caseNo: "TN 2025/301" },
        { number: 2, heading: "Vinterväghållning", kind: "För kännedom", caseNo: "TN 2025/288" },
      ],
    };
    expect(read(agenda)).toEqual([
      ["1", "Avfallsplan 2026–2030", "mbl11"],
      ["2", "Vinterväghållning", "mbl19"],
    ]);
  });

  it("is no class where the field holds titles among which one is a class word", () => {
    const agenda = {
      committee: "Tekniska nämnden",
      meetingDate: "2025-11-05",
      items: [
        { number: 1, heading: "Avfallsplan 2026–2030", note: "Beslutsärende", caseNo: "TN 2025/301" },
        { number: 2, heading: "Vinterväghållning", note: "Återremitterad i oktober", caseNo: "TN 2025/288" },
        { number: 3, heading: "Gatubelysning", note: "Efter medborgarförslag", caseNo: "TN 2025/290" },
      ],
    };
    expect(read(agenda)?.map((item) => item[2])).toEqual([null, null, null]);
  });
});

describe("records naming their group by its id in a list of groups beside them", () => {
  const sections = [
    { id: 10, namn: "Inledande ärenden" },
    { id: 20, namn: "Beslutsärenden" },
    { id: 30, namn: "Informationsärenden" },
  ];

  it("take the group's class (numeric ids)", () => {
    const agenda = {
      sammantrade: {
        organ: "Socialnämnden",
        datum: "2025-06-03",
        grupper: sections,
        arenden: [
          { nummer: "1", titel: "Sammanträdets öppnande", gruppId: 10, diarienr: null },
          { nummer: "2", titel: "Riktlinjer för försörjningsstöd", gruppId: 20, diarienr: "SN 2025/77" },
          { nummer: "3", titel: "Kvalitetsberättelse 2024", gruppId: 30, diarienr: "SN 2025/12" },
        ],
      },
    };
    expect(read(agenda)).toEqual([
      ["1", "Sammanträdets öppnande", null],
      ["2", "Riktlinjer för försörjningsstöd", "mbl11"],
      ["3", "Kvalitetsberättelse 2024", "mbl19"],
    ]);
  });

  it("take the group's class (ids as text, another field name)", () => {
    const agenda = {
      meeting: {
        body: "Miljö- och byggnadsnämnden",
        start: "2025-10-14T09:00:00",
        groups: [
          { key: "b", title: "Beslutsärenden" },
          { key: "i", title: "Anmälningsärenden" },
        ],
        points: [
          { no: "1", title: "Detaljplan för Norra hamnen", groupRef: "b", caseNumber: "MBN 2025-000412" },
          { no: "2", title: "Delegationsbeslut september", groupRef: "i", caseNumber: "MBN 2025-000013" },
        ],
      },
    };
    expect(read(agenda)).toEqual([
      ["1", "Detaljplan för Norra hamnen", "mbl11"],
      ["2", "Delegationsbeslut september", "mbl19"],
    ]);
  });

  it("take none where the ids point at no heading (a list of persons)", () => {
    const agenda = {
      meeting: {
        organ: "Socialnämnden",
        datum: "2025-06-03",
        personer: [
          { id: 10, namn: "Anna Lind" },
          { id: 20, namn: "Per Holm" },
        ],
        arenden: [
          {
            nummer: "1",
            titel: "Riktlinjer för försörjningsstöd",
            handlaggareId: 10,
            diarienr: "SN 2025/77",
          },
          { nummer: "2", titel: "Kvalitetsberättelse 2024", handlaggareId: 20, diarienr: "SN 2025/12" },
        ],
      },
    };
    expect(read(agenda)?.map((item) => item[2])).toEqual([null, null]);
  });
});

describe("a portal's JSON text carrying escaped markup", () => {
  const titleOf = (title: string) =>
    read({
      committee: "Barn- och utbildningsnämnden",
      meetingDate: "2025-12-09",
      items: [
        { number: "1", title, dnr: "BUN 2025/120" },
        { number: "2", title: "Skolskjutsregler", dnr: "BUN 2025/121" },
      ],
    })?.[0]?.[1];

  it("shows its characters as written out", () => {
    expect(titleOf("Trygghet &amp; studiero – handlingsplan")).toBe("Trygghet & studiero – handlingsplan");
    // Named Swedish letters are written out since the sixteenth round (blind sets 16 and 17 wrote "&ndash;").
    expect(titleOf("Lokaler F&ouml;rskola &#8211; Solrosen")).toBe("Lokaler Förskola – Solrosen");
    expect(titleOf("Plan &#x2013; &quot;Läslyftet&quot;")).toBe('Plan – "Läslyftet"');
    expect(titleOf("Skolval 2026 &lt;br&gt;– ansökan")).toBe("Skolval 2026 – ansökan");
  });

  it("is decoded once: a doubly escaped ampersand stays one reference", () => {
    expect(titleOf("Avtal A&amp;amp;B")).toBe("Avtal A&amp;B");
  });
});

const textItems = (lines: string[]) =>
  extractAgendaFromText(lines.join("\n")).items.map((item) => [item.number, item.title, item.dnr]);

describe("a title's wrapped rest naming another body's case in a bracket", () => {
  it("goes on with the title, the other body's dnr no part of it (text without layout)", () => {
    expect(
      textItems([
        "Kallelse Regionstyrelsen 2025-05-20",
        "§ 41 Avtal om ambulanssjukvård med",
        "grannregionerna (Ambulansförbundets dnr AF 2025/0312)",
        "Diarienummer: 212-2025-1.3.1",
        "§ 42 Delårsrapport april",
        "Diarienummer: 230-2025-1.2.1",
      ]),
    ).toEqual([
      ["§ 41", "Avtal om ambulanssjukvård med grannregionerna", ["212-2025-1.3.1"]],
      ["§ 42", "Delårsrapport april", ["230-2025-1.2.1"]],
    ]);
  });

  it("goes on after a comma at the line's end, at the title's column (laid-out table)", () => {
    expect(
      textItems([
        "Kallelse Utbildningsnämnden 2025-03-12",
        "",
        "Nr     Ärende                                                        Dnr",
        "1      Yttrande över ansökan om fristående gymnasieskola,              UN 2025/031",
        "       Lärkans gymnasium AB (Skolinspektionens dnr SI 2025:887)",
        "2      Skolskjutsreglemente                                          UN 2025/040",
      ]),
    ).toEqual([
      ["1", "Yttrande över ansökan om fristående gymnasieskola, Lärkans gymnasium AB", ["UN 2025/031"]],
      ["2", "Skolskjutsreglemente", ["UN 2025/040"]],
    ]);
  });

  it("is no title where the line is only the other body's dnr", () => {
    expect(
      textItems([
        "Kallelse Miljönämnden 2025-02-04",
        "1 Remissvar om vattenskyddsområde",
        "Länsstyrelsens dnr 505-1142-2025",
        "Dnr MN 2025/14",
        "2 Tillsynsplan 2025",
        "Dnr MN 2025/20",
      ]),
    ).toEqual([
      ["1", "Remissvar om vattenskyddsområde", ["MN 2025/14"]],
      ["2", "Tillsynsplan 2025", ["MN 2025/20"]],
    ]);
  });
});

describe("a bracketed case of another registry beside the item's own dnr", () => {
  const rows = (dnrCell: string) => {
    const html = `<html><body><h1>Regionstyrelsen</h1><p>Sammanträde 2025-04-08</p><table>
      <tr><th>Nr</th><th>Ärende</th><th>Dnr</th></tr>
      <tr><td>1</td><td>Tandvårdstaxa 2026</td><td>${dnrCell}</td></tr>
      <tr><td>2</td><td>Lokalförsörjningsplan</td><td>RK 2025-00140</td></tr></table></body></html>`;
    return extractAgendaFromDocument(htmlDocument(html), "https://region.example/rs").items.map(
      (item) => item.dnr,
    );
  };

  it("is the related case at that body, on its own line of the dnr cell or beside on one", () => {
    expect(rows("RK 2025-00131<br>(TVN 2025-00088)")).toEqual([["RK 2025-00131"], ["RK 2025-00140"]]);
    expect(rows("RK 2025-00131 (TVN 2025-00088)")).toEqual([["RK 2025-00131"], ["RK 2025-00140"]]);
  });

  it("is the item's own where the registry is the same, and a second line unbracketed stays", () => {
    expect(rows("RK 2025-00131<br>(RK 2024-00912)")).toEqual([
      ["RK 2025-00131", "RK 2024-00912"],
      ["RK 2025-00140"],
    ]);
    expect(rows("RK 2025-00131<br>TVN 2025-00088")).toEqual([
      ["RK 2025-00131", "TVN 2025-00088"],
      ["RK 2025-00140"],
    ]);
  });
});

describe("the public's question slot", () => {
  it("is a formal item of the meeting", () => {
    expect(isProcedural("Allmänhetens frågestund")).toBe(true);
    expect(isProcedural("Frågestund för allmänheten")).toBe(true);
    expect(isProcedural("Frågestund")).toBe(true);
  });

  it("is a case where a title names more", () => {
    expect(isProcedural("Frågestund om cykelvägar i Norrby, rapport")).toBe(false);
    expect(isProcedural("Medborgarförslag om allmänhetens frågestund")).toBe(false);
  });
});

describe("a group heading naming where the information comes from", () => {
  it("sets the class of the items under it", () => {
    expect(
      extractAgendaFromText(
        [
          "Dagordning Norra Ekbacka stadsdelsnämnd 2025-11-13",
          "Beslutsärenden",
          "1 Budget 2026 för stadsdelsnämnden",
          "Information från förvaltningen",
          "2 Stadsdelsdirektören informerar",
          "3 Övriga frågor",
        ].join("\n"),
      ).items.map((item) => [item.number, item.mbl]),
    ).toEqual([
      ["1", "mbl11"],
      ["2", "mbl19"],
      ["3", "mbl19"],
    ]);
    expect(groupHeading("Information från ordföranden")?.mbl).toBe("mbl19");
    expect(groupHeading("Information från kontoret")?.mbl).toBe("mbl19");
  });

  it("is no heading where it names a subject, as an item's title does", () => {
    expect(groupHeading("Information från förvaltningen om vinterväghållningen")).toBeUndefined();
    expect(groupHeading("Information från Trafikverket")).toBeUndefined();
  });
});
