import { describe, expect, it } from "vitest";
import { agendaFromPortalJson } from "./adapters/json";
import { extractAgendaFromText } from "./extract";
import { isProcedural } from "./procedural";
import { pageRows, textRows } from "./testing/rows";

// The classes of failure blind sets 16 and 17 showed once read (issue 13, sixteenth round): each a root cause
// in the reader, written as a family of invented examples with other bodies, layouts and wording, and a negative.

describe("a title ending in a company's name before its own 'Dnr' label", () => {
  it("keeps the company form and the dnr after it (run together, on one line, in a page)", () => {
    expect(
      textRows(
        [
          "Dagordning",
          "1. Val av justerare 2. Arrende till Strandbo Marina AB Dnr MBN 2025/301 3. Budget 2026 Dnr MBN 2025/12",
        ].join("\n"),
      ),
    ).toEqual([
      ["1", "Val av justerare", []],
      ["2", "Arrende till Strandbo Marina AB", ["MBN 2025/301"]],
      ["3", "Budget 2026", ["MBN 2025/12"]],
    ]);
    expect(
      textRows(
        [
          "Föredragningslista",
          "4 Avtal med Norrvik Energi HB Diarienummer: TN 2024/77",
          "5 Övriga frågor",
        ].join("\n"),
      ),
    ).toEqual([
      ["4", "Avtal med Norrvik Energi HB", ["TN 2024/77"]],
      ["5", "Övriga frågor", []],
    ]);
    expect(
      pageRows("<h2>Ärenden</h2><ol><li>Borgen för Ekby Bostäder AB Dnr KS/2025:14</li><li>Budget</li></ol>"),
    ).toEqual([
      ["1", "Borgen för Ekby Bostäder AB", ["KS/2025:14"]],
      ["2", "Budget", []],
    ]);
  });

  it("still leaves another body's 'KS dnr' beside the committee's own (negative)", () => {
    expect(
      textRows(
        [
          "Föredragningslista",
          "1. Yttrande över remiss, KS dnr KS 2025/400 Dnr SN 2025/88",
          "2. Övriga frågor",
        ].join("\n"),
      ),
    ).toEqual([
      ["1", "Yttrande över remiss", ["SN 2025/88"]],
      ["2", "Övriga frågor", []],
    ]);
  });
});

describe("a company's name before 'Dnr' and a number of the year/committee form", () => {
  it("keeps the company form and reads the dnr of a Stockholm form too", () => {
    expect(
      textRows(
        [
          "Föredragningslista",
          "4 Markanvisning till Ekby Bostäder AB Dnr 1.6-0512/2025",
          "5 Avtal med Sörby Fastighets AB Dnr 512-2025-1.5.1",
          "6 Övriga frågor",
        ].join("\n"),
      ),
    ).toEqual([
      ["4", "Markanvisning till Ekby Bostäder AB", ["1.6-0512/2025"]],
      ["5", "Avtal med Sörby Fastighets AB", ["512-2025-1.5.1"]],
      ["6", "Övriga frågor", []],
    ]);
  });

  it("leaves capitals before 'Dnr' and a bare year/serial another body's (negative)", () => {
    expect(
      textRows(["Föredragningslista", "4 Taxa för bygglov, KS Dnr 2025/61", "5 Övriga frågor"].join("\n")),
    ).toEqual([
      ["4", "Taxa för bygglov", []],
      ["5", "Övriga frågor", []],
    ]);
  });

  it("keeps the company form and reads the dnr", () => {
    expect(
      textRows(
        [
          "Föredragningslista",
          "6 Försäljning av tomt till Älvby Hamn AB Dnr 2025/KS 0312",
          "7 Övriga frågor",
        ].join("\n"),
      ),
    ).toEqual([
      ["6", "Försäljning av tomt till Älvby Hamn AB", ["2025/KS 0312"]],
      ["7", "Övriga frågor", []],
    ]);
  });
});

