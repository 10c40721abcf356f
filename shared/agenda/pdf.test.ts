import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { agendaFromPdf, linesOfPage } from "./pdf";

const fixture = () => readFileSync(new URL("../../test/fixtures/agenda/agenda.pdf", import.meta.url));

describe("linesOfPage", () => {
  const item = (str: string, x: number, y: number, width = str.length * 5) => ({
    str,
    x,
    y,
    width,
    height: 10,
  });

  it("groups items by baseline, top to bottom and left to right, spacing visible gaps", () => {
    expect(
      linesOfPage([
        item("Budget", 100, 700),
        item("§ 12", 50, 701),
        item("SN 2024/1", 400, 700),
        item("Rubrik", 50, 760),
        item("  ", 50, 680),
      ]),
    ).toEqual(["Rubrik", "§ 12 Budget SN 2024/1"]);
  });

  it("joins items that touch without adding a space", () => {
    expect(linesOfPage([item("Social", 50, 700, 30), item("nämnden", 80, 700)])).toEqual(["Socialnämnden"]);
  });
});

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
