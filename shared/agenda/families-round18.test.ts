import { describe, expect, it } from "vitest";
import { agendaFromPortalJson } from "./adapters/json";
import { extractAgendaFromText } from "./extract";
import { groupHeading } from "./mbl";
import { isProcedural } from "./procedural";
import { pageRows, textRows } from "./testing/rows";

// The classes of failure blind set 19 showed once read (issue 13, eighteenth round), and the in-sample sets'
// misses of the same kinds: each a root cause in the reader, written as a family of invented examples with
// other bodies, layouts and wording, and a negative.

describe("a presenter named in brackets after the title, without a label", () => {
  it("leaves the title, with or without the presenter's role", () => {
    expect(
      textRows(
        [
          "Föredragningslista",
          "1. Upprop",
          "2. Rapport från räddningstjänsten – ”Brandskydd i gruppboenden” (Karin Lundgren)",
          "3. Lägesbild för hemtjänsten (Per-Erik Sand, verksamhetschef)",
          "4. Taxor för bygglov 2026 Dnr BMN 2025-000311",
        ].join("\n"),
      ),
    ).toEqual([
      ["1", "Upprop", []],
      ["2", "Rapport från räddningstjänsten – ”Brandskydd i gruppboenden”", []],
      ["3", "Lägesbild för hemtjänsten", []],
      ["4", "Taxor för bygglov 2026", ["BMN 2025-000311"]],
    ]);
  });

  it("keeps a body's name in brackets, and a name whose case the item is (a proposal, a resignation)", () => {
    expect(
      textRows(
        [
          "Dagordning",
          "1. Remiss om regional transportplan (Region Norrbotten)",
          "2. Svar på medborgarförslag om fler parkbänkar (Lars Nilsson)",
          "3. Samverkansavtal för räddningstjänst (Östra Lappland)",
          "4. Avsägelse av uppdrag som ersättare (Lisa Holm)",
        ].join("\n"),
      ),
    ).toEqual([
      ["1", "Remiss om regional transportplan (Region Norrbotten)", []],
      ["2", "Svar på medborgarförslag om fler parkbänkar (Lars Nilsson)", []],
      ["3", "Samverkansavtal för räddningstjänst (Östra Lappland)", []],
      ["4", "Avsägelse av uppdrag som ersättare (Lisa Holm)", []],
    ]);
  });
});

describe("a portal's title field with the item's facts under or after the title", () => {
  const records = (texts: readonly string[]) => ({
    meeting: { body: "Kulturnämnden", date: "2025-11-12" },
    entries: texts.map((text, index) => ({
      seq: index + 1,
      nr: String(index + 1),
      text,
      diarienummer: index === 1 ? "KN 2025/77" : "",
    })),
  });

  it("takes the lines before the first labelled one, and drops a labelled presenter on the title's line", () => {
    const agenda = agendaFromPortalJson(
      records([
        "Kulturchefen informerar\nFöredragande: Nils Strand, kulturchef",
        "Biblioteksplan 2026–2029<br>Beslutsunderlag: tjänsteskrivelse 2025-10-20",
        "Konstnärlig gestaltning av nya skolan – föredragande: Eva Holm",
        "Övriga frågor",
      ]),
      null,
    );
    expect(agenda?.items.map((item) => [item.number, item.title, item.dnr])).toEqual([
      ["1", "Kulturchefen informerar", []],
      ["2", "Biblioteksplan 2026–2029", ["KN 2025/77"]],
      ["3", "Konstnärlig gestaltning av nya skolan", []],
      ["4", "Övriga frågor", []],
    ]);
  });

  it("keeps a title wrapped over lines that are no labels", () => {
    const agenda = agendaFromPortalJson(
      records(["Upprop", "Riktlinjer för lokalbokning\ni kommunens idrottshallar", "Meddelanden"]),
      null,
    );
    expect(agenda?.items.map((item) => item.title)).toEqual([
      "Upprop",
      "Riktlinjer för lokalbokning i kommunens idrottshallar",
      "Meddelanden",
    ]);
  });
});

