import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { brokenPdf, manyPagesPdf, scannedPdf } from "../../test/fixtures/agenda/hostile";
import { AgendaReadError } from "./errors";
import { noticeText } from "./notice-text";
import { agendaFromPdf } from "./pdf";

const fixture = () => readFileSync(new URL("../../test/fixtures/agenda/agenda.pdf", import.meta.url));

describe("agendaFromPdf", () => {
  it("reads every item of the generated agenda.pdf", async () => {
    const agenda = await agendaFromPdf(fixture());
    expect(agenda.committee).toBe("Socialnämnden");
    expect(agenda.meetingDate).toBe("2024-03-19");
    expect(
      agenda.items.map((item) => [
        item.number,
        item.title,
        item.dnr.join(" | ") || null,
        item.mbl,
        item.links,
      ]),
    ).toEqual([
      ["§ 21", "Val av justerare", null, null, []],
      ["§ 22", "Godkännande av dagordningen", null, null, []],
      ["§ 23", "Ekonomisk uppföljning efter februari 2024", "SN 2024/41", null, []],
      ["§ 24", "Revidering av riktlinjer för handläggning av ekonomiskt bistånd", "SN 2023/512", null, []],
      ["§ 25", "Sjukfrånvaro inom individ- och familjeomsorgen", "SN 2024/58", "mbl19", []],
      ["§ 26", "Patientsäkerhetsberättelse 2023", "SN 2024/77", "mbl19", []],
      ["§ 27", "Delegationsbeslut", null, "mbl19", []],
    ]);
  });

  it("leaves the caller's buffer usable", async () => {
    const bytes = new Uint8Array(fixture());
    await agendaFromPdf(bytes);
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect((await agendaFromPdf(bytes.buffer)).items).toHaveLength(7);
  });

  it("rejects a file that is not a PDF", async () => {
    await expect(agendaFromPdf(new TextEncoder().encode("inte en pdf"))).rejects.toThrow();
  });

  it("uses an injected pdf.js loader", async () => {
    let loaded = 0;
    const agenda = await agendaFromPdf(fixture(), {
      loadPdfjs: () => {
        loaded++;
        return import("pdfjs-dist/legacy/build/pdf.mjs");
      },
    });
    expect(loaded).toBe(1);
    expect(agenda.items).toHaveLength(7);
  });
});

describe("agendaFromPdf on a long PDF (issue 11, finding 4)", () => {
  it("reads the first 200 pages and says how many there were", async () => {
    const agenda = await agendaFromPdf(await manyPagesPdf(205));
    expect(agenda.items).toHaveLength(200);
    expect(agenda.items.at(-1)).toMatchObject({ number: "200", title: "Ärende på sidan 200" });
    expect(agenda.notices).toEqual([{ key: "agenda.notice.pagesCut", params: { read: 200, pages: 205 } }]);
    expect(noticeText(agenda.notices![0]!)).toBe("Bara de första 200 av 205 sidorna lästes.");
  });
});

describe("agendaFromPdf on PDFs it cannot read", () => {
  const refusal = (data: Uint8Array) =>
    agendaFromPdf(data).then(
      () => null,
      (error: unknown) => (error instanceof AgendaReadError ? [error.key, error.message] : String(error)),
    );

  it("refuses a scanned PDF (no text layer) and says what to do instead", async () => {
    expect(await refusal(await scannedPdf(2))).toEqual([
      "agenda.error.pdfNoText",
      "PDF:en innehåller ingen text (den är troligen inskannad) och kan därför inte läsas. Be om kallelsen som en PDF med text (sparad från Word eller mötesportalen), eller klipp föredragningslistan från webbsidan.",
    ]);
  });

  it("refuses a broken PDF with a Swedish message saying what to do", async () => {
    expect(await refusal(brokenPdf())).toEqual([
      "agenda.error.notPdf",
      "PDF:en kunde inte läsas: den är skadad, lösenordsskyddad eller ingen PDF. Hämta kallelsen på nytt eller be om en kopia utan lösenord, eller klipp föredragningslistan från webbsidan.",
    ]);
  });
});
