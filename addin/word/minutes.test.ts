import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fillPlaceholders } from "../../shared/templates/placeholders";
import { flattenSections, templateById } from "../../shared/templates/registry";
import type { Template } from "../../shared/templates/types";
import { MARK_COLOURS } from "./marks";
import { insertSection, newMinutes } from "./minutes";
import { sampleMeeting } from "./testing/fixtures";
import {
  createWordMock,
  type RecordedControl,
  type RecordedParagraph,
  type WordMock,
} from "./testing/word-mock";

let mock: WordMock;
const saved = (globalThis as Record<string, unknown>).Word;
beforeEach(() => {
  mock = createWordMock({ selection: ["Övrigt att ta upp."] });
  mock.install();
});
afterEach(() => {
  (globalThis as Record<string, unknown>).Word = saved;
});

const inside = (control: RecordedControl, paragraphs: RecordedParagraph[]) =>
  paragraphs.slice(paragraphs.indexOf(control.first), paragraphs.indexOf(control.last) + 1);

function template(id: string): Template {
  const found = templateById(id);
  if (!found) throw new Error(`No built-in template ${id}`);
  return found;
}

describe("newMinutes", () => {
  it("writes title, header, roster, every section as a tagged control and the justering block, in one sync", async () => {
    const forvaltningsgrupp = template("forvaltningsgrupp");
    await newMinutes(forvaltningsgrupp, sampleMeeting);

    expect(mock.syncs).toBe(1);
    expect(mock.paragraphs.every((p) => p.at === "body:End")).toBe(true);
    const [title, ...rest] = mock.paragraphs;
    expect(title?.style).toBe("Title");
    expect(title?.fullText).toBe(fillPlaceholders(forvaltningsgrupp.title, sampleMeeting));
    expect(rest.slice(0, forvaltningsgrupp.headerLines.length).map((p) => p.fullText)).toEqual(
      forvaltningsgrupp.headerLines.map((line) => fillPlaceholders(line, sampleMeeting)),
    );

    const expectedTags = flattenSections(forvaltningsgrupp.sections)
      .filter((s) => s.kind !== "group")
      .map((s) => (s.kind === "justering" ? "sp:justering" : `sp:punkt:${s.id}`));
    expect(mock.controls.map((c) => c.tag)).toEqual(expectedTags);

    for (const section of flattenSections(forvaltningsgrupp.sections).filter((s) => s.kind === "item")) {
      const control = mock.controls.find((c) => c.tag === `sp:punkt:${section.id}`)!;
      expect(control.first.style).toBe("Heading1");
      expect(control.first.fullText).toContain(fillPlaceholders(section.title, sampleMeeting));
      expect(control.title).toBe(`Punkt: ${control.first.fullText}`);
      expect(control.appearance).toBe("BoundingBox");
      expect(control.color).toBe(MARK_COLOURS.section);
      const texts = inside(control, mock.paragraphs).map((p) => p.fullText);
      expect(texts.includes(forvaltningsgrupp.statementsHeading)).toBe(section.holdsStatements === true);
    }
  });

  it("wraps the sections only after every paragraph exists and ends with an empty paragraph", async () => {
    await newMinutes(template("skyddskommitte"), sampleMeeting);
    expect(mock.order.lastIndexOf("paragraph")).toBeLessThan(mock.order.indexOf("control"));
    expect(mock.paragraphs.at(-1)?.fullText).toBe("");
    expect(mock.controls.at(-1)?.last).toBe(mock.paragraphs.at(-2));
  });

  it("lists Närvarande by side and Förhinder with display names", async () => {
    await newMinutes(template("forvaltningsgrupp"), sampleMeeting);
    const roster = mock.controls.find((c) => c.tag === "sp:punkt:narvarande")!;
    const texts = inside(roster, mock.paragraphs).map((p) => p.fullText);
    expect(texts[0]).toBe("Närvarande");
    expect(texts).toContain("Anna Ek, förvaltningschef");
    expect(texts).toContain("Kommunal: Charlotte Andersson");
    expect(texts).toContain("Vision: Per Lind");
    expect(texts.slice(texts.indexOf("Förhinder"))).toContain("Akademikerförbundet SSR");
  });

  it("nests grouped items one heading level down and puts the statements heading below them", async () => {
    const fsg = template("fsg-vsg");
    await newMinutes(fsg, sampleMeeting);
    const group = fsg.sections.find((s) => s.kind === "group")!;
    const groupHeading = mock.paragraphs.find((p) => p.fullText === group.title)!;
    expect(groupHeading.style).toBe("Heading1");
    const child = group.children!.find((c) => c.kind === "item" && c.holdsStatements)!;
    const control = mock.controls.find((c) => c.tag === `sp:punkt:${child.id}`)!;
    expect(control.first.style).toBe("Heading2");
    const statements = inside(control, mock.paragraphs).find((p) => p.fullText === fsg.statementsHeading)!;
    expect(statements.style).toBe("Heading3");
  });

  it("writes the justering sentence from the meeting's justerare", async () => {
    await newMinutes(template("fsg-vsg"), sampleMeeting);
    const justering = mock.controls.find((c) => c.tag === "sp:justering")!;
    const text = inside(justering, mock.paragraphs)
      .map((p) => p.fullText)
      .join("\n");
    expect(text).toContain("Charlotte Andersson");
    expect(text).toContain("Kommunal");
    expect(justering.title).toBe("Justering");
  });
});

