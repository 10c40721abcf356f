import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LIMITS, parseEnvelopeJson, validateEnvelope } from "./envelope";

function validEnvelope() {
  return {
    kind: "sp-clip",
    version: 1,
    id: "clip-1",
    createdAt: "2024-02-13T10:00:00.000Z",
    source: { url: "https://intranat.example.se/sn/2024-02", title: "Socialnämnden februari" },
    agenda: {
      committee: "Socialnämnden",
      meetingDate: "2024-02-20",
      items: [
        {
          number: "7",
          title: "Budget 2024",
          dnr: "SN 2023/123",
          mbl: "mbl11",
          links: [{ text: "Tjänsteutlåtande", href: "https://intranat.example.se/u/1.pdf" }],
        },
      ],
    },
  };
}

describe("clip envelope", () => {
  it("accepts a valid envelope", () => {
    const result = validateEnvelope(validEnvelope());
    expect(result.ok).toBe(true);
  });

  it("reads a version 1 clip's single dnr as a list, and a version 2 clip's list as written", () => {
    const v1 = validateEnvelope(validEnvelope());
    expect(v1.ok && v1.envelope.agenda.items[0]).toMatchObject({ dnr: ["SN 2023/123"], procedural: false });
    const v2 = validEnvelope() as Record<string, unknown> & ReturnType<typeof validEnvelope>;
    v2.version = 2;
    Object.assign(v2.agenda.items[0]!, { dnr: ["SN 2023/123", "KS 2023/9"], procedural: true });
    const read = validateEnvelope(v2);
    expect(read.ok && read.envelope.agenda.items[0]).toMatchObject({
      dnr: ["SN 2023/123", "KS 2023/9"],
      procedural: true,
    });
    const none = validEnvelope() as unknown as { agenda: { items: { dnr: unknown }[] } };
    none.agenda.items[0]!.dnr = null;
    const empty = validateEnvelope(none);
    expect(empty.ok && empty.envelope.agenda.items[0]!.dnr).toEqual([]);
  });

  it("refuses a javascript: link and names the field in Swedish", () => {
    const clip = validEnvelope();
    clip.agenda.items[0]!.links[0]!.href = "javascript:alert(1)";
    const result = validateEnvelope(clip);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]).toContain("agenda.items.0.links.0.href");
      expect(result.errors[0]).toContain("http");
    }
  });

  it("refuses a data: source url", () => {
    const clip = validEnvelope();
    clip.source.url = "data:text/html,<script>alert(1)</script>";
    expect(validateEnvelope(clip).ok).toBe(false);
  });

  it("accepts a document opened from disk: no address, its file name as title", () => {
    const clip = { ...validEnvelope(), source: { url: null, title: "kallelse.pdf" } };
    const read = validateEnvelope(clip);
    expect(read.ok && read.envelope.source).toEqual({ url: null, title: "kallelse.pdf" });
  });

  it("still refuses a source address that is not http(s)", () => {
    for (const url of ["file:///C:/Users/sekr/kallelse.pdf", "javascript:alert(1)", "chrome://newtab/", ""]) {
      const clip = validEnvelope();
      clip.source.url = url;
      const result = validateEnvelope(clip);
      expect(result.ok, url).toBe(false);
      if (!result.ok) expect(result.errors.join(" ")).toContain("source.url");
    }
  });

  it("refuses wrong types and unknown fields", () => {
    const wrongType = { ...validEnvelope(), version: "1" };
    expect(validateEnvelope(wrongType).ok).toBe(false);
    const extra = { ...validEnvelope(), html: "<b>x</b>" };
    const result = validateEnvelope(extra);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join(" ")).toContain("okänt fält");
  });

  it("refuses oversized titles and too many items", () => {
    const longTitle = validEnvelope();
    longTitle.agenda.items[0]!.title = "x".repeat(LIMITS.title + 1);
    expect(validateEnvelope(longTitle).ok).toBe(false);
    const many = validEnvelope();
    many.agenda.items = Array.from({ length: LIMITS.items + 1 }, () => validEnvelope().agenda.items[0]!);
    expect(validateEnvelope(many).ok).toBe(false);
  });

  it("refuses oversized JSON before parsing it", () => {
    const huge = JSON.stringify({ ...validEnvelope(), pad: "x".repeat(LIMITS.envelopeBytes) });
    const result = parseEnvelopeJson(huge);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/för stort/);
  });

  it("reports malformed JSON in Swedish", () => {
    const result = parseEnvelopeJson("{not json");
    expect(result).toEqual({ ok: false, errors: ["Klippet kunde inte läsas: det är inte giltig JSON."] });
  });

  it("never throws on arbitrary input", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = validateEnvelope(value);
        expect(typeof result.ok).toBe("boolean");
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(typeof parseEnvelopeJson(text).ok).toBe("boolean");
      }),
      { numRuns: 500 },
    );
  });
});
