import { describe, expect, it } from "vitest";
import { extractAgendaFromDocument } from "../extract";
import { casePage } from "./cases";
import { meetingsPlusAdapter } from "./meetings-plus";

const MEETING =
  "https://kommunen.ondemand.formpipe.com/committees/barn-och-utbildningsnamnden/barn-och-utbildningsnamnden-30117";

describe("Meetings Plus (recorded cases)", () => {
  it("points a meeting page without items to its kallelse PDF, with the committee and date of the page", () => {
    const agenda = extractAgendaFromDocument(casePage("meetings-plus-meeting.html"), MEETING);
    expect(agenda.items).toEqual([]);
    expect(agenda.committee).toBe("Barn- och utbildningsnämnden");
    expect(agenda.meetingDate).toBe("2025-02-11");
    expect(agenda.notices).toEqual([
      {
        key: "agenda.notice.agendaInDocument",
        params: {
          platform: "Meetings Plus",
          document:
            "https://kommunen.ondemand.formpipe.com/committees/barn-och-utbildningsnamnden/barn-och-utbildningsnamnden-30117/agenda/kallelse-bun-2025-02-11pdf?downloadMode=open",
        },
      },
    ]);
  });

  it("says a login page shows nothing, naming the platform", () => {
    const agenda = extractAgendaFromDocument(
      casePage("meetings-plus-login.html"),
      "https://meetings.kommun.se/committees/ks",
    );
    expect(agenda.items).toEqual([]);
    expect(agenda.notices).toEqual([
      { key: "agenda.notice.platformLocked", params: { platform: "Meetings Plus" } },
    ]);
  });

  it("is chosen by the Formpipe host, or by a /committees/ path with the platform's links", () => {
    const page = casePage("meetings-plus-meeting.html");
    expect(meetingsPlusAdapter.matches(page, MEETING)).toBe(true);
    expect(meetingsPlusAdapter.matches(page, "https://forum.kommun.se/committees/bun/bun-1")).toBe(true);
    expect(meetingsPlusAdapter.matches(page, "https://www.kommun.se/politik/bun")).toBe(false);
    expect(
      meetingsPlusAdapter.matches(casePage("insyn-kallelse.html"), "https://forum.kommun.se/committees/x/y"),
    ).toBe(false);
  });
});