describe("a dnr a record's description cites, where the record has a field for its own", () => {
  it("is not the item's; the dnr field's and the title's are", () => {
    const agenda = agendaFromPortalJson(
      {
        meeting: { body: "Servicenämnden", date: "2025-06-03" },
        items: [
          {
            nr: "1",
            title: "Godkännande av förra mötets protokoll",
            caseNumber: "",
            description: "Protokollet från mötet 2025-05-06 (SEN 2025/0031) är justerat och anslaget.",
          },
          {
            nr: "2",
            title: "Upphandling av städtjänster",
            caseNumber: "SEN 2025/0040",
            description: "Förvaltningen föreslår att nämnden godkänner förfrågningsunderlaget.",
          },
          { nr: "3", title: "Lokalförsörjningsplan, SEN 2025/0044", caseNumber: "", description: "" },
        ],
      },
      null,
    );
    expect(agenda?.items.map((item) => [item.number, item.dnr])).toEqual([
      ["1", []],
      ["2", ["SEN 2025/0040"]],
      ["3", ["SEN 2025/0044"]],
    ]);
  });

  it("is the item's where the list's field for it is empty throughout", () => {
    const agenda = agendaFromPortalJson(
      {
        meeting: { body: "Servicenämnden", date: "2025-06-03" },
        items: [
          { nr: "1", title: "Upprop", caseNumber: "", description: "" },
          {
            nr: "2",
            title: "Upphandling av städtjänster",
            caseNumber: "",
            description: "Ärendet har diarienummer SEN 2025/0040 och bereddes i april.",
          },
        ],
      },
      null,
    );
    expect(agenda?.items.map((item) => [item.number, item.dnr])).toEqual([
      ["1", []],
      ["2", ["SEN 2025/0040"]],
    ]);
  });
});

describe("a line naming the body that already decided the item, under its title", () => {
  it("is no part of the title, with a compound body name and a reference", () => {
    expect(
      textRows(
        [
          "Nr    Ärende                                                   Diarienummer",
          "4     Årsbokslut 2025 för Region Fjällnära                      RS 2025-00123",
          "      Beslut i kultur- och bildningsnämnden KBN 2025-02-11 § 14",
          "",
          "5     Investeringsplan för vårdbyggnader 2026–2030              RS 2025-00131",
          "      Beslutat av regionstyrelsens arbetsutskott 2025-02-04 § 9",
          "",
          "6     Beslut om ändrad sjukresetaxa                             RS 2025-00140",
        ].join("\n"),
      ),
    ).toEqual([
      ["4", "Årsbokslut 2025 för Region Fjällnära", ["RS 2025-00123"]],
      ["5", "Investeringsplan för vårdbyggnader 2026–2030", ["RS 2025-00131"]],
      ["6", "Beslut om ändrad sjukresetaxa", ["RS 2025-00140"]],
    ]);
  });

  it("and the body's meeting alone, by the body's name, date and paragraph", () => {
    expect(
      textRows(
        [
          "Nr    Ärende                                                   Diarienummer",
          "2     Tandvårdstaxa 2026                                       RS 2025-00201",
          "      Tandvårdsnämnden 2025-03-04 § 21",
          "",
          "3     Ny organisation för primärvården                         RS 2025-00207",
          "      Beslutat i primärvårds- och psykiatrinämnden 2025-03-05, § 30",
        ].join("\n"),
      ),
    ).toEqual([
      ["2", "Tandvårdstaxa 2026", ["RS 2025-00201"]],
      ["3", "Ny organisation för primärvården", ["RS 2025-00207"]],
    ]);
  });

  it("which in a list that numbers nothing is an item of its own (a protocol reported)", () => {
    expect(
      pageRows(
        `<h2>Anmälningsärenden</h2><ul><li>Tekniska nämndens arbetsutskott 2025-04-08 § 12</li>
        <li>Miljönämnden 2025-04-10</li></ul>`,
      ),
    ).toEqual([
      [null, "Tekniska nämndens arbetsutskott 2025-04-08 § 12", []],
      [null, "Miljönämnden 2025-04-10", []],
    ]);
  });

  it("is no line of facts where it goes on about the decision: an item of a list that numbers nothing", () => {
    expect(
      pageRows(
        `<h2>Föredragningslista</h2><ul><li>Val av justerare</li>
        <li>Beslut i kommunfullmäktige om ny renhållningstaxa</li><li>Övriga frågor</li></ul>`,
      ),
    ).toEqual([
      [null, "Val av justerare", []],
      [null, "Beslut i kommunfullmäktige om ny renhållningstaxa", []],
      [null, "Övriga frågor", []],
    ]);
  });
});

