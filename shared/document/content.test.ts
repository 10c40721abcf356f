import { describe, expect, it } from "vitest";
import type { Meeting } from "../model/meeting";
import {
  agendaItemBlock,
  type Block,
  headingText,
  isBlankText,
  rosterField,
  rosterParagraphs,
  sectionBlocks,
  textFingerprint,
  writtenFingerprint,
} from "./content";

const empty: Meeting = {
  type: "fsg-vsg",
  date: "2024-04-29",
  roster: { employer: [], unions: [], absent: [] },
  justerare: [],
};
const texts = (blocks: { runs: { text: string }[] }[]) =>
  blocks.map((b) => b.runs.map((r) => r.text).join(""));

describe("minutes content", () => {
  it("numbers headings the way the templates write them", () => {
    expect(headingText("1", "Mötets öppnande")).toBe("1. Mötets öppnande");
    expect(headingText("§ 12", "Val av justerare")).toBe("§ 12 Val av justerare");
    expect(headingText("7 a)", "Budget")).toBe("7 a) Budget");
    expect(headingText(null, "Information")).toBe("Information");
    expect(headingText("  ", "Information")).toBe("Information");
  });

  it("leaves a line to fill in under an empty roster", () => {
    expect(texts(rosterParagraphs(empty, "Närvarande", 1))).toEqual(["Närvarande", ""]);
  });

  it("writes each union's delegation on one line, unions and people in the order entered (example 004)", () => {
    const meeting: Meeting = {
      ...empty,
      roster: {
        employer: [{ name: "Lee Orberon", title: "stadsdelsdirektör" }],
        // Rows as the Möte form keeps them while editing: one delegation per row, a union may come back.
        unions: [
          { org: "vision", people: [{ name: "Mimmi Petrini" }] },
          { org: "kommunal", people: [{ name: "Charlotte Andersson" }] },
          { org: "ssr", people: [{ name: "Liselotte Näslund" }, { name: "Malin Nordqvist" }] },
          { org: "kommunal", people: [{ name: "Piero Cima" }] },
          { org: "ledarna", people: [] },
        ],
        absent: [],
      },
    };
    expect(texts(rosterParagraphs(meeting, "Närvarande", 1))).toEqual([
      "Närvarande",
      "Arbetsgivarföreträdare",
      "Lee Orberon, stadsdelsdirektör",
      "Fackliga företrädare",
      "Vision: Mimmi Petrini",
      "Kommunal: Charlotte Andersson, Piero Cima",
      "Akademikerförbundet SSR: Liselotte Näslund, Malin Nordqvist",
    ]);
  });

  it("lists absent people and organisations as the minutes write them", () => {
    const meeting = {
      ...empty,
      roster: {
        ...empty.roster,
        absent: [{ org: "vision" }, { name: "Eva Öst", org: "ssr" }, { name: "Bo Ek" }, {}],
      },
    };
    expect(texts(rosterParagraphs(meeting, "Närvarande", 1))).toEqual([
      "Närvarande",
      "Förhinder",
      "Vision",
      "Eva Öst, Akademikerförbundet SSR",
      "Bo Ek",
    ]);
  });

  it("writes an agenda item without dnr, class or links as its heading alone", () => {
    const block = agendaItemBlock({
      number: null,
      title: "Övrigt",
      dnr: [],
      mbl: null,
      procedural: false,
      links: [],
    });
    expect(texts(block.paragraphs)).toEqual(["Övrigt"]);
    expect(block.mark).toEqual({ kind: "agenda", key: "nr-x-ovrigt" });
  });

  it("drops links that are not http(s) and keeps the rest as hyperlinked runs", () => {
    const block = agendaItemBlock({
      number: "3",
      title: "Lokaler",
      dnr: [],
      mbl: "mbl19",
      procedural: false,
      links: [
        { text: "", href: "https://example.org/x.pdf" },
        { text: "Fil", href: "file:///C:/x.pdf" },
      ],
    });
    const links = block.paragraphs.at(-1)!.runs;
    expect(links).toEqual([
      { text: "Underlag: " },
      { text: "https://example.org/x.pdf", href: "https://example.org/x.pdf" },
    ]);
    expect(texts(block.paragraphs)[1]).toBe("Nämndens punkt 3 – Information enligt MBL § 19");
  });

  it("writes the committee's number after the title, apart from the minutes' own numbering (example 004)", () => {
    const item = (number: string | null) =>
      texts(
        agendaItemBlock({
          number,
          title: "Sammanslagning av förskoleenheter",
          dnr: ["HÅ 2023/776"],
          mbl: "mbl11",
          procedural: false,
          links: [],
        }).paragraphs,
      );
    expect(item("4.")).toEqual([
      "Sammanslagning av förskoleenheter",
      "Nämndens punkt 4 – Dnr: HÅ 2023/776 – Samverkas motsvarande MBL § 11",
    ]);
    expect(item("§12")[1]).toMatch(/^Nämndens § 12 – /);
    expect(item("Punkt 7 a)")[1]).toMatch(/^Nämndens punkt 7 a – /);
    expect(item(null)[1]).toBe("Dnr: HÅ 2023/776 – Samverkas motsvarande MBL § 11");
  });

  it("writes an item's statements heading under it, but not when the item is itself those statements", () => {
    const lines = (blocks: Block[]) =>
      blocks
        .flatMap((block) => (block.type === "paragraph" ? [block] : block.paragraphs))
        .map((p) => `${p.style}: ${p.runs.map((r) => r.text).join("")}`);
    const context = { meeting: empty, statementsHeading: "Fackliga synpunkter" };
    expect(
      lines(
        sectionBlocks(
          { id: "budget", number: "§ 3", title: "Budget", kind: "item", holdsStatements: true },
          context,
        ),
      ),
    ).toEqual(["Heading1: § 3 Budget", "Heading2: Fackliga synpunkter", "Normal: "]);
    expect(
      lines(
        sectionBlocks(
          {
            id: "synpunkter",
            number: "§ 4",
            title: "Fackliga synpunkter",
            kind: "item",
            holdsStatements: true,
          },
          context,
        ),
      ),
    ).toEqual(["Heading1: § 4 Fackliga synpunkter", "Normal: "]);
  });
});

