import { describe, expect, it } from "vitest";
import { decodeHtml, decodeText, looksBinary } from "./charset";

/** windows-1252 bytes of a string made of Latin-1 characters. */
const latin1 = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("decodeHtml", () => {
  it("reads UTF-8, with or without a byte order mark", () => {
    expect(decodeHtml(utf8("<p>Socialnämnden § 12</p>"))).toBe("<p>Socialnämnden § 12</p>");
    expect(decodeHtml(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8("Åtgärd")]))).toBe("Åtgärd");
  });

  it("follows the page's charset declaration", () => {
    const html = '<meta charset="windows-1252"><p>Socialnämnden § 12</p>';
    expect(decodeHtml(latin1(html))).toBe(html);
    const httpEquiv =
      '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>Förslag</p>';
    expect(decodeHtml(latin1(httpEquiv))).toBe(httpEquiv);
  });

  it("reads undeclared bytes that are not UTF-8 as windows-1252", () => {
    expect(decodeHtml(latin1("<p>Ärende 7 Lönepolicy</p>"))).toBe("<p>Ärende 7 Lönepolicy</p>");
  });

  it("falls back when the declared charset is unknown", () => {
    expect(decodeHtml(utf8('<meta charset="x-hittepå"><p>ä</p>'))).toBe('<meta charset="x-hittepå"><p>ä</p>');
  });

  it("reads UTF-16 with a byte order mark", () => {
    const bytes = [0xff, 0xfe, ...Array.from("§ 1").flatMap((char) => [char.charCodeAt(0), 0])];
    expect(decodeHtml(Uint8Array.from(bytes))).toBe("§ 1");
  });
});

describe("decodeText and looksBinary", () => {
  it("reads a windows-1252 text as such, and UTF-8 with or without its mark", () => {
    expect(decodeText(latin1("Sammanträdets öppnande ½"))).toBe("Sammanträdets öppnande ½");
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8("Åtgärd")]))).toBe("Åtgärd");
  });

  it("reads windows-1252's own characters in 0x80-0x9F (dashes, quotes, euro), not as control characters", () => {
    // "Dnr 003 – 12 / 24 ”Trygg” € …" with an en dash, a right double quote, the euro sign and an ellipsis.
    const bytes = Uint8Array.from([
      ...latin1("Dnr 003 "),
      0x96,
      ...latin1(" 12 / 24 "),
      0x94,
      ...latin1("Trygg"),
      0x94,
      0x20,
      0x80,
      0x20,
      0x85,
      0x0d,
      0x0a,
      ...latin1("Sjöstr"),
      0x9a,
      0x6d,
    ]);
    expect(decodeText(bytes)).toBe("Dnr 003 – 12 / 24 ”Trygg” € …\r\nSjöstrš" + "m");
    const declared = Uint8Array.from([...latin1('<meta charset="iso-8859-1"><p>Bilaga 1'), 0x97, 0x91, 0x92]);
    expect(decodeHtml(declared)).toBe('<meta charset="iso-8859-1"><p>Bilaga 1—‘’');
  });

  it("tells random bytes from text with a few control characters", () => {
    expect(looksBinary(Uint8Array.from([0x25, 0x50, 0x00, 0x12]))).toBe(true);
    expect(looksBinary(Uint8Array.from({ length: 300 }, (_, index) => (index % 31) + 1))).toBe(true);
    expect(looksBinary(utf8("1 Budget \u001b[31mröd\u001b[0m 2025\f2 Taxor\n"))).toBe(false);
    expect(looksBinary(latin1("Socialnämnden § 12"))).toBe(false);
  });
});