describe("rows run together on one line with their dnr column joined after the last title", () => {
  it("gives each item its own dnr, in order, where both end the line", () => {
    expect(
      textRows(
        [
          "Ärende                                                  Dnr",
          "Punkt 1 Val av justerare",
          "Punkt 2 Avgifter för bygglov 2026 Punkt 3 Taxa för tillsyn 2026 2025/BMN 0044 2025/BMN 0045",
          "Punkt 4 Detaljplan för Västra hamnen                    2025/BMN 0050",
        ].join("\n"),
      ),
    ).toEqual([
      ["1", "Val av justerare", []],
      ["2", "Avgifter för bygglov 2026", ["2025/BMN 0044"]],
      ["3", "Taxa för tillsyn 2026", ["2025/BMN 0045"]],
      ["4", "Detaljplan för Västra hamnen", ["2025/BMN 0050"]],
    ]);
  });

  it("and where the next item has a cell of its own and the second dnr stands on the line below", () => {
    expect(
      textRows(
        [
          "DAGORDNING",
          "4.   Budgetuppföljning mars 2026                          UN 2026/180",
          "5. Information om skolskjutsar   6. Läsårstider 2026/2027     UN 2025/210",
          "                                                              UN 2025/214",
          "7.   Övriga frågor",
        ].join("\n"),
      ),
    ).toEqual([
      ["4", "Budgetuppföljning mars 2026", ["UN 2026/180"]],
      ["5", "Information om skolskjutsar", ["UN 2025/210"]],
      ["6", "Läsårstider 2026/2027", ["UN 2025/214"]],
      ["7", "Övriga frågor", []],
    ]);
  });

  it("leaves them with the last item beside a formal item, which has no case", () => {
    expect(
      textRows(
        ["Dagordning", "1 Upprop 2 Avfallsplan 2026–2030 TN 2025/12 TN 2025/13", "3 Övriga frågor"].join(
          "\n",
        ),
      ),
    ).toEqual([
      ["1", "Upprop", []],
      ["2", "Avfallsplan 2026–2030", ["TN 2025/12", "TN 2025/13"]],
      ["3", "Övriga frågor", []],
    ]);
  });
});

describe("a dnr in the column beside a title that opens with an authority bearing its letters", () => {
  it("is that authority's, as in the title's own text; the committee's own registry beside it stays", () => {
    expect(
      textRows(
        [
          "Nr    Ärende                                                    Dnr",
          "4     Budgetuppföljning april 2025                              BUN 2025/88",
          "5     Anmälningsärenden",
          "      a) Skolinspektionens beslut efter tillsyn, Västerskolan   SI 2025:1120",
          "      b) Skolinspektionens föreläggande, Åsskolan               BUN 2025/97",
          "      c) Delegationsbeslut mars 2025                            BUN 2025/12",
        ].join("\n"),
      ),
    ).toEqual([
      ["4", "Budgetuppföljning april 2025", ["BUN 2025/88"]],
      ["5", "Anmälningsärenden", []],
      ["5 a", "Skolinspektionens beslut efter tillsyn, Västerskolan", []],
      ["5 b", "Skolinspektionens föreläggande, Åsskolan", ["BUN 2025/97"]],
      ["5 c", "Delegationsbeslut mars 2025", ["BUN 2025/12"]],
    ]);
  });
});

describe("formal items named by the previous meeting, the body or today's minutes", () => {
  it.each([
    "Anmälan av protokoll från förra mötet",
    "Förra sammanträdets protokoll",
    "Anmälan av sekreterarens protokoll från senaste sammanträdet",
    "Genomgång av protokollet från föregående möte",
    "Styrelsens öppnande",
    "Nämndens öppnande och upprop",
    "Justering av sammanträdets protokoll",
    "Justering av dagens protokoll",
  ])("%s is procedural", (title) => {
    expect(isProcedural(title)).toBe(true);
  });

  it.each([
    "Protokoll från senaste mötet i pensionärsrådet",
    "Badhusets öppnande efter renoveringen",
    "Förra årets bokslut",
  ])("%s is not", (title) => {
    expect(isProcedural(title)).toBe(false);
  });
});

describe("a section named by the kind of its cases", () => {
  it.each([
    "Ärenden som avser myndighetsutövning – sammanträdet stängt",
    "Ärenden som rör enskilda",
    "Ärenden med sekretess",
    "Sekretessärenden",
  ])("%s gives no class", (heading) => {
    expect(groupHeading(heading)).toEqual({ mbl: null, weak: false });
  });

  it("ends the class of the group above it", () => {
    const agenda = extractAgendaFromText(
      [
        "Föredragningslista",
        "Informationsärenden",
        "1. Förvaltningschefen informerar",
        "2. Meddelanden",
        "Ärenden som rör enskilda – stängt sammanträde",
        "3. Övriga frågor",
      ].join("\n"),
    );
    expect(agenda.items.map((item) => [item.number, item.mbl])).toEqual([
      ["1", "mbl19"],
      ["2", "mbl19"],
      ["3", null],
    ]);
  });
});
