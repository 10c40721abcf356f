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

/** A channel or document of the reader's tree answer. */
const channel = (name: string, items: unknown[] = []) => ({ type: "channel", id: name, name, items });
const file = (name: string) => ({ type: "document", id: name, name, fileName: `${name}.pdf` });

describe("Netpublicator's tree answer (a meeting with nested channels)", () => {
  it("reads numbered channels at any depth, group channels as headings, no documents or Bilagor", () => {
    const value = {
      id: "m1",
      name: "Socialnämnden 2025-05-14",
      type: "meeting",
      meetingDate: "2025-05-14T13:00:00",
      publishDate: "2025-05-02T10:00:00",
      path: [{ name: "Kallelser" }, { name: "Socialnämnden" }],
      items: [
        file("Kallelse SN 2025-05-14"),
        channel("1. Upprop"),
        channel("2. Riktlinjer för ekonomiskt bistånd SN 2025/71", [
          file("Tjänsteskrivelse SN 2025/71"),
          channel("Bilagor", [channel("3. Remissvar"), file("Yttrande IVO 3.5.1-1234/2025")]),
        ]),
        channel("Informationsärenden", [
          channel("3. Verksamhetsrapport"),
          channel("4. Meddelanden", [channel("4 a) Dom från förvaltningsrätten"), channel("4 b) Cirkulär")]),
        ]),
        file("SN 2025-05-14 - Protokoll"),
      ],
    };
    expect(netpublicatorJsonAdapter.matches(value)).toBe(true);
    const agenda = netpublicatorJsonAdapter.extract(value, null);
    expect(itemRows(agenda)).toEqual([
      ["1", "Upprop", []],
      ["2", "Riktlinjer för ekonomiskt bistånd", ["SN 2025/71"]],
      ["3", "Verksamhetsrapport", []],
      ["4", "Meddelanden", []],
      ["4 a", "Dom från förvaltningsrätten", []],
      ["4 b", "Cirkulär", []],
    ]);
    expect(agenda.items.map((item) => item.mbl)).toEqual([null, null, "mbl19", "mbl19", "mbl19", "mbl19"]);
    expect(agenda.committee).toBe("Socialnämnden");
    expect(agenda.meetingDate).toBe("2025-05-14");
  });

  it("reads channels named by text, the meeting wrapped in an object, the date from the meeting field", () => {
    const value = {
      meeting: {
        text: "Sammanträde",
        type: "Meeting",
        startDate: "2025-09-02",
        created: "2025-08-20",
        path: [{ text: "Tekniska nämnden" }],
        items: [
          {
            type: "Channel",
            text: "Beslutsärenden",
            items: [{ type: "Channel", text: "1. Taxa för avfall TN 2025/12" }],
          },
          { type: "Channel", text: "2. Handlingsplan för gator, TN 2025/40, TN 2025/41" },
          { type: "Channel", text: "Protokoll" },
        ],
      },
    };
    expect(netpublicatorJsonAdapter.matches(value)).toBe(true);
    const agenda = netpublicatorJsonAdapter.extract(value, null);
    expect(itemRows(agenda)).toEqual([
      ["1", "Taxa för avfall", ["TN 2025/12"]],
      ["2", "Handlingsplan för gator", ["TN 2025/40", "TN 2025/41"]],
    ]);
    expect(agenda.items[0]?.mbl).toBe("mbl11");
    expect(agenda.committee).toBe("Tekniska nämnden");
    expect(agenda.meetingDate).toBe("2025-09-02");
  });

  it("claims no tree without channels", () => {
    expect(netpublicatorJsonAdapter.matches({ items: [file("Kallelse")] })).toBe(false);
  });
});
