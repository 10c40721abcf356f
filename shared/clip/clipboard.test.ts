import fc from "fast-check";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { clipFileName, clipToHtml, clipToPlainText } from "./clipboard";
import { CLIP_ATTRIBUTE, readClipboardHtml } from "./clipboard-read";
import { type ClipEnvelope, validateEnvelope } from "./envelope";

function envelope(overrides: Partial<ClipEnvelope["agenda"]> = {}): ClipEnvelope {
  return {
    kind: "sp-clip",
    version: 1,
    id: "3f1c2a9e-1111-4222-8333-444455556666",
    createdAt: "2024-02-13T10:00:00.000Z",
    source: { url: "https://intranat.example.se/sn?m=2024-02&x=1", title: "Socialnämnden februari" },
    agenda: {
      committee: "Socialnämnden",
      meetingDate: "2024-02-20",
      items: [
        {
          number: "§ 12",
          title: 'Budget 2024 – "Äldreomsorg" & <hemtjänst>',
          dnr: ["SN 2023/123"],
          mbl: "mbl11",
          procedural: false,
          links: [{ text: "Tjänsteutlåtande", href: "https://intranat.example.se/u/1.pdf?a=1&b=2" }],
        },
        {
          number: "7 a",
          title: "Ekonomisk uppföljning",
          dnr: [],
          mbl: "mbl19",
          procedural: false,
          links: [],
        },
        { number: null, title: "Övriga frågor", dnr: [], mbl: null, procedural: false, links: [] },
      ],
      ...overrides,
    },
  };
}

/** Parses the HTML as a browser would, so the test sees the DOM Word's paste importer sees. */
function domOf(html: string) {
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}

describe("clipToHtml", () => {
  it("puts the envelope on the root element and lists every item with its number, title, dnr and links", () => {
    const clip = envelope();
    const doc = domOf(clipToHtml(clip));
    const root = doc.body.firstElementChild!;
    expect(root.hasAttribute(CLIP_ATTRIBUTE)).toBe(true);
    expect(JSON.parse(root.getAttribute(CLIP_ATTRIBUTE)!)).toEqual(clip);
    const items = [...doc.querySelectorAll("li")].map((li) => li.textContent);
    expect(items).toHaveLength(3);
    expect(items[0]).toContain('§ 12 Budget 2024 – "Äldreomsorg" & <hemtjänst> (Dnr SN 2023/123)');
    expect(items[1]).toContain("7 a Ekonomisk uppföljning");
    const link = doc.querySelector("li a")!;
    expect(link.getAttribute("href")).toBe("https://intranat.example.se/u/1.pdf?a=1&b=2");
    expect(link.textContent).toBe("Tjänsteutlåtande");
  });

  it("never turns clipped text into markup", () => {
    const clip = envelope();
    clip.agenda.items[0]!.title = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const doc = domOf(clipToHtml(clip));
    expect(doc.querySelector("img")).toBeNull();
    expect(doc.querySelector("script")).toBeNull();
    expect(doc.querySelector("li")!.textContent).toContain("<img src=x");
  });

  it("groups items by MBL class in the minutes' order, and not at all when none is classified", () => {
    const grouped = domOf(clipToHtml(envelope()));
    expect([...grouped.querySelectorAll("ul")]).toHaveLength(3);
    // One form of the class everywhere, "MBL § 11", the parts held together by no-break spaces.
    expect(grouped.body.textContent).toMatch(
      /Samverkas motsvarande MBL\u00a0§\u00a011.*Information enligt MBL\u00a0§\u00a019.*Övrigt/s,
    );
    const clip = envelope();
    for (const item of clip.agenda.items) item.mbl = null;
    const flat = domOf(clipToHtml(clip));
    expect([...flat.querySelectorAll("ul")]).toHaveLength(1);
    expect(flat.body.textContent).not.toContain("MBL");
  });
});

describe("clipToHtml without an address", () => {
  it("names a document opened from disk as text, with no link, and the clip reads back", () => {
    const clip = { ...envelope(), source: { url: null, title: "kallelse <1>.pdf" } };
    const html = clipToHtml(clip);
    const source = [...domOf(html).querySelectorAll("p")].at(-1)!;
    expect(source.textContent).toBe("Källa: kallelse <1>.pdf");
    expect(source.querySelector("a")).toBeNull();
    expect(readClipboardHtml(html)).toEqual({ ok: true, envelope: clip, notices: [] });
  });
});

describe("clipToPlainText", () => {
  it("is readable text with the header, every item, its links and the source", () => {
    const text = clipToPlainText(envelope());
    expect(text).toContain("Socialnämnden, sammanträde 2024-02-20");
    expect(text).toContain("§ 12 Budget 2024");
    expect(text).toContain("(Dnr SN 2023/123)");
    expect(text).toContain("Tjänsteutlåtande: https://intranat.example.se/u/1.pdf?a=1&b=2");
    expect(text).toContain("Övriga frågor");
    expect(text).toContain("<https://intranat.example.se/sn?m=2024-02&x=1>");
    expect(text).not.toContain("&amp;");
  });

  it("names a document opened from disk by its file name alone", () => {
    const clip = { ...envelope(), source: { url: null, title: "kallelse.pdf" } };
    expect(clipToPlainText(clip).trimEnd().split("\n").at(-1)).toBe("Källa: kallelse.pdf");
  });
});

