import fc from "fast-check";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { docx, numberingOf, paragraph, zipBomb } from "../../test/fixtures/agenda/hostile";
import { agendaFromDocx } from "./docx";
import { DOCX_LIMITS } from "./docx-zip";
import { AgendaReadError } from "./errors";
import { htmlDocument } from "./node-html";
import { pdfText } from "./pdf";

// Generated archives (issue 11): Word files with any start value, number format and part size, PDFs of
// any few pages. The readers never throw anything but their own Swedish refusal, and what they return
// keeps its bounds.
const read = (bytes: Uint8Array) => agendaFromDocx(bytes, { parseHtml: htmlDocument });
const FORMATS = [
  "decimal",
  "decimalZero",
  "lowerLetter",
  "upperLetter",
  "lowerRoman",
  "upperRoman",
  "bullet",
  "none",
  "ordinal",
];

describe("generated DOCX files", () => {
  it("any w:start and number format: items read, number text never past 20 characters", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...FORMATS),
        fc.oneof(
          fc.integer({ min: -10, max: 1_000_000_000 }),
          fc.constantFrom("x", "", "1e9", "-0", "99999999999999999999"),
        ),
        fc.constantFrom("%1.", "§ %1", "%1)", "Ärende %1", "%1.%2"),
        fc.integer({ min: 1, max: 30 }),
        async (format, start, text, count) => {
          const body = Array.from({ length: count }, (_, index) =>
            paragraph(`Ärende nummer ${index}`, 1),
          ).join("");
          const agenda = await read(await docx(body, numberingOf(format, start, text)));
          for (const item of agenda.items) expect(item.number?.length ?? 0).toBeLessThanOrEqual(20);
          expect(agenda.items.length).toBeLessThanOrEqual(count);
        },
      ),
      { numRuns: 40 },
    );
  }, 60_000);

  it("any part size: read under the limit, refused in Swedish over it", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 80 }), async (megabytes) => {
        const size = megabytes * 1024 * 1024;
        const result = await read(await zipBomb(size)).then(
          () => "read",
          (error: unknown) => (error instanceof AgendaReadError ? error.key : `other: ${error}`),
        );
        // A part of zeros is no XML: under the limit mammoth refuses it, over it the size does.
        expect(result).toBe(
          size > DOCX_LIMITS.partBytes ? "agenda.error.zipTooLarge" : "agenda.error.notDocx",
        );
      }),
      { numRuns: 6 },
    );
  }, 120_000);
});

describe("generated PDFs", () => {
  it("any few pages of text: read line by line, nothing thrown", async () => {
    const line = fc.stringMatching(/^[A-Za-zÅÄÖåäö0-9 §.,:/-]{1,60}$/);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(line, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 4 }),
        async (pages) => {
          const pdf = await PDFDocument.create();
          const font = await pdf.embedFont(StandardFonts.Helvetica);
          for (const lines of pages) {
            const page = pdf.addPage([595, 842]);
            lines.forEach((text, index) => {
              page.drawText(text, { x: 50, y: 780 - index * 16, size: 10, font });
            });
          }
          const result = await pdfText(await pdf.save());
          expect(result).toMatchObject({ pages: pages.length, read: pages.length });
          const words = (text: string) => text.split(/\s+/).filter(Boolean);
          expect(words(result.text)).toEqual(words(pages.flat().join(" ")));
        },
      ),
      { numRuns: 15 },
    );
  }, 60_000);
});