describe("the body before 'kallas' or 'sammanträder'", () => {
  const committee = (head: string[]) =>
    extractAgendaFromText(
      [...head, "", "Ärenden", "1. Val av justerare", "2. Budget 2026 Dnr 2025/41"].join("\n"),
    ).committee;

  it("is a noun phrase beginning its clause, not the verb before an infinitive (negative)", () => {
    expect(
      committee([
        "KALLELSE 2025-09-08",
        "Organ   Direktionen",
        "Förhinder meddelas snarast så att ersättare kan kallas.",
      ]),
    ).toBe("Direktionen");
    expect(
      committee(["Styrelsen för Ekby Vatten AB", "Vid förhinder ska ersättaren kallas in i god tid."]),
    ).toBe("Styrelsen för Ekby Vatten AB");
    expect(
      committee([
        "Kallelse till sammanträde med socialnämnden",
        "Ledamot som har förhinder meddelar det, så kan ersättare kallas",
      ]),
    ).toBe("Socialnämnden");
  });

  it("is still the body where it begins the line, follows a separator or 'att' (several variants)", () => {
    expect(committee(["Kallelse 2025-10-02 • Samverkansrådet kallas till sammanträde"])).toBe(
      "Samverkansrådet",
    );
    expect(committee(["Härmed meddelas att tillgänglighetsrådet kallas till möte 2025-10-02"])).toBe(
      "Tillgänglighetsrådet",
    );
    expect(committee(["KALLELSE", "", "Integrationsberedningen sammanträder 2025-10-02 kl. 15"])).toBe(
      "Integrationsberedningen",
    );
  });
});

describe("a portal's JSON titles with named character references", () => {
  const titles = (records: { nr: string; rubrik: string; dnr: string }[]) =>
    agendaFromPortalJson({ organ: "Kulturnämnden", datum: "2025-10-14", punkter: records }, null)?.items.map(
      (item) => [item.number, item.title],
    );

  it("writes out the typographic names and Swedish letters (several variants)", () => {
    expect(
      titles([
        { nr: "1", rubrik: "Verksamhetsplan 2026&ndash;2028", dnr: "KN 2025/12" },
        { nr: "2", rubrik: "&Aring;rsredovisning f&ouml;r biblioteken", dnr: "KN 2025/14" },
        { nr: "3", rubrik: "Taxa &mdash; &rdquo;Kulturkort&rdquo; &amp; avgifter", dnr: "KN 2025/15" },
      ]),
    ).toEqual([
      ["1", "Verksamhetsplan 2026–2028"],
      ["2", "Årsredovisning för biblioteken"],
      ["3", "Taxa — ”Kulturkort” & avgifter"],
    ]);
  });

  it("leaves an unknown name as written, and an escaped reference once (negative)", () => {
    expect(
      titles([
        { nr: "1", rubrik: "Bidrag till Q&A;-kväll", dnr: "KN 2025/16" },
        { nr: "2", rubrik: "Skrivs &amp;ndash; i källan", dnr: "KN 2025/17" },
      ]),
    ).toEqual([
      ["1", "Bidrag till Q&A;-kväll"],
      ["2", "Skrivs &ndash; i källan"],
    ]);
  });
});

describe("a portal's sections of items whose items hold their sub-items", () => {
  const rows = (value: unknown) =>
    agendaFromPortalJson(value, null)?.items.map((item) => [item.number, item.title, item.dnr, item.mbl]);

  it("reads each item followed by its sub-items, in its section's group (Swedish and English names)", () => {
    expect(
      rows({
        namnd: "Tekniska nämnden",
        datum: "2025-11-04",
        avsnitt: [
          {
            rubrik: "Beslutsärenden",
            arenden: [{ nr: "1", rubrik: "Taxa för parkering", dnr: "TN 2025/40" }],
          },
          {
            rubrik: "Anmälningsärenden",
            arenden: [
              {
                nr: "2",
                rubrik: "Delegationsbeslut",
                dnr: "TN 2025/2",
                delpunkter: [
                  { nr: "a", rubrik: "Beslut om schaktlov", dnr: "" },
                  { nr: "b", rubrik: "Beslut om parkeringstillstånd", dnr: "" },
                ],
              },
              { nr: "3", rubrik: "Övriga frågor", dnr: "" },
            ],
          },
        ],
      }),
    ).toEqual([
      ["1", "Taxa för parkering", ["TN 2025/40"], "mbl11"],
      ["2", "Delegationsbeslut", ["TN 2025/2"], "mbl19"],
      ["2 a", "Beslut om schaktlov", [], "mbl19"],
      ["2 b", "Beslut om parkeringstillstånd", [], "mbl19"],
      ["3", "Övriga frågor", [], "mbl19"],
    ]);
    expect(
      rows({
        board: "Kulturnämnden",
        meetingDate: "2025-11-05",
        sections: [
          {
            heading: "Ärenden för beslut",
            items: [
              {
                number: "4",
                title: "Bidrag till föreningar",
                caseNumber: "KN 2025/71",
                children: [{ number: "4.1", title: "Bidrag till Ekby IF", caseNumber: "KN 2025/72" }],
              },
            ],
          },
          {
            heading: "Ärenden för information",
            items: [{ number: "5", title: "Besöksstatistik", caseNumber: "" }],
          },
        ],
      }),
    ).toEqual([
      ["4", "Bidrag till föreningar", ["KN 2025/71"], "mbl11"],
      ["4.1", "Bidrag till Ekby IF", ["KN 2025/72"], "mbl11"],
      ["5", "Besöksstatistik", [], "mbl19"],
    ]);
  });

  it("reads an item's documents as no sub-items (negative)", () => {
    expect(
      rows({
        namnd: "Tekniska nämnden",
        datum: "2025-11-04",
        avsnitt: [
          {
            rubrik: "Beslutsärenden",
            arenden: [
              {
                nr: "1",
                rubrik: "Taxa för parkering",
                dnr: "TN 2025/40",
                handlingar: [{ namn: "Tjänsteskrivelse", fil: "TN 2025-40.pdf" }],
              },
            ],
          },
          { rubrik: "Informationsärenden", arenden: [{ nr: "2", rubrik: "Trafikmätning", dnr: "" }] },
        ],
      }),
    ).toEqual([
      ["1", "Taxa för parkering", ["TN 2025/40"], "mbl11"],
      ["2", "Trafikmätning", [], "mbl19"],
    ]);
  });
});