describe("insertSection", () => {
  it("inserts the section after the cursor's paragraph outside sections, wrapped in its control: two syncs", async () => {
    const section = { id: "extra-punkt", title: "Lokalfrågor", kind: "item" as const, holdsStatements: true };
    await insertSection(section, template("forvaltningsgrupp"));
    expect(mock.syncs).toBe(2);
    expect(mock.loads).toEqual([
      "ancestor0:tag,text",
      "ancestor1:tag,text",
      "ancestor2:tag,text",
      "ancestor3:tag,text",
    ]);
    expect(mock.paragraphs[0]?.at).toBe("after:selection");
    expect(mock.paragraphs.slice(1).map((p) => p.at)).toEqual(
      mock.paragraphs.slice(1).map((_, i) => `after:${i}`),
    );
    expect(mock.paragraphs.map((p) => p.fullText)).toEqual(["Lokalfrågor", "Fackliga inspel", ""]);
    expect(mock.controls).toHaveLength(1);
    expect(mock.controls[0]?.tag).toBe("sp:punkt:extra-punkt");
    expect(mock.controls[0]?.first).toBe(mock.paragraphs[0]);
    expect(mock.controls[0]?.last).toBe(mock.paragraphs[2]);
  });

  it("inserts after the whole section the cursor is in, never inside it", async () => {
    mock = createWordMock({
      selection: ["Kommunal instämmer."],
      ancestors: [
        { tag: "sp:inspel:kommunal:abcd1234", text: "Kommunal instämmer." },
        { tag: "sp:agenda:dnr-sn-2024-1", text: "7. Budget" },
        { tag: "sp:punkt:foredragningslistan", text: "Föredragningslistan" },
        null,
      ],
    });
    mock.install();
    await insertSection({ id: "ovrigt", title: "Övrigt", kind: "item" });
    expect(mock.syncs).toBe(2);
    expect(mock.paragraphs.map((p) => p.at)).toEqual([
      "after-control:sp:punkt:foredragningslistan",
      "after:0",
    ]);
    expect(mock.controls.map((c) => c.tag)).toEqual(["sp:punkt:ovrigt"]);
  });

  it("leaves placeholders for the secretary when no meeting is given", async () => {
    await insertSection({ id: "nf", title: "Föredragningslistan {nämnd}", kind: "agenda" });
    expect(mock.paragraphs[0]?.fullText).toBe("Föredragningslistan {nämnd}");
  });
});
