import { describe, expect, it } from "vitest";
import { templateById } from "../../shared/templates/registry";
import { installWordDouble } from "../../test/double/word-double/install";
import { markDisagreement, markStatement } from "./marking";
import { newMinutes } from "./minutes";
import { indexFromControls, readIndex } from "./read-index";
import { measured, useWordDouble } from "./testing/double";
import { sampleMeeting } from "./testing/fixtures";

const double = useWordDouble();

/** A document as older versions wrote it: whole sections and agenda items wrapped, marks nested inside. */
const olderDocument = [
  { tag: "sp:punkt:narvarande", title: "Punkt: Närvarande", text: "Närvarande\rAnna Ek" },
  { tag: "sp:punkt:omorg", title: "Punkt: 4. Omorganisation", text: "4. Omorganisation\rFörslag…" },
  { tag: "sp:inspel:kommunal:aaaa1111", title: "Inspel: Kommunal", text: " Kommunal är positiva. " },
  { tag: "other-addin:thing", title: "Någon annans", text: "x" },
  { tag: "sp:oenighet:kommunal+vision:bbbb2222", title: "Oenighet: Kommunal, Vision", text: "Oeniga." },
  {
    tag: "sp:punkt:foredragningslistan",
    title: "Punkt: Föredragningslistan",
    text: "Föredragningslistan\r7. Budget",
  },
  { tag: "sp:agenda:dnr-sn-2024-1", title: "Ärende: Budget", text: "7. Budget\rDnr: SN 2024/1" },
  { tag: "sp:inspel:arbetsgivaren:cccc3333", title: "Inspel: Arbetsgivaren", text: "AG svarar." },
  { tag: "sp:justering", title: "Justering", text: "Anna Ek justerar…" },
  { tag: "sp:inspel:ssr:dddd4444", title: "Inspel: SSR", text: "Efter justeringen." },
].map((control, i) => ({ id: 101 + i, ...control }));

describe("indexFromControls", () => {
  it("reads a document with whole-section controls as it always did", () => {
    const index = indexFromControls(olderDocument);
    expect(index.sections.map((s) => s.title)).toEqual([
      "Närvarande",
      "4. Omorganisation",
      "Föredragningslistan",
      "7. Budget",
    ]);
    expect(index.statements).toEqual([
      {
        id: "103",
        org: "kommunal",
        sectionId: "102",
        sectionTitle: "4. Omorganisation",
        text: "Kommunal är positiva.",
      },
      { id: "108", org: "arbetsgivaren", sectionId: "107", sectionTitle: "7. Budget", text: "AG svarar." },
      { id: "110", org: "ssr", text: "Efter justeringen." },
    ]);
    expect(index.disagreements).toEqual([
      {
        id: "105",
        orgs: ["kommunal", "vision"],
        sectionId: "102",
        sectionTitle: "4. Omorganisation",
        text: "Oeniga.",
      },
    ]);
    expect(index.agendaItemKeys).toEqual(["dnr-sn-2024-1"]);
    expect(index.hasJustering).toBe(true);
  });

  it("keeps a copied mark (same tag, new control) as its own entry", () => {
    const copy = { tag: "sp:inspel:vision:eeee5555", title: "Inspel: Vision", text: "Samma text." };
    const index = indexFromControls([
      { id: 1, ...copy },
      { id: 2, ...copy },
    ]);
    expect(index.statements.map((s) => s.id)).toEqual(["1", "2"]);
  });

  it("outside section controls, takes the item recorded in the mark's title (no section id)", () => {
    const index = indexFromControls([
      {
        id: 1,
        tag: "sp:oenighet:kommunal:aaaa1111",
        title: "Oenighet: Kommunal · 17. Föranmälda frågor",
        text: "Oeniga.",
      },
      { id: 2, tag: "sp:inspel:ssr:bbbb2222", title: "Inspel: Akademikerförbundet SSR", text: "Utan punkt." },
      { id: 3, tag: "sp:punkt:budget", title: "Samverkansprotokoll", text: "7. Budget" },
      { id: 4, tag: "sp:inspel:vision:cccc3333", title: "Inspel: Vision · Annan rubrik", text: "I punkten." },
    ]);
    expect(index.disagreements).toEqual([
      { id: "1", orgs: ["kommunal"], sectionTitle: "17. Föranmälda frågor", text: "Oeniga." },
    ]);
    // A heading control before the mark wins over what its title recorded.
    expect(index.statements).toEqual([
      { id: "2", org: "ssr", text: "Utan punkt." },
      { id: "4", org: "vision", sectionId: "3", sectionTitle: "7. Budget", text: "I punkten." },
    ]);
  });

  it("falls back to the control's title when the user emptied a section's heading", () => {
    const index = indexFromControls([{ id: 5, tag: "sp:punkt:x", title: "Punkt: Ekonomi", text: "\rtext" }]);
    expect(index.sections).toEqual([{ id: "5", tag: "sp:punkt:x", title: "Punkt: Ekonomi" }]);
  });
});