describe("a decimal item number three levels deep", () => {
  it("is an item number in text, in a table and in a portal's JSON", () => {
    expect(
      textRows(
        [
          "Föredragningslista",
          "4 Informationsärenden",
          "4.1 Förvaltningen informerar",
          "4.2 Delegationsbeslut",
          "4.2.1 Beslut om bygglov Dnr MBN 2025/8",
          "4.2.2 Beslut om tillsyn Dnr MBN 2025/9",
          "4.3 Domar och beslut",
          "5 Övriga frågor",
        ].join("\n"),
      ),
    ).toEqual([
      ["4", "Informationsärenden", []],
      ["4.1", "Förvaltningen informerar", []],
      ["4.2", "Delegationsbeslut", []],
      ["4.2.1", "Beslut om bygglov", ["MBN 2025/8"]],
      ["4.2.2", "Beslut om tillsyn", ["MBN 2025/9"]],
      ["4.3", "Domar och beslut", []],
      ["5", "Övriga frågor", []],
    ]);
    expect(
      pageRows(
        "<table><tr><th>Nr</th><th>Ärende</th><th>Dnr</th></tr><tr><td>2.1</td><td>Taxor</td><td>KS 2025/3</td></tr><tr><td>2.1.1</td><td>Taxa för bygglov</td><td>KS 2025/4</td></tr><tr><td>2.2</td><td>Budget</td><td></td></tr></table>",
      ),
    ).toEqual([
      ["2.1", "Taxor", ["KS 2025/3"]],
      ["2.1.1", "Taxa för bygglov", ["KS 2025/4"]],
      ["2.2", "Budget", []],
    ]);
  });

  it("is not a date written with points nor an amount (negative)", () => {
    expect(
      textRows(
        [
          "Dagordning",
          "1 Val av justerare",
          "12.03.25 Sammanträdet börjar",
          "2 Budget",
          "3.500.000 Kronor avsätts",
        ].join("\n"),
      ).map((row) => row[0]),
    ).toEqual(["1", "2"]);
  });
});

