import { describe, expect, it } from "vitest";
import { describeExamples, readExample } from "../../test/harness/examples";
import { MEETING_TYPES } from "../model/meeting";
import { unknownPlaceholders } from "./placeholders";
import { builtinTemplates, flattenSections, templateById } from "./registry";

const example = (prefix: string) => readExample(prefix).replace(/[*#]/g, "").replace(/\s+/g, " ");

describe("built-in templates", () => {
  it("have unique ids, valid meeting types and unique section ids", () => {
    const ids = builtinTemplates.map((template) => template.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const template of builtinTemplates) {
      expect(MEETING_TYPES).toContain(template.meetingType);
      const sectionIds = flattenSections(template.sections).map((section) => section.id);
      expect(new Set(sectionIds).size, template.id).toBe(sectionIds.length);
    }
  });

  it("use only placeholders a meeting can fill", () => {
    for (const template of builtinTemplates) {
      const texts = [
        template.title,
        ...template.headerLines,
        ...flattenSections(template.sections).flatMap((s) => [s.title, s.body ?? ""]),
      ];
      expect(texts.flatMap(unknownPlaceholders), template.id).toEqual([]);
    }
  });

  it("each end with one justering section and choose justerare", () => {
    for (const template of builtinTemplates) {
      const kinds = flattenSections(template.sections).map((section) => section.kind);
      expect(
        kinds.filter((kind) => kind === "justering"),
        template.id,
      ).toHaveLength(1);
      expect(kinds.at(-1), template.id).toBe("justering");
      expect(kinds, template.id).toContain("justerare");
    }
  });

  it("offer a template for every meeting type the Möte form offers", () => {
    expect(MEETING_TYPES.filter((type) => !builtinTemplates.some((t) => t.meetingType === type))).toEqual([]);
  });

  it("finds templates by id and refuses unknown ids", () => {
    expect(templateById("forvaltningsgrupp")?.meetingType).toBe("forvaltningsgrupp");
    expect(templateById("finns-inte")).toBeNull();
  });
});

describeExamples("built-in templates beside the examples they follow", () => {
  it("FSG/VSG follows examples 000–003: title, groups, agenda and statements", () => {
    const template = templateById("fsg-vsg");
    expect(template?.justering.style).toBe("sentence");
    expect(template?.statementsHeading).toBe("Fackliga inspel");
    const text000 = example("000");
    const title = template?.title
      .replace("{förvaltning}", "Socialförvaltningen")
      .replace("{datum}", "29 april 2019");
    expect(text000).toContain(title);
    expect(text000).toContain(template?.headerLines[0]?.replace("{nr}", "4/2019"));
    const groups = template?.sections
      .filter((s) => s.category && ["information", "dialog", "beslut"].includes(s.category))
      .map((s) => s.title);
    expect(groups).toEqual(["Information", "Dialog", "Beslut"]);
    for (const group of groups ?? []) expect(text000).toContain(`${group}:`);
    const sections = flattenSections(template?.sections ?? []);
    expect(sections.find((s) => s.kind === "agenda")?.title).toBe("Föredragningslistan {nämnd}");
    expect(sections.some((s) => s.holdsStatements)).toBe(true);
    for (const title of ["Föregående mötesanteckningar", "Nytt inom arbetsmiljö", "Val av justerare"]) {
      expect(sections.map((s) => s.title)).toContain(title);
      expect(example("002")).toContain(title);
    }
    expect(example("003")).toContain(template?.statementsHeading);
  });

  it("förvaltningsgrupp follows example 004: numbered items, MBL parts, list justering", () => {
    const template = templateById("forvaltningsgrupp");
    const text004 = example("004");
    expect(template?.justering).toEqual({ style: "list", heading: "Justeras (digitalt)" });
    expect(text004).toContain(template?.title.replace("{datum}", "13 februari 2024"));
    const sections = flattenSections(template?.sections ?? []);
    const numbered = sections.filter((s) => s.number);
    expect(numbered.map((s) => Number(s.number))).toEqual(numbered.map((_, index) => index + 1));
    for (const title of [
      "Mötets öppnande",
      "Godkännande av dagordningen",
      "Val av justerare",
      "Föranmälda frågor",
      "Övriga frågor",
      "Mötet avslutades",
      "Ärenden till nämnden",
    ]) {
      expect(sections.map((s) => s.title.replace("{nämnd}", "nämnden"))).toContain(title);
      expect(text004).toContain(title);
    }
    const agendaParts = sections.filter((s) => s.kind === "agenda");
    expect(agendaParts.map((s) => s.mbl)).toEqual(["mbl11", "mbl19"]);
    for (const part of agendaParts) expect(text004).toContain(part.title);
    expect(sections[0]?.kind).toBe("roster");
  });
});

describe("the MBL negotiation template", () => {
  it("MBL negotiation records parties, proposal, union views and the outcome", () => {
    const template = templateById("mbl-forhandling");
    const sections = flattenSections(template?.sections ?? []);
    expect(sections.map((s) => s.kind)).toContain("roster");
    expect(sections.map((s) => s.title)).toEqual(
      expect.arrayContaining([
        "Förhandlingsfråga",
        "Arbetsgivarens förslag",
        "Arbetstagarorganisationernas synpunkter",
      ]),
    );
    expect(sections.some((s) => s.body?.includes("Förhandlingen förklaras avslutad i {utfall}"))).toBe(true);
  });
});