describe("readClipboardHtml", () => {
  it("reads back what clipToHtml wrote", () => {
    const clip = envelope();
    expect(readClipboardHtml(clipToHtml(clip))).toEqual({ ok: true, envelope: clip, notices: [] });
  });

  it("reads the envelope after a browser re-serialised the HTML (as a clipboard round trip does)", () => {
    const clip = envelope();
    const doc = domOf(clipToHtml(clip));
    const reserialised = `<meta charset="utf-8">${doc.body.innerHTML}`;
    expect(readClipboardHtml(reserialised)).toEqual({ ok: true, envelope: clip, notices: [] });
    // Windows CF_HTML framing and single quotes.
    const json = JSON.stringify(clip).replace(/&/g, "&amp;").replace(/'/g, "&#39;");
    const framed = `Version:0.9\r\nStartHTML:00000097\r\n<html><body><!--StartFragment--><div ${CLIP_ATTRIBUTE}='${json}'><ul><li>x</li></ul></div><!--EndFragment--></body></html>`;
    expect(readClipboardHtml(framed)).toEqual({ ok: true, envelope: clip, notices: [] });
  });

  it("is null for an ordinary paste without a clip", () => {
    expect(readClipboardHtml("<p>Hej <b>världen</b></p>")).toBeNull();
    expect(readClipboardHtml("")).toBeNull();
    expect(readClipboardHtml("<p>data-sp-clip is mentioned in text</p>")).toBeNull();
  });

  it("drops a tampered link with a Swedish notice, and refuses a broken clip in one sentence", () => {
    const clip = envelope();
    const html = clipToHtml(clip).replace("https://intranat.example.se/u/1.pdf", "javascript:alert(1)//");
    const result = readClipboardHtml(html);
    expect(result).toMatchObject({
      ok: true,
      notices: ["Punkt 12 har en länk som inte är en webbadress: den togs bort."],
    });
    expect(result?.ok && result.envelope.agenda.items[0]!.links).toEqual([]);
    const broken = readClipboardHtml(`<div ${CLIP_ATTRIBUTE}="{not json">x</div>`);
    expect(broken).toEqual({ ok: false, errors: ["Klippet kunde inte läsas: det är inte giltig JSON."] });
  });

  // Issue 11 item 12: escapes written into the JSON by a hand-made clip are stripped when it is read.
  it("strips control characters and terminal escapes from a pasted clip", () => {
    const clip = envelope();
    clip.agenda.items[1]!.title = "Ekonomisk\u001b[2J\u0007 uppföljning\u009b31m";
    const html = clipToHtml(clip);
    // The visible list and the plain text are clean even before the clip is validated.
    expect(domOf(html).querySelectorAll("li")[1]!.textContent).toBe("7 a Ekonomisk uppföljning");
    expect(clipToPlainText(clip)).toContain("7 a Ekonomisk uppföljning\n");
    const result = readClipboardHtml(html);
    expect(result?.ok && result.envelope.agenda.items[1]!.title).toBe("Ekonomisk uppföljning");
    const text = result?.ok ? clipToPlainText(result.envelope) : "";
    expect(text).toContain("7 a Ekonomisk uppföljning");
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });

  it("round-trips any valid envelope (property)", () => {
    const text = fc.string({ maxLength: 40 });
    const item = fc.record({
      number: fc.option(fc.string({ maxLength: 20 }), { nil: null }),
      title: fc.string({ minLength: 1, maxLength: 60 }).filter((value) => value.trim().length > 0),
      dnr: fc.array(fc.string({ maxLength: 60 }), { maxLength: 3 }),
      mbl: fc.constantFrom("mbl11" as const, "mbl19" as const, null),
      procedural: fc.boolean(),
      links: fc.array(fc.record({ text, href: fc.webUrl() }), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 5 }), text, (items, committee) => {
        const clip = envelope({ items, committee });
        const valid = validateEnvelope(clip);
        fc.pre(valid.ok);
        if (!valid.ok) return;
        const html = clipToHtml(valid.envelope);
        expect(readClipboardHtml(html)).toEqual({ ok: true, envelope: valid.envelope, notices: [] });
        // The whole envelope is inside one attribute: no element other than the builder's own.
        const tags = new Set(
          [...domOf(html).body.querySelectorAll("*")].map((el) => el.tagName.toLowerCase()),
        );
        for (const tag of tags) expect(["div", "p", "strong", "ul", "li", "a"]).toContain(tag);
      }),
    );
  });
});

describe("clipFileName", () => {
  it("names the file after the committee and date, ASCII only", () => {
    expect(clipFileName(envelope())).toBe("socialnamnden-2024-02-20-3f1c2a9e.json");
    expect(clipFileName(envelope({ committee: null, meetingDate: null }))).toBe("klipp-3f1c2a9e.json");
  });

  it("writes one hyphen where the name had a hyphen and a space, or several signs in a row", () => {
    expect(clipFileName(envelope({ committee: "Barn- och utbildningsnämnden" }))).toBe(
      "barn-och-utbildningsnamnden-2024-02-20-3f1c2a9e.json",
    );
    expect(clipFileName(envelope({ committee: "Kultur – & fritid", meetingDate: null }))).toBe(
      "kultur-fritid-3f1c2a9e.json",
    );
  });
});
