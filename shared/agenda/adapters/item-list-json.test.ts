import { describe, expect, it } from "vitest";
import { caseJson } from "./cases";
import { agendaFromPortalJson } from "./json";

describe("a portal's list of agenda item records", () => {
  it("reads number, title, every case number and the group, and the meeting beside the list", () => {
    const agenda = agendaFromPortalJson(caseJson("item-list-agendaitems.json"), null);
    expect(agenda?.committee).toBe("Kultur- och fritidsnämnden");
    expect(agenda?.meetingDate).toBe("2025-10-14");
    expect(
      agenda?.items.map((item) => [item.number, item.title, item.dnr, item.mbl, item.procedural]),
    ).toEqual([
      ["1", "Val av justerare", [], null, true],
      ["2", "Bidragsregler för föreningar 2026", ["KFN 2025/0088", "KFN 2024/0301"], "mbl11", false],
      ["2 A", "Taxa för idrottshallar", ["KFN 2025/0090"], "mbl11", false],
      ["3", "Besöksstatistik för biblioteken", ["KFN 2025/0005"], "mbl19", false],
    ]);
  });

  it("reads an array of items that each carry their meeting, in English field names", () => {
    const meeting = {
      organ: { name: "Socialnämnden" },
      startsAt: "2025-05-06T13:00:00Z",
      publishedAt: "2025-04-28",
    };
    const answer = [
      {
        sortOrder: 10,
        agendaNumber: "5",
        title: "Riktlinjer för hemtjänst",
        caseNumber: "SN 2025/31",
        meeting,
      },
      { sortOrder: 20, agendaNumber: "6", title: "Meddelanden", caseNumber: null, meeting },
    ];
    const agenda = agendaFromPortalJson(answer, null);
    expect([agenda?.committee, agenda?.meetingDate]).toEqual(["Socialnämnden", "2025-05-06"]);
    expect(agenda?.items.map((item) => [item.number, item.title, item.dnr])).toEqual([
      ["5", "Riktlinjer för hemtjänst", ["SN 2025/31"]],
      ["6", "Meddelanden", []],
    ]);
  });

  it("finds the list and its fields by their values at any depth, whatever the fields are called", () => {
    const punkt = (ordning: number, beteckning: string, text: string, extra: Record<string, unknown>) => ({
      ordning,
      beteckning,
      text,
      foredragande: null,
      filer: [{ namn: `Tjänsteskrivelse ${beteckning}.pdf`, storlek: 1200 }],
      ...extra,
    });
    const answer = {
      status: "ok",
      resultat: {
        sammantraden: [
          {
            forum: { overordnat: "Kommunfullmäktige", benamning: "Miljö- och byggnadsnämnden" },
            skapad: "2025-02-20T10:00:00",
            tidpunkt: "2025-03-04T09:00:00",
            justeras: "2025-03-07",
            protokollDnr: "MBN 2025/1",
            punkter: [
              punkt(10, "1", "Val av justerare", { rubrik: null }),
              punkt(20, "2", "Detaljplan för Norra hamnen", {
                rubrik: "Beslutsärenden",
                arenden: ["MBN 2025/14", "MBN 2024/200"],
              }),
              punkt(30, "2 A", "Strandskyddsdispens, Lövön 1:4", {
                rubrik: "Beslutsärenden",
                arenden: "MBN 2025/31",
                extern: "M2025/00412",
                bilagor: ["Karta MBN 2025-31.pdf"],
              }),
              punkt(40, "3", "Tillsynsplan 2025<br>miljöbalken", {
                rubrik: "Beslutsärenden",
                arenden: "MBN 2025/9",
                remitterad: { av: "Kommunstyrelsen", arende: "KS 2024/700" },
              }),
              punkt(50, "4", "Delegationsbeslut", { rubrik: "Informationsärenden", arenden: "MBN 2025/2" }),
            ],
          },
        ],
      },
    };
    const agenda = agendaFromPortalJson(answer, null);
    expect([agenda?.committee, agenda?.meetingDate]).toEqual(["Miljö- och byggnadsnämnden", "2025-03-04"]);
    expect(
      agenda?.items.map((item) => [item.number, item.title, item.dnr, item.mbl, item.procedural]),
    ).toEqual([
      ["1", "Val av justerare", [], null, true],
      ["2", "Detaljplan för Norra hamnen", ["MBN 2025/14", "MBN 2024/200"], "mbl11", false],
      ["2 A", "Strandskyddsdispens, Lövön 1:4", ["MBN 2025/31"], "mbl11", false],
      ["3", "Tillsynsplan 2025 miljöbalken", ["MBN 2025/9"], "mbl11", false],
      ["4", "Delegationsbeslut", ["MBN 2025/2"], "mbl19", false],
    ]);
  });

  it("searches a bounded depth and keeps the envelope's items of a huge list, with a notice", () => {
    let deep: unknown = [{ nummer: "1", rubrik: "Budget 2026", dnr: "SN 2025/1" }];
    for (let level = 0; level < 10_000; level++) deep = { inner: deep };
    expect(agendaFromPortalJson(deep, null)).toBeNull();
    const many = Array.from({ length: 100_000 }, (_, index) => ({
      nummer: String((index % 900) + 1),
      rubrik: `Ärende nummer ${index}`,
    }));
    const agenda = agendaFromPortalJson({ svar: { punkter: many } }, null);
    expect(agenda?.items.length).toBe(500);
    expect(agenda?.notices).toEqual([
      { key: "agenda.notice.itemsCut", params: { found: 100_000, kept: 500 } },
    ]);
    // About 1 s alone, over 5 s on a loaded 2-core machine: the bound is checked by the counts, not the clock.
  }, 30_000);

  it("answers nothing for JSON that lists no items", () => {
    expect(agendaFromPortalJson([{ id: 1, name: "Kommunstyrelsen" }], null)).toBeNull();
    expect(agendaFromPortalJson({ data: [1, 2, 3] }, null)).toBeNull();
  });
});

