import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import type { Agenda, AgendaItem } from "../model/meeting";
import { extractAgendaFromDocument } from "./extract";

// Every item, number, title, dnr, MBL class and link of the HTML fixtures in test/fixtures/agenda/.
const BASE = "https://intra.kommun.example/namnder/sn/";
const load = (name: string): Document =>
  parseHTML(readFileSync(new URL(`../../test/fixtures/agenda/${name}`, import.meta.url), "utf8"))
    .document as unknown as Document;

type Row = [
  number: string | null,
  title: string,
  dnr: string | null,
  mbl?: AgendaItem["mbl"],
  links?: string[],
];

function expectItems(agenda: Agenda, rows: Row[]): void {
  expect(
    agenda.items.map((item) => [
      item.number,
      item.title,
      item.dnr.join(" | ") || null,
      item.mbl,
      item.links.map((link) => `${link.text} <${link.href}>`),
    ]),
  ).toEqual(rows.map(([number, title, dnr, mbl = null, links = []]) => [number, title, dnr, mbl, links]));
}

describe("HTML fixtures", () => {
  it("the extension's agenda page (test/fixtures/extension/agenda.html): document links after a title are not part of it", () => {
    const html = readFileSync(new URL("../../test/fixtures/extension/agenda.html", import.meta.url), "utf8");
    const agenda = extractAgendaFromDocument(parseHTML(html).document as unknown as Document, BASE);
    expectItems(agenda, [
      ["1", "Val av justerare", null],
      [
        "2",
        "Budget 2025 för äldreomsorgen",
        "SN 2024/101",
        null,
        [`Tjänsteutlåtande <${new URL("/underlag/budget-2025.pdf", BASE)}>`],
      ],
      [
        "3",
        "Ny organisation för hemtjänsten",
        "SN 2024/117",
        null,
        [`Utredning <${new URL("/underlag/hemtjanst.pdf", BASE)}>`],
      ],
      // The javascript: link is refused when links are read, so its text is left as plain title text.
      ["4", "Rapport <img src=x onerror=alert(1)> om sjukfrånvaro Bilaga", "SN 2023/998"],
      ["5", "Övriga frågor", null],
    ]);
  });

  it("table with header row (table.html)", () => {
    const agenda = extractAgendaFromDocument(load("table.html"), BASE);
    expectItems(agenda, [
      ["1", "Upprop och val av justerare", null],
      ["2", "Godkännande av dagordning", null],
      [
        "3",
        "Ekonomisk månadsuppföljning mars 2024",
        "BUN 2024/88",
        null,
        ["Tjänsteutlåtande <https://intra.kommun.example/handlingar/bun-2024-88-tjansteutlatande.pdf>"],
      ],
      [
        "4",
        "Revidering av riktlinjer för skolskjuts",
        "BUN 2023/412",
        null,
        [
          "Tjänsteutlåtande <https://intra.kommun.example/handlingar/bun-2023-412-tjansteutlatande.pdf>",
          "Bilaga 1 Riktlinjer <https://intra.kommun.example/handlingar/bun-2023-412-bilaga1.pdf>",
        ],
      ],
      [
        "5",
        "Yttrande över motion om kostnadsfri frukost i grundskolan",
        "BUN 2024/17",
        null,
        ["Förslag till yttrande <https://diarium.kommun.example/arende/2024-17/yttrande.pdf>"],
      ],
      ["6", "Skolplacering inför läsåret 2024/25", "BUN 2024/103"],
      ["7 a", "Delegationsbeslut", null],
      ["7 b", "Anmälningsärenden", null],
      ["8", "Förvaltningschefen informerar", null],
    ]);
    expect(agenda.committee).toBe("Barn- och utbildningsnämnden");
    expect(agenda.meetingDate).toBe("2024-04-16");
    expect(agenda.sourceUrl).toBe(BASE);
  });

  it("ordered list with nested attachment lists (ordered-list.html)", () => {
    const agenda = extractAgendaFromDocument(load("ordered-list.html"), BASE);
    expectItems(agenda, [
      ["1", "Val av justerare och tid för justering", null],
      ["2", "Godkännande av föredragningslistan", null],
      [
        "3",
        "Verksamhetsberättelse 2023 för socialnämnden",
        "SN 2024/12",
        null,
        [
          "Tjänsteutlåtande <https://intra.kommun.example/namnder/handlingar/sn-2024-12-tu.pdf>",
          "Bilaga: Verksamhetsberättelse 2023 <https://intra.kommun.example/namnder/handlingar/sn-2024-12-vb.pdf>",
        ],
      ],
      [
        "4",
        "Internkontrollplan 2024",
        "SN 2023/123",
        null,
        ["Tjänsteutlåtande <https://intra.kommun.example/namnder/handlingar/sn-2023-123-tu.pdf>"],
      ],
      ["5", "Uppdrag att utreda ett gemensamt mottagningsteam", "SN 2024/31"],
      ["6", "Redovisning av ej verkställda beslut enligt SoL och LSS, kvartal 4 2023", "SN 2024/7"],
    ]);
    expect(agenda.committee).toBe("Socialnämnden");
    expect(agenda.meetingDate).toBe("2024-02-20");
  });

  it("heading per item with dnr and underlag paragraphs (headings.html)", () => {
    const agenda = extractAgendaFromDocument(load("headings.html"), BASE);
    expectItems(agenda, [
      ["1", "Val av justerare", null],
      ["2", "Anmälan av delegationsbeslut", null],
      [
        "3",
        "Budget 2025 och plan 2026–2027 – planeringsdirektiv",
        "KS 2024/0211",
        null,
        [
          "Tjänsteskrivelse <https://intra.kommun.example/dokument/ks-2024-0211-tjansteskrivelse.pdf>",
          "Planeringsdirektiv 2025 <https://intra.kommun.example/dokument/ks-2024-0211-direktiv.pdf>",
        ],
      ],
      [
        "4",
        "Ändring av taxa för bygglov",
        "KS 2021/0456-1.2",
        null,
        ["Bilaga taxetabell <https://intra.kommun.example/dokument/ks-2021-0456-bilaga.pdf>"],
      ],
      ["5", "Svar på medborgarförslag om fler parkbänkar", "KS 2023/1187"],
      ["6", "Information från kommundirektören", null],
    ]);
    expect(agenda.committee).toBe("Kommunstyrelsen");
    expect(agenda.meetingDate).toBe("2024-03-11");
  });

  it("portal page with nested item boxes, generic extractor (portal-nested.html)", () => {
    const agenda = extractAgendaFromDocument(load("portal-nested.html"), BASE);
    expectItems(agenda, [
      [
        "§ 12",
        "Tillsynsplan för livsmedelskontrollen 2024",
        "MHN 2024/55",
        null,
        [
          "Tjänsteskrivelse <https://intra.kommun.example/portal/dokument/9001>",
          "Bilaga 1 Tillsynsplan <https://intra.kommun.example/portal/dokument/9002>",
        ],
      ],
      [
        "§ 13",
        "Yttrande över detaljplan för kvarteret Lärkan",
        "MHN 2023/318",
        null,
        ["Förslag till yttrande <https://intra.kommun.example/portal/dokument/9010>"],
      ],
      [
        "§ 14",
        "Delegationsbeslut februari 2024",
        null,
        null,
        ["Delegationslista <https://intra.kommun.example/portal/dokument/9020>"],
      ],
      ["§ 15", "Förvaltningen informerar", null],
    ]);
    expect(agenda.committee).toBe("Miljö- och hälsoskyddsnämnden");
    expect(agenda.meetingDate).toBe("2024-03-05");
  });

  it("MBL §11/§19 groups and a per-item marker (mbl-groups.html)", () => {
    const agenda = extractAgendaFromDocument(load("mbl-groups.html"), BASE);
    expectItems(agenda, [
      ["1", "Mötets öppnande och val av justerare", null],
      ["2", "Föregående mötesanteckningar", null],
      [
        "3",
        "Omorganisation av enheten för ekonomiskt bistånd",
        "SN 2024/66",
        "mbl11",
        ["Riskbedömning <https://intra.kommun.example/fsg/2024-04/riskbedomning.docx>"],
      ],
      ["4", "Föredragningslistan Socialnämnden april", null, "mbl11"],
      [null, "Månadsrapport mars", null, "mbl19"],
      [null, "Nytt inom arbetsmiljö", null, "mbl19"],
      [null, "Uppdatering chefsrekryteringar", null, "mbl19"],
      [null, "Lokalfrågan på Västra vägen", null, "mbl19"],
      [null, "Schemaläggning under sommaren", null, null],
    ]);
    // The body that meets is the FSG (KEY-RULES `committee`), not the committee whose agenda it goes through;
    // the date is the FSG meeting's.
    expect(agenda.committee).toBe("FSG Socialförvaltningen");
    expect(agenda.meetingDate).toBe("2024-04-08");
  });

  it("portal markup of spans only, generic extractor (portal-meetings.html)", () => {
    const agenda = extractAgendaFromDocument(load("portal-meetings.html"), BASE);
    expectItems(agenda, [
      // Under "Beslutsärenden": the class the grouping suggests.
      ["1", "Val av justerare", null, "mbl11"],
      [
        "2",
        "Ekonomisk uppföljning april 2024",
        "VON 2024/140",
        "mbl11",
        [
          "Tjänsteskrivelse <https://intra.kommun.example/Meetings/Document/88121>",
          "Bilaga Månadsrapport <https://intra.kommun.example/Meetings/Document/88122>",
        ],
      ],
      ["3", "Ansökan om statsbidrag för kompetenslyft", "VON 2024/152", "mbl11"],
      [
        "4",
        "Sommarbemanning inom hemtjänsten",
        null,
        "mbl19",
        ["Rapport <https://intra.kommun.example/Meetings/Document/88130>"],
      ],
      ["5", "Ny nattorganisation på särskilda boenden", "VON 2024/98", "mbl11"],
    ]);
    expect(agenda.committee).toBe("Vård- och omsorgsnämnden");
    expect(agenda.meetingDate).toBe("2024-05-22");
  });
});
