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

  it("answers nothing for JSON that lists no items", () => {
    expect(agendaFromPortalJson([{ id: 1, name: "Kommunstyrelsen" }], null)).toBeNull();
    expect(agendaFromPortalJson({ data: [1, 2, 3] }, null)).toBeNull();
  });
});
