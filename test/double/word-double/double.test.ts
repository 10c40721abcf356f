import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createWordOps } from "../../../addin/word/create-word-ops";
import { sampleMeeting } from "../../../addin/word/testing/fixtures";
import { builtinTemplates, templateById } from "../../../shared/templates/registry";
import { installWordDouble, type WordDouble } from "./install";

const meeting = sampleMeeting;

let double: WordDouble;
beforeEach(() => {
  double = installWordDouble(globalThis);
});
afterEach(() => double.uninstall());

const indexOfText = (text: string) => double.paragraphs().findIndex((p) => p.text.includes(text));

describe("Word test double running the real adapter", () => {
  it.each(builtinTemplates.map((t) => [t.id, t] as const))(
    "newMinutes → readIndex round-trips for %s",
    async (_, template) => {
      const ops = createWordOps();
      await ops.newMinutes(template, meeting);
      const index = await ops.readIndex();
      const punkts = double.contentControls().filter((c) => c.tag.startsWith("sp:punkt:"));
      expect(index.sections.map((s) => [s.id, s.tag])).toEqual(punkts.map((c) => [String(c.id), c.tag]));
      expect(index.hasJustering).toBe(true);
      expect(double.paragraphs().some((p) => p.style === "Title")).toBe(true);
      expect(double.droppedOperations).toBe(0);
    },
  );

  it("marks a statement and an oenighet, rewrites the justering with the section, and removes a mark", async () => {
    const ops = createWordOps();
    const template = templateById("forvaltningsgrupp")!;
    await ops.newMinutes(template, meeting);
    const headingIndex = double
      .paragraphs()
      .findIndex((p) => p.style === "Heading1" && /^\d+\. /.test(p.text));
    const heading = double.paragraphs()[headingIndex]!;
    double.setSelection(headingIndex + 1);
    const statement = await ops.markStatement("vision");
    double.setSelection(headingIndex + 1);
    const syncsBefore = double.syncCount;
    const oenighet = await ops.markDisagreement(["kommunal"]);
    expect(oenighet.sectionTitle).toBe(heading.text);
    // Inside a section the enclosing control names the item: one sync, nothing recorded in the title.
    expect(double.syncCount - syncsBefore).toBe(1);
    expect(double.contentControls().find((c) => c.id === Number(oenighet.id))?.title).toBe(
      "Oenighet: Kommunal",
    );

    const index = await ops.readIndex();
    expect(index.statements).toMatchObject([{ id: statement.id, org: "vision", sectionTitle: heading.text }]);
    expect(index.disagreements).toMatchObject([
      { id: oenighet.id, orgs: ["kommunal"], sectionTitle: heading.text },
    ]);

    await ops.rewriteJustering(meeting, template);
    const justering = double.contentControls().find((c) => c.tag === "sp:justering")!;
    expect(justering.text).toMatch(/Charlotte Andersson för Kommunal \(oenighet under .+\)/);
    expect(justering.text).not.toMatch(/Anna Ek för arbetsgivaren \(oenighet/);

    const before = double.text();
    await ops.removeMark(statement.id);
    expect(double.text()).toBe(before);
    expect((await ops.readIndex()).statements).toEqual([]);
  });

  it("inserts a section after the section the cursor is in", async () => {
    const ops = createWordOps();
    const template = templateById("skyddskommitte")!;
    await ops.newMinutes(template, meeting);
    const first = double.contentControls().find((c) => c.tag.startsWith("sp:punkt:") && c.to > c.from)!;
    double.setSelection(first.from + 1);
    await ops.insertSection({ id: "lokaler", title: "Lokaler", kind: "item" }, template, meeting);
    const controls = double.contentControls();
    const inserted = controls.find((c) => c.tag === "sp:punkt:lokaler")!;
    expect(inserted.from).toBe(first.to + 1);
    expect(controls.filter((c) => c.from <= inserted.from && inserted.to <= c.to)).toEqual([inserted]);
  });

  it("inserts agenda items idempotently with hyperlinks set on runs", async () => {
    const ops = createWordOps();
    await ops.newMinutes(templateById("fsg-vsg")!, meeting);
    const item = {
      number: "7",
      title: "Budget 2025",
      dnr: ["SN 2024/12"],
      mbl: "mbl11" as const,
      procedural: false,
      links: [{ text: "Tjänsteskrivelse", href: "https://example.org/a.pdf" }],
    };
    expect(await ops.insertAgendaItems([item], { sectionId: "foredragningslistan" })).toEqual({
      inserted: 1,
      updated: 0,
    });
    expect(
      await ops.insertAgendaItems([{ ...item, title: "Budget 2025 (rev.)" }], {
        sectionId: "foredragningslistan",
      }),
    ).toEqual({ inserted: 0, updated: 1 });
    const agenda = double.contentControls().filter((c) => c.tag.startsWith("sp:agenda:"));
    expect(agenda).toHaveLength(1);
    expect(agenda[0]!.text).toContain("7. Budget 2025 (rev.)");
    const section = double.contentControls().find((c) => c.tag === "sp:punkt:foredragningslistan")!;
    expect(section.from <= agenda[0]!.from && agenda[0]!.to <= section.to).toBe(true);
    const linked = double.paragraphs().flatMap((p) => p.links);
    expect(linked).toEqual([{ text: "Tjänsteskrivelse", href: "https://example.org/a.pdf" }]);
    expect(indexOfText("Dnr: SN 2024/12")).toBeGreaterThan(0);
  });

  it("keeps a statement marked inside an agenda item when the item is clipped again", async () => {
    const ops = createWordOps();
    await ops.newMinutes(templateById("fsg-vsg")!, meeting);
    const item = { number: "3", title: "Lokaler", dnr: [], mbl: null, procedural: false, links: [] };
    await ops.insertAgendaItems([item], { sectionId: "foredragningslistan" });
    double.setSelection(indexOfText("3. Lokaler"));
    const statement = await ops.markStatement("vision");
    expect(statement.sectionTitle).toBe("3. Lokaler");
    const again = { ...item, links: [{ text: "Bilaga", href: "https://example.org/b.pdf" }] };
    expect(await ops.insertAgendaItems([again], { sectionId: "foredragningslistan" })).toEqual({
      inserted: 0,
      updated: 1,
    });
    expect(double.contentControls().map((c) => String(c.id))).toContain(statement.id);
    expect((await ops.readIndex()).statements).toHaveLength(1);
  });

  it("marks paragraphs of minutes written without marks, found by their text, in two syncs", async () => {
    const ops = createWordOps();
    double.setParagraphs([
      "Protokoll",
      "4. Budget",
      "Kommunal vill ha en uppföljning.",
      "Vision är oenig i beslutet.",
    ]);
    const syncsBefore = double.syncCount;
    const result = await ops.markParagraphs([
      { kind: "statement", orgs: ["kommunal"], searchText: "Kommunal vill ha en uppföljning." },
      { kind: "statement", orgs: ["vision"], searchText: "Vision är oenig" },
      { kind: "disagreement", orgs: ["vision"], searchText: "Vision är oenig" },
      { kind: "statement", orgs: ["ssr"], searchText: "SSR har inget att tillägga." },
    ]);
    expect(result).toEqual({ marked: 3, notFound: ["SSR har inget att tillägga."] });
    expect(double.syncCount - syncsBefore).toBe(2);
    expect(
      double.contentControls().map((c) => [c.tag.split(":").slice(0, 3).join(":"), c.from, c.to]),
    ).toEqual([
      ["sp:inspel:kommunal", 2, 2],
      ["sp:inspel:vision", 3, 3],
      ["sp:oenighet:vision", 3, 3],
    ]);
    const index = await ops.readIndex();
    expect(index.statements.map((s) => s.org)).toEqual(["kommunal", "vision"]);
    expect(index.disagreements).toMatchObject([{ orgs: ["vision"], text: "Vision är oenig i beslutet." }]);
    expect(double.droppedOperations).toBe(0);
  });

  it("records the heading above a mark made outside sections; the index and the justering name it", async () => {
    const ops = createWordOps();
    double.setParagraphs([
      { text: "Protokoll", style: "Title" },
      { text: "16. Arbetsmiljö", style: "Heading2" },
      "Inget att rapportera.",
      { text: "17. Föranmälda frågor", style: "Heading2" },
      "Kommunal ställde sig oeniga till rutinen.",
      "Vision instämde.",
    ]);
    double.setSelection(4);
    const syncsBefore = double.syncCount;
    const oenighet = await ops.markDisagreement(["kommunal"]);
    expect(double.syncCount - syncsBefore).toBe(2);
    expect(oenighet.sectionTitle).toBe("17. Föranmälda frågor");
    expect(double.contentControls()[0]?.title).toBe("Oenighet: Kommunal · 17. Föranmälda frågor");

    // A heading selected itself belongs to the item above it: the range up to its start ends before it.
    double.setSelection(3);
    expect((await ops.markStatement("vision")).sectionTitle).toBe("16. Arbetsmiljö");

    const index = await ops.readIndex();
    expect(index.disagreements).toEqual([
      {
        id: oenighet.id,
        orgs: ["kommunal"],
        sectionTitle: "17. Föranmälda frågor",
        text: "Kommunal ställde sig oeniga till rutinen.",
      },
    ]);
    await ops.rewriteJustering(meeting, templateById("forvaltningsgrupp")!);
    const justering = double.contentControls().find((c) => c.tag === "sp:justering")!;
    expect(justering.text).toContain("Charlotte Andersson för Kommunal (oenighet under föranmälda frågor)");
    expect(double.droppedOperations).toBe(0);
  });

  it("records the item a paragraph mark's request names", async () => {
    const ops = createWordOps();
    double.setParagraphs(["**17. Föranmälda frågor**", "Kommunal ställde sig oeniga till rutinen."]);
    await ops.markParagraphs([
      {
        kind: "disagreement",
        orgs: ["kommunal"],
        searchText: "Kommunal ställde sig oeniga",
        sectionTitle: "17. Föranmälda frågor",
      },
    ]);
    expect(double.contentControls()[0]?.title).toBe("Oenighet: Kommunal · 17. Föranmälda frågor");
    expect((await ops.readIndex()).disagreements[0]?.sectionTitle).toBe("17. Föranmälda frågor");
  });

  it("keeps the meeting in one custom XML part and reads it back", async () => {
    const ops = createWordOps();
    expect(await ops.readMeeting()).toBeNull();
    await ops.saveMeeting(meeting);
    await ops.saveMeeting({ ...meeting, place: "Rum <A> & B" });
    expect(double.customXmlParts()).toHaveLength(1);
    expect(await ops.readMeeting()).toEqual({ ...meeting, place: "Rum <A> & B" });
  });

  it("refuses to read a property that was not loaded and synced, as Word does", async () => {
    await expect(
      (globalThis as unknown as { Word: typeof Word }).Word.run(async (context) => {
        const body = context.document.body;
        body.load("text");
        return body.text;
      }),
    ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
  });
});
