import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exportTemplate, importTemplate, TEMPLATE_LIMITS, validateTemplate } from "./io";
import { builtinTemplates, templateById } from "./registry";
import type { Template } from "./types";

const base = () =>
  structuredClone(templateById("forvaltningsgrupp") as Template) as unknown as Record<string, unknown>;
const errorsOf = (json: string) => {
  const result = importTemplate(json);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
};

describe("template export and import", () => {
  it.each(builtinTemplates.map((template) => [template.id, template] as const))(
    "round-trips %s export → import deep-equal",
    (_id, template) => {
      const json = exportTemplate(template);
      expect(json).toContain('\n  "id"');
      const result = importTemplate(json);
      expect(result).toEqual({ ok: true, template });
    },
  );

  it("names a missing title in Swedish", () => {
    const template = base();
    delete template.title;
    expect(errorsOf(JSON.stringify(template))).toEqual(["Fältet ”title”: värdet saknas eller har fel typ"]);
  });

  it("names an empty section title by its path", () => {
    const template = base();
    (template.sections as { title: string }[])[2]!.title = "   ";
    expect(errorsOf(JSON.stringify(template))).toEqual([
      "Fältet ”sections.2.title”: värdet saknas eller är tomt",
    ]);
  });

  it("refuses a wrong section kind and a wrong meeting type", () => {
    const template = base();
    (template.sections as { kind: string }[])[1]!.kind = "html";
    template.meetingType = "styrelsemöte";
    const errors = errorsOf(JSON.stringify(template));
    expect(errors).toContain("Fältet ”meetingType”: värdet har fel format");
    expect(errors).toContain("Fältet ”sections.1.kind”: värdet har fel format");
  });

  it("refuses text that is not JSON", () => {
    expect(errorsOf("{ title: 'x' ")).toEqual(["Mallen kunde inte läsas: filen är inte giltig JSON."]);
    expect(errorsOf("null")[0]).toContain("mallen");
  });

  it("refuses unknown fields, duplicate section ids and other format versions", () => {
    const extra = { ...base(), script: "alert(1)" };
    expect(errorsOf(JSON.stringify(extra))).toEqual(["Fältet ”script”: okänt fält"]);
    const duplicated = base();
    (duplicated.sections as { id: string }[])[1]!.id = (duplicated.sections as { id: string }[])[2]!.id;
    expect(errorsOf(JSON.stringify(duplicated))[0]).toMatch(/^Fältet ”sections”: två avsnitt har samma id/);
    expect(errorsOf(JSON.stringify({ ...base(), formatVersion: 2 }))).toEqual([
      "Fältet ”formatVersion”: värdet har fel format",
    ]);
  });

  it("bounds sizes: long texts, oversized files and deep nesting", () => {
    const long = base();
    long.name = "x".repeat(TEMPLATE_LIMITS.name + 1);
    expect(errorsOf(JSON.stringify(long))[0]).toMatch(/^Fältet ”name”: texten är för lång/);
    const huge = base();
    huge.description = "x".repeat(TEMPLATE_LIMITS.bytes);
    expect(errorsOf(JSON.stringify(huge))[0]).toMatch(/^Mallfilen är för stor/);
    // Built as text: the nesting is too deep for JSON.stringify itself.
    const levels = 5000;
    const nested = `${'{"id":"s","title":"x","kind":"group","children":['.repeat(levels)}{"id":"leaf","title":"x","kind":"item"}${"]}".repeat(levels)}`;
    const deep = exportTemplate(base() as unknown as Template).replace(
      /"sections": \[[\s\S]*\n {2}\]/,
      `"sections": [${nested}]`,
    );
    expect(errorsOf(deep)[0]).toMatch(/^Fältet ”sections”: avsnitten är nästlade/);
  });

  it("refuses deep children under a non-array sections key, in Swedish, without throwing", () => {
    // Each level carries a bogus `sections` beside its `children`: a check that follows only one key misses it.
    const levels = 3000;
    const open = '{"id":"s","title":"x","kind":"group","sections":{},"children":[';
    const nested = `${open.repeat(levels)}{"id":"leaf","title":"x","kind":"item"}${"]}".repeat(levels)}`;
    const deep = exportTemplate(base() as unknown as Template).replace(
      /"sections": \[[\s\S]*\n {2}\]/,
      `"sections": [${nested}]`,
    );
    expect(errorsOf(deep)).toEqual(["Fältet ”sections”: avsnitten är nästlade i för många nivåer (högst 3)"]);
    const topLevel = `{"sections":"x","children":[${open.repeat(levels)}${"]}".repeat(levels)}]}`;
    expect(errorsOf(topLevel)).toEqual([
      "Fältet ”sections”: avsnitten är nästlade i för många nivåer (högst 3)",
    ]);
  });

  it("accepts a fixed oenighet note for the justering and refuses an overlong one", () => {
    const template = base();
    template.justering = {
      style: "list",
      heading: "Justeras",
      disagreementNote: "(oenighet i förhandlingsfrågan)",
    };
    expect(importTemplate(JSON.stringify(template)).ok).toBe(true);
    template.justering = { style: "list", disagreementNote: "x".repeat(TEMPLATE_LIMITS.heading + 1) };
    expect(errorsOf(JSON.stringify(template))[0]).toMatch(
      /^Fältet ”justering.disagreementNote”: texten är för lång/,
    );
  });

  it("never throws on arbitrary input", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const result = importTemplate(text);
        expect(typeof result.ok).toBe("boolean");
      }),
    );
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(typeof validateTemplate(value).ok).toBe("boolean");
      }),
    );
  });
});

describe("placeholders in imported templates", () => {
  it("refuses a misspelt placeholder, naming the field and the known ones", () => {
    const template = base();
    (template.sections as { body?: string }[])[1]!.body = "{ordförande} öppnade mötet den {datun}.";
    const errors = errorsOf(JSON.stringify(template));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^Fältet ”sections\.1\.body”: okänd platshållare \{datun\} \(kända: \{datum\}, /,
    );
  });

  it("accepts text without placeholders and known ones in titles and header lines", () => {
    const template = base();
    template.headerLines = ["Plats: {plats}", "Utan platshållare"];
    template.title = "Protokoll {grupp} {datum}";
    expect(importTemplate(JSON.stringify(template)).ok).toBe(true);
  });
});