describe("a numbered group heading among a portal's item records, its items numbered under it", () => {
  const rows = (value: unknown) =>
    agendaFromPortalJson(value, null)?.items.map((item) => [item.number, item.title, item.mbl]);
  const record = (punkt: string, rubrik: string, diarienummer: string | null = null, typ = "Arende") => ({
    Punkt: punkt,
    Rubrik: rubrik,
    Diarienummer: diarienummer,
    Typ: typ,
  });

  it("is the group of the records numbered under it, and no item (several headings and forms)", () => {
    expect(
      rows({
        Organ: "Miljönämnden",
        Datum: "2025-09-10",
        Lista: [
          record("1", "Val av justerare"),
          record("2", "Ärenden för beslut", null, "Rubrik"),
          record("2.1", "Tillsynsplan 2026", "MN 2025-000120"),
          record("2.2", "Taxa för tillsyn", "MN 2025-000121"),
          record("3", "Ärenden för information", null, "Rubrik"),
          record("3.1", "Förvaltningen informerar"),
          record("3.2", "Domar och beslut", "MN 2025-000009"),
          record("4", "Övriga frågor"),
        ],
      }),
    ).toEqual([
      ["1", "Val av justerare", null],
      ["2.1", "Tillsynsplan 2026", "mbl11"],
      ["2.2", "Taxa för tillsyn", "mbl11"],
      ["3.1", "Förvaltningen informerar", "mbl19"],
      ["3.2", "Domar och beslut", "mbl19"],
      ["4", "Övriga frågor", null],
    ]);
    expect(
      rows([
        { nr: "5", title: "Beslutsärenden", case: "", kind: "section" },
        { nr: "5.1", title: "Bidrag till föreningar", case: "KN 2025/71", kind: "item" },
        { nr: "6", title: "Informationsärenden", case: "", kind: "section" },
        { nr: "6.1", title: "Besöksstatistik", case: "KN 2025/5", kind: "item" },
      ]),
    ).toEqual([
      ["5.1", "Bidrag till föreningar", "mbl11"],
      ["6.1", "Besöksstatistik", "mbl19"],
    ]);
  });

  it("is the group of the records after it where they are numbered on, up to the next heading", () => {
    expect(
      rows({
        Organ: "Miljönämnden",
        Datum: "2025-09-10",
        Lista: [
          record("1", "Beslutsärenden", null, "Rubrik"),
          record("2", "Tillsynsplan 2026", "MN 2025-000120"),
          record("3", "Taxa för tillsyn", "MN 2025-000121"),
          record("4", "Informationsärenden", null, "Rubrik"),
          record("5", "Domar och beslut", "MN 2025-000009"),
        ],
      }),
    ).toEqual([
      ["2", "Tillsynsplan 2026", "mbl11"],
      ["3", "Taxa för tillsyn", "mbl11"],
      ["5", "Domar och beslut", "mbl19"],
    ]);
  });

  it("stays an item where its type names an item, its sub-items under it (negative)", () => {
    expect(
      rows({
        Organ: "Miljönämnden",
        Datum: "2025-09-10",
        Lista: [
          record("1", "Tillsynsplan 2026", "MN 2025-000120"),
          record("2", "Anmälningsärenden"),
          record("2.1", "Delegationsbeslut augusti"),
          record("2.2", "Protokoll från arbetsutskottet"),
          record("3", "Informationsärenden"),
          record("4", "Övriga frågor"),
        ],
      }),
    ).toEqual([
      ["1", "Tillsynsplan 2026", null],
      ["2", "Anmälningsärenden", "mbl19"],
      ["2.1", "Delegationsbeslut augusti", "mbl19"],
      ["2.2", "Protokoll från arbetsutskottet", "mbl19"],
      ["3", "Informationsärenden", null],
      ["4", "Övriga frågor", null],
    ]);
  });
});

describe("a person on the line after an item's title (a presenter, no label)", () => {
  it("is no part of the title: role and name, name and role, a name alone (several markups)", () => {
    expect(
      pageRows(
        "<h2>Föredragningslista</h2><ol><li><b>§ 3</b> Kommundirektören informerar<br><em>Kommundirektör Magnus Ekström</em></li><li><b>§ 4</b> Budget 2026 <span>(Dnr KS 2025/10)</span></li></ol>",
      ),
    ).toEqual([
      ["§ 3", "Kommundirektören informerar", []],
      ["§ 4", "Budget 2026", ["KS 2025/10"]],
    ]);
    expect(
      pageRows(
        "<h2>Dagordning</h2><ol><li>Ekonomisk uppföljning<br>Lena Sjöberg-Holm, ekonomichef</li><li>Lokalförsörjningsplan<br>Anna Berg</li><li>Övriga frågor</li></ol>",
      ),
    ).toEqual([
      ["1", "Ekonomisk uppföljning", []],
      ["2", "Lokalförsörjningsplan", []],
      ["3", "Övriga frågor", []],
    ]);
  });

  it("goes on with a title whose line the name continues, or a title's lower-case rest (negative)", () => {
    expect(
      pageRows(
        "<h2>Dagordning</h2><ol><li>Bidrag till<br>Ljungby Stadsfest</li><li>Revidering av riktlinjer<br>för representation och gåvor</li></ol>",
      ),
    ).toEqual([
      ["1", "Bidrag till Ljungby Stadsfest", []],
      ["2", "Revidering av riktlinjer för representation och gåvor", []],
    ]);
  });
});

