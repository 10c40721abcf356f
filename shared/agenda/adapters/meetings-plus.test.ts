import { describe, expect, it } from "vitest";
import { extractAgendaFromDocument } from "../extract";
import { htmlDocument } from "../node-html";
import { casePage, itemRows } from "./cases";
import { meetingsPlusAdapter } from "./meetings-plus";

const MEETING =
  "https://kommunen.ondemand.formpipe.com/committees/barn-och-utbildningsnamnden/barn-och-utbildningsnamnden-30117";

describe("Meetings Plus (recorded cases)", () => {
  it("points a meeting page without items to its kallelse PDF by the name the page gives it, with the committee and date", () => {
    const agenda = extractAgendaFromDocument(casePage("meetings-plus-meeting.html"), MEETING);
    expect(agenda.items).toEqual([]);
    expect(agenda.committee).toBe("Barn- och utbildningsnämnden");
    expect(agenda.meetingDate).toBe("2025-02-11");
    expect(agenda.notices).toEqual([
      {
        key: "agenda.notice.agendaInDocument",
        params: {
          platform: "Meetings Plus",
          document: "Kallelse BUN 2025-02-11.pdf",
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

// Blind set 12 (issue 13, thirteenth round): a Meetings Plus meeting page listing its items in divs of its
// own classes, not in the agenda tab the adapter knows, gave no item but the kallelse notice. An adapter
// that finds no item gives way to the page's generic reading where that finds items.
const divItem = (position: string, number: string, title: string, dnr = "") =>
  `<div class="k-row"><div class="k-head"><span class="k-dot">•</span><div>${position}</div><div>${number}</div>` +
  `<div><span>${title}</span></div></div>` +
  (dnr ? `<div class="k-meta"><span>Diarienummer:</span> <span>${dnr}</span></div>` : "") +
  `<div class="k-files">${dnr ? 1 : 0} Download (${dnr ? 1 : 0})</div></div>`;

const divPage = (head: string, rows: string) =>
  htmlDocument(`<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>${head}</title></head><body>
<div class="top"><div class="k-title">Tekniska nämnden</div><div><span>Datum:</span> <span>2025-06-03 13:00</span></div>
<div><span>Kallelse:</span> <span><a href="/committees/tn/tn-2025-06-03/agenda/kallelse-tn-2025-06-03pdf?downloadMode=open">Kallelse TN 2025-06-03.pdf</a></span></div></div>
<div class="k-list">${rows}</div><div class="foot">Powered by Meetings Plus</div></body></html>`);

describe("Meetings Plus page whose items are repeated divs of other classes", () => {
  it("gives the items, not the kallelse notice", () => {
    const page = divPage(
      "Tekniska nämnden 2025-06-03 - Norrfors kommun",
      divItem("1", "1", "Sammanträdets öppnande") +
        divItem("2", "2", "Val av justerare") +
        divItem("3", "3", "Budgetuppföljning april 2025", "TN 2025/0041") +
        divItem("4", "5", "Ny taxa för gatuparkering", "TN 2025/0102, TN 2024/0388") +
        divItem("5", "6", "Övriga frågor"),
    );
    const agenda = extractAgendaFromDocument(page, "https://moten.norrfors.se/committees/tn/tn-2025-06-03");
    expect(itemRows(agenda)).toEqual([
      ["1", "Sammanträdets öppnande", []],
      ["2", "Val av justerare", []],
      ["3", "Budgetuppföljning april 2025", ["TN 2025/0041"]],
      ["5", "Ny taxa för gatuparkering", ["TN 2025/0102", "TN 2024/0388"]],
      ["6", "Övriga frågor", []],
    ]);
    expect(agenda.committee).toBe("Tekniska nämnden");
    expect(agenda.meetingDate).toBe("2025-06-03");
    expect(agenda.notices ?? []).toEqual([]);
  });

  it("gives them on a Formpipe host too, numbered with §", () => {
    const rows = [
      ["§ 31", "Månadsrapport maj", "SN 2025/0144"],
      ["§ 32", "Riktlinjer för försörjningsstöd 2026", "SN 2025/0150"],
      ["§ 33", "Avgifter inom hemtjänsten", "SN 2025/0161"],
    ]
      .map(
        ([no, title, dnr]) =>
          `<div><div><span>${no}</span><span>${title}</span></div><div><div>Dnr</div><div>${dnr}</div></div></div>`,
      )
      .join("");
    const page = htmlDocument(
      `<html><body><div><div>Socialnämnden</div><div>Sammanträde 2025-09-10</div></div><div>${rows}</div><div><a href="/api/v2.0/meetings/4411/download/Agenda">Ladda ner kallelse</a></div></body></html>`,
    );
    const agenda = extractAgendaFromDocument(
      page,
      "https://solby.ondemand.formpipe.com/committees/sn/sn-4411",
    );
    expect(itemRows(agenda)).toEqual([
      ["§ 31", "Månadsrapport maj", ["SN 2025/0144"]],
      ["§ 32", "Riktlinjer för försörjningsstöd 2026", ["SN 2025/0150"]],
      ["§ 33", "Avgifter inom hemtjänsten", ["SN 2025/0161"]],
    ]);
  });

  it("still points a page that lists no item to the kallelse", () => {
    const agenda = extractAgendaFromDocument(
      divPage("Tekniska nämnden 2025-06-03", ""),
      "https://moten.norrfors.se/committees/tn/tn-2025-06-03",
    );
    expect(agenda.items).toEqual([]);
    expect(agenda.notices?.map((notice) => notice.key)).toEqual(["agenda.notice.agendaInDocument"]);
  });
});