describe("the roster field's fingerprint", () => {
  it("is the same for the text as Word reads it back (paragraph breaks, spaces around lines) and differs on any edit", () => {
    const written = "Arbetsgivarföreträdare\nAnna Ek, förvaltningschef";
    expect(textFingerprint("Arbetsgivarföreträdare\r Anna Ek, förvaltningschef \r")).toBe(
      textFingerprint(written),
    );
    expect(textFingerprint("Arbetsgivarföreträdare\nAnna Ek, förvaltningschef (från kl. 10)")).not.toBe(
      textFingerprint(written),
    );
    expect(textFingerprint("Arbetsgivarföreträdare\nAnna Ek förvaltningschef")).not.toBe(
      textFingerprint(written),
    );
  });

  it("keeps the section's depth beside it in the tag, and reads no other shape", () => {
    const field = rosterField(
      { ...empty, roster: { employer: [{ name: "Bo Ström" }], unions: [], absent: [] } },
      2,
    );
    expect(texts(field.paragraphs)).toEqual(["Arbetsgivarföreträdare", "Bo Ström"]);
    expect(field.paragraphs[0]!.style).toBe("Heading3");
    const parsed = writtenFingerprint(`sp:falt:narvarande:${field.fingerprint}`, "närvarande");
    expect(parsed?.depth).toBe(2);
    expect(parsed?.text).toBe(textFingerprint("Arbetsgivarföreträdare\nBo Ström"));
    expect(writtenFingerprint("sp:falt:narvarande", "närvarande")).toBeNull();
    expect(writtenFingerprint("sp:falt:narvarande:x.abc", "närvarande")).toBeNull();
    expect(writtenFingerprint(`sp:falt:justerare:${field.fingerprint}`, "närvarande")).toBeNull();
    expect(writtenFingerprint("sp:falt:justerare:k3j9x2", "justerare")).toEqual({ depth: 1, text: "k3j9x2" });
  });

  it("counts a field of blank lines as empty", () => {
    expect(isBlankText("\r \r")).toBe(true);
    expect(isBlankText("Bo Ström")).toBe(false);
  });
});