describe("readIndex", () => {
  it("reads minutes made from a template with heading controls, in one sync", async () => {
    await newMinutes(templateById("forvaltningsgrupp")!, sampleMeeting);
    const at = (text: string) =>
      double()
        .paragraphs()
        .findIndex((p) => p.text === text);
    const slot = at("16. Föranmälda frågor") + 1; // the line to write in under the heading
    double().model.paragraphs[slot]!.runs = [{ text: "Kommunal är oenig." }];
    double().setSelection(slot);
    const oenighet = await markDisagreement(["kommunal"]);
    const statement = await markStatement("vision");
    const heading = double()
      .contentControls()
      .find((c) => c.tag === "sp:punkt:foranmalda-fragor")!;

    const { result: index, syncs } = await measured(double(), readIndex);
    expect(syncs).toBe(1);
    expect(index.statements).toEqual([
      {
        id: statement.id,
        org: "vision",
        sectionId: String(heading.id),
        sectionTitle: "16. Föranmälda frågor",
        text: "Kommunal är oenig.",
      },
    ]);
    expect(index.disagreements).toEqual([
      {
        id: oenighet.id,
        orgs: ["kommunal"],
        sectionId: String(heading.id),
        sectionTitle: "16. Föranmälda frågor",
        text: "Kommunal är oenig.",
      },
    ]);
    expect(index.sections.map((s) => s.title).slice(0, 4)).toEqual([
      "Närvarande",
      "1. Mötets öppnande",
      "2. Godkännande av dagordningen",
      "3. Val av justerare",
    ]);
    // 18 items, Närvarande, the group "Ärenden till nämnden" and its two MBL parts.
    expect(index.sections).toHaveLength(21);
    expect(index.hasJustering).toBe(true);
  });

  it("gives the same index for the same minutes written with heading controls or with whole-section controls", async () => {
    const text = [
      { text: "Protokoll", style: "Title" },
      { text: "4. Budget", style: "Heading1" },
      "Kommunal är oenig.",
      { text: "5. Övrigt", style: "Heading1" },
      "Inget.",
    ];
    const read = async (spans: [number, number, string, string][]) => {
      double().setParagraphs(text);
      await wrap(spans);
      const index = await readIndex();
      const ids = new Map(index.sections.map((s) => [s.id, s.tag]));
      const withoutIds = <T extends { id: string; sectionId?: string }>(list: T[]) =>
        list.map(({ id: _, sectionId, ...rest }) => ({ ...rest, section: sectionId && ids.get(sectionId) }));
      return {
        sections: index.sections.map(({ tag, title }) => ({ tag, title })),
        disagreements: withoutIds(index.disagreements),
        statements: withoutIds(index.statements),
      };
    };
    const heading = await read([
      [1, 1, "sp:punkt:budget", "Samverkansprotokoll"],
      [3, 3, "sp:punkt:ovrigt", "Samverkansprotokoll"],
      [2, 2, "sp:oenighet:kommunal:aaaa1111", "Oenighet: Kommunal"],
    ]);
    // The mark first: the section wrapped around it afterwards takes it in.
    const whole = await read([
      [2, 2, "sp:oenighet:kommunal:aaaa1111", "Oenighet: Kommunal"],
      [1, 2, "sp:punkt:budget", "Punkt: 4. Budget"],
      [3, 4, "sp:punkt:ovrigt", "Punkt: 5. Övrigt"],
    ]);
    expect(whole).toEqual(heading);
    expect(heading).toEqual({
      sections: [
        { tag: "sp:punkt:budget", title: "4. Budget" },
        { tag: "sp:punkt:ovrigt", title: "5. Övrigt" },
      ],
      disagreements: [
        {
          orgs: ["kommunal"],
          sectionTitle: "4. Budget",
          text: "Kommunal är oenig.",
          section: "sp:punkt:budget",
        },
      ],
      statements: [],
    });
  });

  it("loads only headings and marked text: the text written under the headings costs nothing", async () => {
    await newMinutes(templateById("forvaltningsgrupp")!, sampleMeeting);
    const empty = (await measured(double(), readIndex)).bytes;
    const long = "Förvaltningschefen redogjorde för budgetläget och prognosen för året. ".repeat(8);
    for (const p of double().model.paragraphs)
      if (p.text === "" && p.style === "Normal") p.runs = [{ text: long }];
    const written = (await measured(double(), readIndex)).bytes;
    expect(written).toBe(empty);
    expect(empty).toBeLessThan(6_000);
  });

  it("gives an empty index for a document without our marks", async () => {
    double().setParagraphs(["Fritext"]);
    expect(await readIndex()).toEqual({
      sections: [],
      statements: [],
      disagreements: [],
      agendaItemKeys: [],
      hasJustering: false,
    });
  });

  it("under track changes, lists a mark's text as the reader sees it, without deleted words", async () => {
    double().setParagraphs([{ text: "Budget", style: "Heading1" }, "Kommunal är oenig."]);
    double().setSelection(1);
    await markDisagreement(["kommunal"]);
    double().setTracking(true);
    // The secretary deletes "inte " with track changes on: Word keeps it in the text, struck through.
    double().model.paragraphs[1]!.runs = [
      { text: "Kommunal är " },
      { text: "inte ", deleted: true },
      { text: "oenig." },
    ];
    const { result, syncs } = await measured(double(), readIndex);
    expect(syncs).toBe(2);
    expect(result.disagreements.map((d) => d.text)).toEqual(["Kommunal är oenig."]);
  });

  it("without WordApi 1.4 it cannot ask for the reviewed text, and reads the text as Word has it", async () => {
    double().uninstall();
    const local = installWordDouble(globalThis, { wordApi: "1.3" });
    try {
      local.setParagraphs(["Kommunal är oenig."]);
      await markDisagreement(["kommunal"]);
      local.setTracking(true);
      local.model.paragraphs[0]!.runs = [
        { text: "Kommunal är " },
        { text: "inte ", deleted: true },
        { text: "oenig." },
      ];
      expect((await readIndex()).disagreements.map((d) => d.text)).toEqual(["Kommunal är inte oenig."]);
    } finally {
      local.uninstall();
    }
  });
});

/** Wraps paragraphs from..to in a control with this tag and title, as the add-in (or an older version) did. */
async function wrap(spans: [number, number, string, string][]) {
  await Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("text");
    await context.sync();
    for (const [from, to, tag, title] of spans) {
      const range = paragraphs.items[from]!.getRange("Whole").expandTo(
        paragraphs.items[to]!.getRange("Whole"),
      );
      const control = range.insertContentControl();
      control.tag = tag;
      control.title = title;
    }
    await context.sync();
  });
}
