import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeHtml } from "./charset";
import { scanDnr } from "./dnr";
import { injectListNumbers, parseNumbering, parseStyleNumbering } from "./docx-numbering";
import { mblReference, takeMblMarker } from "./mbl";
import { findCommittee, findDate } from "./meta";
import { parseItemNumber } from "./numbers";
import { layoutPage } from "./pdf-layout";
import { cleanText, plainLine, trimSeparators } from "./text";

// Every parser on hostile input: never throws, and what it returns keeps its promises.
const anyText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: "binary", maxLength: 200 }));

describe("parsers on arbitrary text", () => {
  it("never throw", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        parseItemNumber(text);
        scanDnr(text);
        scanDnr(text, { column: true });
        mblReference(text);
        takeMblMarker(text);
        findCommittee(text);
        plainLine(text);
        trimSeparators(text);
        const date = findDate(text);
        if (date !== null) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
      { numRuns: 500 },
    );
  });

  it("cleanText is idempotent and leaves no double or edge spaces", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const clean = cleanText(text);
        expect(cleanText(clean)).toBe(clean);
        expect(clean).not.toMatch(/^\s|\s$|\s\s/);
      }),
    );
  });
});

describe("item numbers", () => {
  const title = fc.constantFrom("Budget", "Ekonomisk uppföljning", "Årsredovisning 2023", "Taxor");
  it("reads back every number form it is given", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.constantFrom("", "a", "b"),
        title,
        (n, letter, rest) => {
          const suffix = letter ? ` ${letter}` : "";
          const forms: [string, string][] = [
            [`Punkt ${n}${suffix} ${rest}`, `${n}${suffix}`],
            [`§ ${n}${suffix} ${rest}`, `§ ${n}${suffix}`],
            [`${n}${suffix} § ${rest}`, `§ ${n}${suffix}`],
            [`${n}${suffix}. ${rest}`, `${n}${suffix}`],
            [`${n}${letter} ${rest}`, `${n}${suffix}`],
          ];
          for (const [written, number] of forms) expect(parseItemNumber(written)).toEqual({ number, rest });
        },
      ),
    );
  });
});

describe("diarienummer", () => {
  it("finds a prefixed dnr anywhere and removes it from the rest", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("SN", "KS", "HÅ", "BUN", "VON"),
        fc.integer({ min: 1990, max: 2099 }),
        fc.integer({ min: 1, max: 99999 }),
        fc.constantFrom("Budget", "Yttrande över motion", ""),
        (prefix, year, serial, before) => {
          const dnr = `${prefix} ${year}/${serial}`;
          const scan = scanDnr(`${before} ${dnr} `);
          expect(scan.found.map((found) => found.dnr)).toEqual([dnr]);
          expect(scan.rest).toBe(before);
        },
      ),
    );
  });
});

describe("documents", () => {
  it("Word numbering never throws on arbitrary XML-ish text and only ever adds runs", () => {
    const xmlish = fc
      .array(
        fc.constantFrom(
          "<w:p>",
          "</w:p>",
          "<w:pPr>",
          "</w:pPr>",
          '<w:numId w:val="1"/>',
          '<w:ilvl w:val="3"/>',
          "<w:t>x</w:t>",
          "&amp;",
          "<",
        ),
        {
          maxLength: 40,
        },
      )
      .map((parts) => parts.join(""));
    const numbering = parseNumbering(
      '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
    );
    fc.assert(
      fc.property(fc.oneof(xmlish, anyText), anyText, (documentXml, other) => {
        parseNumbering(other);
        parseStyleNumbering(other);
        const injected = injectListNumbers(documentXml, numbering);
        expect(injected.replace(/<w:r><w:t xml:space="preserve">[^<]*<\/w:t><\/w:r>/g, "")).toBe(documentXml);
      }),
    );
  });

  it("PDF layout: never throws, never more text lines than text items, keeps every character", () => {
    const item = fc.record({
      str: fc.string({ maxLength: 10 }),
      x: fc.double({ min: -1000, max: 1000, noNaN: true }),
      y: fc.double({ min: -1000, max: 1000, noNaN: true }),
      width: fc.double({ min: 0, max: 500, noNaN: true }),
      height: fc.double({ min: 0, max: 50, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 40 }), (items) => {
        const lines = layoutPage(items).filter((line) => line.trim() !== "");
        const kept = items.filter((entry) => entry.str.trim() !== "");
        expect(lines.length).toBeLessThanOrEqual(kept.length);
        const chars = (texts: string[]) => texts.join("").replace(/\s/g, "").length;
        expect(chars(lines)).toBe(chars(kept.map((entry) => entry.str)));
      }),
    );
  });

  it("decodeHtml never throws on arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(typeof decodeHtml(bytes)).toBe("string");
      }),
    );
  });
});
