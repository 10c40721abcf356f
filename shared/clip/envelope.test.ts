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

const withLinks = (...hrefs: string[]) => {
  const clip = validEnvelope();
  clip.agenda.items[0]!.links = hrefs.map((href) => ({ text: "Underlag", href }));
  return clip;
};

describe("clip envelope", () => {
  it("accepts a valid envelope, with no notices", () => {
    const result = validateEnvelope(validEnvelope());
    expect(result).toMatchObject({ ok: true, notices: [] });
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

  // Issue 10 item 8: a bad link costs that link, with a sentence saying so, not the whole clip.
  it("drops a javascript: link with a notice in the user's terms and keeps the rest of the clip", () => {
    const clip = withLinks("javascript:alert(1)", "https://intranat.example.se/u/2.pdf");
    const result = validateEnvelope(clip);
    expect(result).toMatchObject({
      ok: true,
      notices: ["Punkt 7 har en länk som inte är en webbadress: den togs bort."],
    });
    expect(result.ok && result.envelope.agenda.items[0]!.links).toEqual([
      { text: "Underlag", href: "https://intranat.example.se/u/2.pdf" },
    ]);
  });

  it("counts several bad links of one item, names an unnumbered item by its place, and cuts surplus links", () => {
    const clip = withLinks("data:text/html,x", "ftp://a.se/x", "https://a.se/ok");
    clip.agenda.items[0]!.number = null as unknown as string;
    const many = validEnvelope();
    many.agenda.items.push({
      ...many.agenda.items[0]!,
      number: "8",
      links: Array.from({ length: LIMITS.links + 5 }, (_, i) => ({
        text: `U${i}`,
        href: `https://a.se/${i}`,
      })),
    });
    clip.agenda.items.push(many.agenda.items[1]!);
    const result = validateEnvelope(clip);
    expect(result.ok && result.notices).toEqual([
      "Punkt 1 har 2 länkar som inte är webbadresser: de togs bort.",
      "Punkt 8 har fler än 20 länkar: de första 20 togs med.",
    ]);
    expect(result.ok && result.envelope.agenda.items[1]!.links).toHaveLength(20);
  });

  it("sums up link notices beyond ten items in one", () => {
    const clip = validEnvelope();
    clip.agenda.items = Array.from({ length: 13 }, (_, i) => ({
      ...validEnvelope().agenda.items[0]!,
      number: String(i + 1),
      links: [{ text: "x", href: "javascript:void(0)" }],
    }));
    const result = validateEnvelope(clip);
    expect(result.ok && result.notices).toHaveLength(11);
    expect(result.ok && result.notices?.at(-1)).toBe("Länkar togs också bort ur 3 punkter till.");
  });

  it("drops a source address that is not http(s) with a notice; a document from disk has none", () => {
    for (const url of ["file:///C:/Users/sekr/kallelse.pdf", "javascript:alert(1)", "chrome://newtab/", ""]) {
      const clip = validEnvelope();
      clip.source.url = url;
      const result = validateEnvelope(clip);
      expect(result, url).toMatchObject({
        ok: true,
        notices: ["Källans adress var inte en webbadress: den togs bort."],
      });
      expect(result.ok && result.envelope.source.url).toBeNull();
    }
    const fromDisk = validateEnvelope({ ...validEnvelope(), source: { url: null, title: "kallelse.pdf" } });
    expect(fromDisk).toMatchObject({ ok: true, notices: [], envelope: { source: { url: null } } });
  });

  // Issue 11 item 14: a search page's address longer than 2,048 characters.
  it("keeps an over-long source address without its query, with a notice", () => {
    const clip = validEnvelope();
    clip.source.url = `https://portal.kommun.se/mote/sn?q=${"x".repeat(3000)}#punkt`;
    const result = validateEnvelope(clip);
    expect(result).toMatchObject({
      ok: true,
      envelope: { source: { url: "https://portal.kommun.se/mote/sn" } },
      notices: ["Sidans adress var för lång: den sparades utan sökdelen (det som stod efter ”?”)."],
    });
  });

  // Issue 11 item 11: hrefs are stored as the parser serialises them, never raw.
  it("stores links as the URL parser writes them and refuses backslashes and control characters", () => {
    const result = validateEnvelope(
      withLinks(
        'https://ok.example/"onmouseover="alert(1)',
        "https://ok.example/a b?x=<y>",
        "https:\\\\evil.example\\x",
        "\u0000https://ok.example/",
        "https://ok.example/\u0007x",
        "HTTPS://OK.example/Ä",
      ),
    );
    expect(result.ok && result.envelope.agenda.items[0]!.links.map((link) => link.href)).toEqual([
      "https://ok.example/%22onmouseover=%22alert(1)",
      "https://ok.example/a%20b?x=%3Cy%3E",
      "https://ok.example/%C3%84",
    ]);
    expect(result.ok && result.notices).toEqual([
      "Punkt 7 har 3 länkar som inte är webbadresser: de togs bort.",
    ]);
  });

  // Issue 11 item 12: control characters and terminal escapes never reach the minutes or a terminal.
  it("strips control characters and terminal escapes from the text", () => {
    const clip = validEnvelope();
    clip.agenda.items[0]!.title = "Budget\u001b[31m röd\u001b[0m\u0007 2024\u0000\u009b2J";
    clip.agenda.items[0]!.number = "7\u007f";
    clip.agenda.committee = "Social\tnämnden\r\n";
    clip.source.title = "\u001b]0;titel\u0007Februari";
    const result = validateEnvelope(clip);
    expect(result.ok && result.envelope.agenda.items[0]).toMatchObject({
      title: "Budget röd 2024",
      number: "7",
    });
    expect(result.ok && result.envelope.agenda.committee).toBe("Social nämnden  ");
    expect(result.ok && result.envelope.source.title).toBe("Februari");
  });

  // Issue 10 item 8: one sentence in the user's terms, never seven run-together field paths.
  it("refuses a file that is no clip with one sentence", () => {
    for (const value of [{ sections: [] }, { kind: "other" }, [], "text", null]) {
      expect(validateEnvelope(value)).toEqual({
        ok: false,
        errors: ["Filen är inget klipp från Samverkansprotokoll."],
      });
    }
    expect(validateEnvelope({ ...validEnvelope(), version: 9 })).toEqual({
      ok: false,
      errors: [
        "Klippet kommer från en nyare version av webbläsartillägget. Uppdatera Word-tillägget och försök igen.",
      ],
    });
  });

  it("names the field and the problem in words", () => {
    const longTitle = validEnvelope();
    longTitle.agenda.items[0]!.title = "x".repeat(LIMITS.title + 1);
    expect(validateEnvelope(longTitle)).toEqual({
      ok: false,
      errors: ["Klippet kunde inte läsas: rubriken i punkt 7 har fler än 500 tecken."],
    });
    const noTitle = validEnvelope() as unknown as { agenda: { items: Record<string, unknown>[] } };
    delete noTitle.agenda.items[0]!.title;
    expect(validateEnvelope(noTitle)).toEqual({
      ok: false,
      errors: ["Klippet kunde inte läsas: rubriken i punkt 7 saknas."],
    });
    const badDate = { ...validEnvelope(), agenda: { ...validEnvelope().agenda, meetingDate: "20 feb" } };
    expect(validateEnvelope(badDate)).toEqual({
      ok: false,
      errors: ["Klippet kunde inte läsas: sammanträdesdatumet har fel format."],
    });
    const extra = { ...validEnvelope(), html: "<b>x</b>", id: "<script>" };
    expect(validateEnvelope(extra)).toEqual({
      ok: false,
      errors: ["Klippet kunde inte läsas: klippets id har fel format (och 1 fel till)."],
    });
    const extraOnly = { ...validEnvelope(), html: "<b>x</b>" };
    expect(validateEnvelope(extraOnly)).toEqual({
      ok: false,
      errors: ["Klippet kunde inte läsas: det har en uppgift som inte hör till ett klipp."],
    });
  });

  it("says how many items a too long list has, and that an empty one has none", () => {
    const many = validEnvelope();
    many.agenda.items = Array.from({ length: LIMITS.items + 1 }, () => validEnvelope().agenda.items[0]!);
    expect(validateEnvelope(many)).toEqual({
      ok: false,
      errors: [
        "Klippet har 501 punkter, fler än de 500 som ryms i ett klipp. Dela upp föredragningslistan i flera klipp.",
      ],
    });
    const none = { ...validEnvelope(), agenda: { ...validEnvelope().agenda, items: [] } };
    expect(validateEnvelope(none)).toEqual({ ok: false, errors: ["Klippet innehåller inga punkter."] });
  });

  it("refuses oversized JSON before parsing it", () => {
    const huge = JSON.stringify({ ...validEnvelope(), pad: "x".repeat(LIMITS.envelopeBytes) });
    expect(parseEnvelopeJson(huge)).toEqual({
      ok: false,
      errors: ["Klippet är för stort (högst 512 kB). Dela upp föredragningslistan i flera klipp."],
    });
  });

  it("reports malformed JSON in Swedish", () => {
    const result = parseEnvelopeJson("{not json");
    expect(result).toEqual({ ok: false, errors: ["Klippet kunde inte läsas: det är inte giltig JSON."] });
  });

  it("never throws on arbitrary input, and every refusal is one sentence", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = validateEnvelope(value);
        if (!result.ok) expect(result.errors).toHaveLength(1);
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

/** Strings a hostile page could put in an href: URL-ish pieces, quotes, backslashes, controls, escapes. */
const hostileHref = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "https://",
        "http://",
        "HTTPS:",
        "javascript:",
        "data:",
        "//",
        "\\",
        '"',
        "'",
        "<",
        ">",
        " ",
        "%2e%2e/",
        "../",
        "?",
        "#",
        "@",
        ":",
        "\u0000",
        "\u001b[31m",
        "\u007f",
        "\u009b",
        "\t",
        "\n",
        "ä",
        "ok.example",
        "/a",
      ),
      fc.string({ maxLength: 4 }),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(""));

describe("envelope hrefs (property)", () => {
  // Issue 11: whatever is accepted comes back as the parser's own http(s) serialisation, inert as markup.
  it("keeps a link only as its normalised http(s) form", () => {
    fc.assert(
      fc.property(hostileHref, (href) => {
        const result = validateEnvelope(withLinks(href));
        expect(result.ok).toBe(true);
        const links = result.ok ? result.envelope.agenda.items[0]!.links : [];
        for (const link of links) {
          expect(new URL(link.href).href).toBe(link.href);
          expect(["http:", "https:"]).toContain(new URL(link.href).protocol);
          expect(link.href).not.toMatch(/["<>\\\s\u0000-\u001f\u007f-\u009f]/);
        }
        // A link is either kept as the parser's form of what was given, or dropped with a notice.
        if (links.length === 0) expect(result.ok && result.notices).toHaveLength(1);
        else expect(links[0]!.href).toBe(new URL(href).href);
      }),
      { numRuns: 2000 },
    );
  });

  it("leaves no control character in any text field", () => {
    const hostileText = fc.string({ unit: "binary", maxLength: 40 });
    fc.assert(
      fc.property(hostileText, hostileText, hostileText, (title, number, committee) => {
        const clip = validEnvelope();
        clip.agenda.items[0]!.title = `T${title}`;
        clip.agenda.items[0]!.number = number.slice(0, 20);
        clip.agenda.committee = committee;
        const result = validateEnvelope(clip);
        if (!result.ok) return;
        const texts = [
          result.envelope.agenda.items[0]!.title,
          result.envelope.agenda.items[0]!.number,
          result.envelope.agenda.committee,
        ];
        for (const text of texts) expect(text ?? "").not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
      }),
      { numRuns: 1000 },
    );
  });
});