describe("a title's rest on the next line, at the numbers' column, before the row's dnr cell", () => {
  it("goes on with the title whose line had no dnr (capitalised rest, after run-together items too)", () => {
    expect(
      textRows(
        [
          "Föredragningslista",
          "10 Delårsrapport 2025                                      Dnr 2025/KS 0355",
          "11 Val av ombud till Inera AB:s bolagsstämma 2025 12 Val av ersättare i Norduppland",
          "Vatten Kommunalförbunds direktion efter Per Ek (M)          Dnr 2025/KS 0348",
          "13 Medborgarförslag om hundrastgård                        Dnr 2025/KS 0331",
        ].join("\n"),
      ),
    ).toEqual([
      ["10", "Delårsrapport 2025", ["2025/KS 0355"]],
      ["11", "Val av ombud till Inera AB:s bolagsstämma 2025", []],
      [
        "12",
        "Val av ersättare i Norduppland Vatten Kommunalförbunds direktion efter Per Ek (M)",
        ["2025/KS 0348"],
      ],
      ["13", "Medborgarförslag om hundrastgård", ["2025/KS 0331"]],
    ]);
    expect(
      textRows(
        [
          "Ärendelista",
          "1  Avtal med Region Västerby om",
          "2  Detaljplan för Ekbacken, Sörby",
          "Kommuns del av planområdet          TN 2025/77",
          "3  Övriga frågor",
        ].join("\n"),
      ),
    ).toEqual([
      ["1", "Avtal med Region Västerby om", []],
      ["2", "Detaljplan för Ekbacken, Sörby Kommuns del av planområdet", ["TN 2025/77"]],
      ["3", "Övriga frågor", []],
    ]);
  });

  it("is not a title's rest where the title's line had its dnr (negative: a remark of its own)", () => {
    expect(
      textRows(
        [
          "Föredragningslista",
          "4 Taxa för bygglov 2026                        Dnr 2025/KS 0201",
          "Gästrike Vatten AB:s skrivelse                 GV 2025-118",
          "5 Övriga frågor",
        ].join("\n"),
      ),
    ).toEqual([
      ["4", "Taxa för bygglov 2026", ["2025/KS 0201"]],
      ["5", "Övriga frågor", []],
    ]);
  });
});

describe("the question slot of the body that meets, named by its kind", () => {
  it("is procedural: the committee's, the board's, the direktion's questions", () => {
    expect(
      ["Nämndens frågor", "Styrelsens frågor", "Direktionens frågestund", "Utskottets frågor"].map(
        isProcedural,
      ),
    ).toEqual([true, true, true, true]);
  });

  it("is not another body's questions nor an answer to them (negative)", () => {
    expect(
      [
        "Frågor från pensionärsrådet",
        "Svar på nämndens frågor",
        "Kulturnämndens frågor om bibliotek",
        "Trafikfrågor",
      ].map(isProcedural),
    ).toEqual([false, false, false, false]);
  });
});

describe("a bracketed reference to the preparing body's meeting by its date, without a paragraph", () => {
  it("is no part of the title (several bodies and places)", () => {
    expect(
      textRows(
        [
          "Ärenden",
          "1 Taxa för tillsyn enligt lagen om brandfarliga varor (AU 2025-09-05)",
          "Dnr 013 – 088 / 25",
          "2 Budget 2026 (KSAU 2025-10-14) Dnr KS 2025/301",
          "3 Övriga frågor",
        ].join("\n"),
      ),
    ).toEqual([
      ["1", "Taxa för tillsyn enligt lagen om brandfarliga varor", ["013 – 088 / 25"]],
      ["2", "Budget 2026", ["KS 2025/301"]],
      ["3", "Övriga frågor", []],
    ]);
  });

  it("stays where the date is the title's own: a protocol of that meeting (negative)", () => {
    expect(
      textRows(["Ärenden", "1 Protokoll från AU 2025-01-28", "2 Meddelanden (SOU 2025:12)"].join("\n")),
    ).toEqual([
      ["1", "Protokoll från AU 2025-01-28", []],
      ["2", "Meddelanden (SOU 2025:12)", []],
    ]);
  });
});

describe("a month ending in 's' before the item's own dnr label", () => {
  it("is the title's period, not another body's genitive ('mars Dnr …')", () => {
    expect(
      textRows(
        [
          "Dagordning",
          "1 Val av justerare",
          "2 Delegationsbeslut mars Dnr MBN 2025/8",
          "3 Rapport för mars dnr 2025/14",
          "4 Övrigt",
        ].join("\n"),
      ),
    ).toEqual([
      ["1", "Val av justerare", []],
      ["2", "Delegationsbeslut mars", ["MBN 2025/8"]],
      ["3", "Rapport för mars", ["2025/14"]],
      ["4", "Övrigt", []],
    ]);
  });

  it("still leaves a body's genitive label another body's (negative)", () => {
    expect(
      textRows(
        [
          "Dagordning",
          "1 Yttrande om väg 56, Trafikverkets dnr TRV 2025/1187 Dnr TN 2025/40",
          "2 Övrigt",
        ].join("\n"),
      ),
    ).toEqual([
      ["1", "Yttrande om väg 56", ["TN 2025/40"]],
      ["2", "Övrigt", []],
    ]);
  });
});
