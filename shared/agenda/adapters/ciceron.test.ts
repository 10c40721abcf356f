import { describe, expect, it } from "vitest";
import { extractAgendaFromDocument } from "../extract";
import { caseJson, casePage, itemRows } from "./cases";
import { ciceronJsonAdapter } from "./ciceron";

describe("Ciceron (recorded cases)", () => {
  it("reads ReadObjectDetails' items with their diarie, in order, unnumbered; the documents' own dok_id is no item's dnr", () => {
    const value = caseJson("ciceron-read-object-details.json");
    expect(ciceronJsonAdapter.matches(value)).toBe(true);
    const agenda = ciceronJsonAdapter.extract(value, "https://diarium.kommun.se/json");
    expect(itemRows(agenda)).toEqual([
      [null, "Trafiksäkerhetsprogram 2025–2030", ["TN 2024/0412"]],
      [null, "Taxa för parkering 2026", ["TN 2025/0101"]],
      [null, "Delegationsbeslut april 2025", []],
    ]);
    expect(agenda.committee).toBe("Tekniska nämnden");
    expect(agenda.meetingDate).toBe("2025-05-20");
  });

  it("says so when the client page has not shown the meeting yet", () => {
    const agenda = extractAgendaFromDocument(
      casePage("ciceron-client.html"),
      "https://diarium.kommun.se/ciceron/",
    );
    expect(agenda.items).toEqual([]);
    expect(agenda.notices).toEqual([{ key: "agenda.notice.platformEmpty", params: { platform: "Ciceron" } }]);
  });
});
