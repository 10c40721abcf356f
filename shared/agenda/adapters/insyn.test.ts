import { describe, expect, it } from "vitest";
import { extractAgendaFromDocument } from "../extract";
import { casePage, itemRows } from "./cases";

describe("Insyn Sverige (recorded cases)", () => {
  it("reads the kallelse tab's items, not the hidden protocol; another body's dnr is left out", () => {
    const agenda = extractAgendaFromDocument(
      casePage("insyn-kallelse.html"),
      "https://www.insynsverige.se/kommunen-kfn/protokoll?date=2025-04-24",
    );
    expect(itemRows(agenda)).toEqual([
      ["1", "Val av justerare", []],
      ["2", "Bidrag till studieförbund 2025", ["KFN 2025/31"]],
      ["3", "Yttrande över motion om spontanidrottsplatser", ["KFN 2024/220"]],
    ]);
    expect(agenda.items[1]?.links).toEqual([
      { text: "Tjänsteskrivelse bidrag", href: "https://www.insynsverige.se/documentHandler.ashx?did=88002" },
    ]);
    // The posting date ("Anslaget") is not the meeting's.
    expect(agenda.committee).toBe("Kultur- och fritidsnämnden");
    expect(agenda.meetingDate).toBe("2025-04-24");
  });

  it("points to the kallelse PDF when the tab lists no items", () => {
    const agenda = extractAgendaFromDocument(
      casePage("insyn-pdf-only.html"),
      "https://www.insynsverige.se/kommunen-sn/protokoll?date=2025-03-18",
    );
    expect(agenda.notices).toEqual([
      {
        key: "agenda.notice.agendaInDocument",
        params: {
          platform: "Insyn Sverige",
          document: "https://www.insynsverige.se/documentHandler.ashx?did=70001",
        },
      },
    ]);
    expect(agenda.meetingDate).toBe("2025-03-18");
  });
});
