import { describe, expect, it } from "vitest";
import { extractAgendaFromDocument } from "../extract";
import { caseJson, casePage } from "./cases";
import { lex2PublishJsonAdapter } from "./lex2publish";

describe("Lex2Publish (recorded cases)", () => {
  it("takes committee and date from getmeeting and points to the kallelse document, which holds the agenda", () => {
    const value = caseJson("lex2publish-getmeeting.json");
    expect(lex2PublishJsonAdapter.matches(value)).toBe(true);
    expect(lex2PublishJsonAdapter.extract(value, null)).toEqual({
      items: [],
      committee: "Socialnämnden",
      meetingDate: "2025-06-17",
      notices: [
        {
          key: "agenda.notice.agendaInDocument",
          params: { platform: "Lex2Publish", document: "Kallelse socialnämnden 2025-06-17" },
        },
      ],
    });
  });

  it("says so when the app has not rendered the meeting", () => {
    const agenda = extractAgendaFromDocument(
      casePage("lex2publish-app.html"),
      "https://lex.kommun.se/Lex2PublishWasm/",
    );
    expect(agenda.notices).toEqual([
      { key: "agenda.notice.platformEmpty", params: { platform: "Lex2Publish" } },
    ]);
  });
});
