import { describe, expect, it } from "vitest";
import { extractAgendaFromDocument } from "../extract";
import { caseJson, casePage, itemRows } from "./cases";
import { netpublicatorJsonAdapter } from "./netpublicator";

describe("Netpublicator (recorded cases)", () => {
  it("reads the reader's channels as items, committee and date from the breadcrumb, not the Protokoll channel", () => {
    const agenda = extractAgendaFromDocument(
      casePage("netpublicator-reader.html"),
      "https://www.kommun.se/protokoll",
    );
    expect(itemRows(agenda)).toEqual([
      ["1", "Val av justerare", []],
      ["2", "Godkännande av dagordning", []],
      ["3", "Taxa för miljöbalkens område 2025", ["BMN 2024/412"]],
      ["4", "Detaljplan för Norra hamnen, samråd", ["BMN 2023/88", "BMN 2025/12"]],
      ["5", "Delegationsbeslut", []],
    ]);
    expect(agenda.committee).toBe("Bygg- och miljönämnden");
    expect(agenda.meetingDate).toBe("2025-03-19");
  });

  it("reads the reader API's {history, items} answer", () => {
    const value = caseJson("netpublicator-read.json");
    expect(netpublicatorJsonAdapter.matches(value)).toBe(true);
    const agenda = netpublicatorJsonAdapter.extract(value, null);
    expect(itemRows(agenda)).toEqual([
      ["1", "Upprop", []],
      ["2", "Årsredovisning 2024", ["KS 2025/61"]],
      ["3", "Budgetramar 2026–2028", []],
    ]);
    expect(agenda.items[0]?.procedural).toBe(true);
    expect(agenda.committee).toBe("Kommunstyrelsen");
    expect(agenda.meetingDate).toBe("2025-04-08");
  });

  it("reads channels in the reader's order by their index, whatever the case of their type", () => {
    const agenda = netpublicatorJsonAdapter.extract(caseJson("netpublicator-read-unordered.json"), null);
    expect(itemRows(agenda)).toEqual([
      ["1", "Sammanträdets öppnande", []],
      ["2", "Val av justerare", []],
      ["3", "Delårsrapport januari–april", ["SN 2025/101", "SN 2025/102"]],
      ["4", "Riktlinjer för försörjningsstöd 2026", ["SN 2025/144"]],
      ["5", "Information om hemlöshetskartläggningen", []],
    ]);
    expect(agenda.committee).toBe("Socialnämnden");
    expect(agenda.meetingDate).toBe("2025-06-17");
  });

  it("claims no other platform's answer", () => {
    expect(netpublicatorJsonAdapter.matches(caseJson("lex2publish-getmeeting.json"))).toBe(false);
    expect(netpublicatorJsonAdapter.matches(caseJson("ciceron-read-object-details.json"))).toBe(false);
  });
});
