import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { textOf } from "../i18n/message";
import { exportTemplate, importTemplate, TEMPLATE_LIMITS, validateTemplate } from "./io";
import { builtinTemplates, templateById } from "./registry";
import type { Template } from "./types";

const base = () =>
  structuredClone(templateById("forvaltningsgrupp") as Template) as unknown as Record<string, unknown>;
/** The refusal as the pane shows it for a file "mall.json": one sentence, and the details under it. */
const refusal = (json: string) => {
  const result = importTemplate(json);
  expect(result.ok).toBe(false);
  if (result.ok) return { sentence: "", details: [] };
  return {
    sentence: textOf({ ...result.problem, params: { ...result.problem.params, file: "mall.json" } }),
    details: result.details,
  };
};
const sentenceOf = (json: string) => refusal(json).sentence;

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

  it("names a missing title in words, not as a field path", () => {
    const template = base();
    delete template.title;
    expect(refusal(JSON.stringify(template))).toEqual({
      sentence: "Mallen i ”mall.json” kunde inte importeras: protokollets rubrik saknas.",
      details: [],
    });
  });

  it("names an empty section title by the section's place", () => {
    const template = base();
    (template.sections as { title: string }[])[2]!.title = "   ";
    expect(sentenceOf(JSON.stringify(template))).toBe(
      "Mallen i ”mall.json” kunde inte importeras: rubriken i avsnitt 3 saknas.",
    );
    const nested = base();
    const group = (nested.sections as { id: string; children?: { title: string }[] }[]).find(
      (section) => section.children,
    )!;
    group.children![1]!.title = "";
    expect(sentenceOf(JSON.stringify(nested))).toMatch(/rubriken i avsnitt \d+\.2 saknas\.$/);
  });

  it("says the first problem in the sentence and the others field by field under details", () => {
    const template = base();
    (template.sections as { kind: string }[])[1]!.kind = "html";
    template.meetingType = "styrelsemöte";
    expect(refusal(JSON.stringify(template))).toEqual({
      sentence: "Mallen i ”mall.json” kunde inte importeras: mötestypen har fel format.",
      details: ["Fältet ”sections.1.kind”: värdet har fel format"],
    });
  });

  it("says a file that is no template at all is none, whatever it holds", () => {
    const none = "Filen ”mall.json” är ingen mall från Samverkansprotokoll.";
    expect(refusal("{ title: 'x' ")).toEqual({
      sentence: none,
      details: ["Mallen kunde inte läsas: filen är inte giltig JSON."],
    });
    expect(sentenceOf("null")).toBe(none);
    expect(sentenceOf("[1, 2]")).toBe(none);
    expect(sentenceOf(JSON.stringify({ kind: "sp-clip", version: 2, agenda: { items: [] } }))).toBe(none);
  });

  it("refuses unknown fields, duplicate section ids and newer format versions", () => {
    const extra = { ...base(), script: "alert(1)" };
    expect(sentenceOf(JSON.stringify(extra))).toBe(
      "Mallen i ”mall.json” kunde inte importeras: mallen har en uppgift som inte hör till en mall.",
    );
    const duplicated = base();
    (duplicated.sections as { id: string }[])[1]!.id = (duplicated.sections as { id: string }[])[2]!.id;
    expect(sentenceOf(JSON.stringify(duplicated))).toBe(
      "Mallen i ”mall.json” kunde inte importeras: avsnitten har två avsnitt med samma id.",
    );
    expect(sentenceOf(JSON.stringify({ ...base(), formatVersion: 2 }))).toBe(
      "Mallen i ”mall.json” är gjord för en nyare version av Samverkansprotokoll. Uppdatera Word-tillägget och försök igen.",
    );
    expect(sentenceOf(JSON.stringify({ ...base(), formatVersion: "1" }))).toBe(
      "Mallen i ”mall.json” kunde inte importeras: mallen har fel format.",
    );
  });

  it("bounds sizes: long texts, oversized files and deep nesting", () => {
    const long = base();
    long.name = "x".repeat(TEMPLATE_LIMITS.name + 1);
    expect(sentenceOf(JSON.stringify(long))).toBe(
      "Mallen i ”mall.json” kunde inte importeras: mallens namn har fler än 120 tecken.",
    );
    const huge = base();
    huge.description = "x".repeat(TEMPLATE_LIMITS.bytes);
    expect(sentenceOf(JSON.stringify(huge))).toBe(
      "Filen ”mall.json” är för stor för att vara en mall (högst 256 kB).",
    );
    // Built as text: the nesting is too deep for JSON.stringify itself.
    const levels = 5000;
    const nested = `${'{"id":"s","title":"x","kind":"group","children":['.repeat(levels)}{"id":"leaf","title":"x","kind":"item"}${"]}".repeat(levels)}`;
    const deep = exportTemplate(base() as unknown as Template).replace(
      /"sections": \[[\s\S]*\n {2}\]/,
      `"sections": [${nested}]`,
    );
    expect(sentenceOf(deep)).toBe(
      "Mallen i ”mall.json” kunde inte importeras: avsnitten är nästlade i fler än 3 nivåer.",
    );
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
    const nestedTooDeep =
      "Mallen i ”mall.json” kunde inte importeras: avsnitten är nästlade i fler än 3 nivåer.";
    expect(sentenceOf(deep)).toBe(nestedTooDeep);
    const topLevel = `{"sections":"x","children":[${open.repeat(levels)}${"]}".repeat(levels)}]}`;
    expect(sentenceOf(topLevel)).toBe(nestedTooDeep);
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
    expect(sentenceOf(JSON.stringify(template))).toBe(
      "Mallen i ”mall.json” kunde inte importeras: justeringen har fler än 120 tecken.",
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
    const { sentence, details } = refusal(JSON.stringify(template));
    expect(sentence).toBe(
      "Mallen i ”mall.json” kunde inte importeras: texten i avsnitt 2 har en platshållare som inte finns: {datun}.",
    );
    expect(details).toHaveLength(1);
    expect(details[0]).toMatch(/^Platshållare som finns: \{datum\}, \{veckodag\}, /);
  });

  it("accepts text without placeholders and known ones in titles and header lines", () => {
    const template = base();
    template.headerLines = ["Plats: {plats}", "Utan platshållare"];
    template.title = "Protokoll {grupp} {datum}";
    expect(importTemplate(JSON.stringify(template)).ok).toBe(true);
  });
});