// Blind set 12 (thirteenth round): sub-item records in their parent's list ("subItems": [ … ]) carry no
// group field of their own, and were read as in no group. They are in their parent's.
describe("sub-item records without the group field", () => {
  const record = (nr: string, rubrik: string, extra: Record<string, unknown> = {}) => ({
    nr,
    rubrik,
    diarienr: [],
    ...extra,
  });
  const classes = (answer: unknown) =>
    agendaFromPortalJson(answer, null)?.items.map((item) => [item.number, item.mbl]);

  it("are in their parent's group", () => {
    const answer = {
      motesdag: "2025-09-02",
      punkter: [
        record("1", "Val av justerare", { avsnitt: null }),
        record("2", "Investeringsplan 2026", {
          avsnitt: "Beslutsärenden",
          diarienr: ["TN 2025/0310"],
          underpunkter: [
            record("2.1", "Gång- och cykelväg Åvägen", { diarienr: ["TN 2025/0311"] }),
            record("2.2", "Ny bro vid Kvarnbäcken", { diarienr: ["TN 2025/0312"] }),
          ],
        }),
        record("3", "Trafiksäkerhetsrapport", { avsnitt: "Informationsärenden" }),
      ],
    };
    expect(classes(answer)).toEqual([
      ["1", null],
      ["2", "mbl11"],
      ["2.1", "mbl11"],
      ["2.2", "mbl11"],
      ["3", "mbl19"],
    ]);
  });

  it("in an information group too, and a record whose group field is empty stays in none", () => {
    const answer = [
      { no: "4", title: "Beslut om skolskjuts", caseNumbers: ["BUN 2025/71"], section: "Ärenden för beslut" },
      {
        no: "5",
        title: "Information från förvaltningen",
        caseNumbers: [],
        section: "Informationsärenden",
        children: [
          { no: "5 a", title: "Elevhälsan", caseNumbers: [] },
          { no: "5 b", title: "Skolmaten", caseNumbers: [] },
        ],
      },
      { no: "6", title: "Övrigt", caseNumbers: [], section: "" },
    ];
    expect(classes(answer)).toEqual([
      ["4", "mbl11"],
      ["5", "mbl19"],
      ["5 a", "mbl19"],
      ["5 b", "mbl19"],
      ["6", null],
    ]);
  });
});

// An item's references as records of their own ({ "kind": "dnr", "value": "MN 2025/0190" }): their constant
// "kind" is no title, so the joined references are no list of items; the points are.
describe("a field of one value in every record", () => {
  it("is no title: the points with their nested references are the items", () => {
    const answer = {
      data: {
        meetingTitle: "Miljönämnden",
        startTime: "2025-09-03T13:00:00",
        points: [
          { order: 1, heading: "Tillsynsplan 2026", references: [{ kind: "dnr", value: "MN 2025/0190" }] },
          {
            order: 2,
            heading: "Taxa för prövning 2026",
            references: [
              { kind: "dnr", value: "MN 2025/0201" },
              { kind: "dnr", value: "MN 2025/0202" },
            ],
          },
          {
            order: 3,
            heading: "Yttrande över vattenplan",
            references: [{ kind: "dnr", value: "MN 2025/0207" }],
          },
        ],
      },
    };
    expect(agendaFromPortalJson(answer, null)?.items.map((item) => [item.title, item.dnr])).toEqual([
      ["Tillsynsplan 2026", ["MN 2025/0190"]],
      ["Taxa för prövning 2026", ["MN 2025/0201", "MN 2025/0202"]],
      ["Yttrande över vattenplan", ["MN 2025/0207"]],
    ]);
  });

  it("still titles a list of one record", () => {
    const answer = { items: [{ nr: "1", rubrik: "Budget 2026", dnr: "KS 2025/0011" }] };
    expect(agendaFromPortalJson(answer, null)?.items.map((item) => item.title)).toEqual(["Budget 2026"]);
  });
});

// A list that numbers nothing, of cases with dnr and formal points without: the formal points are items too.
describe("records with neither number nor dnr", () => {
  const titles = (answer: unknown) => agendaFromPortalJson(answer, null)?.items.map((item) => item.title);

  it("are items in an unnumbered list where two or more records carry a dnr", () => {
    const answer = {
      meeting: { organ: "Tekniska nämnden", date: "2025-11-05" },
      arenden: [
        { rubrik: "Val av justerare", diarienummer: null },
        { rubrik: "Taxa för renhållning 2026", diarienummer: "TN 2025/0140" },
        { rubrik: "Trafikplan för centrum", diarienummer: "TN 2025/0152" },
        { rubrik: "Förvaltningschefen informerar", diarienummer: null },
      ],
    };
    expect(titles(answer)).toEqual([
      "Val av justerare",
      "Taxa för renhållning 2026",
      "Trafikplan för centrum",
      "Förvaltningschefen informerar",
    ]);
  });

  it("are not where fewer than two records carry one (a list of documents)", () => {
    const answer = {
      files: [
        { title: "Kallelse tekniska nämnden", ref: "TN 2025/0140" },
        { title: "Protokollsutdrag arbetsutskottet", ref: null },
        { title: "Karta över centrum", ref: null },
      ],
    };
    expect(titles(answer)).toEqual(["Kallelse tekniska nämnden"]);
  });
});
