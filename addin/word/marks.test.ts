import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Mark } from "../../shared/document/tags";
import { ORGANISATIONS } from "../../shared/unions/catalogue";
import { ITEM_SEPARATOR, itemOfTitle, markTitle } from "./marks";

const org = fc.constantFrom(...ORGANISATIONS.map((organisation) => organisation.id));
const id = fc.stringMatching(/^[a-z0-9]{8}$/);
const mark: fc.Arbitrary<Mark> = fc.oneof(
  fc.record({ kind: fc.constant("statement" as const), org, id }),
  fc.record({ kind: fc.constant("disagreement" as const), orgs: fc.uniqueArray(org, { minLength: 1 }), id }),
);
const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

describe("mark titles", () => {
  it("writes the item after the mark's own title", () => {
    expect(markTitle({ kind: "disagreement", orgs: ["kommunal"], id: "a1" }, "17. Föranmälda frågor")).toBe(
      "Oenighet: Kommunal · 17. Föranmälda frågor",
    );
    expect(markTitle({ kind: "statement", org: "ssr", id: "a1" }, " Budget\r2025 ")).toBe(
      "Inspel: Akademikerförbundet SSR · Budget 2025",
    );
    expect(markTitle({ kind: "statement", org: "kommunal", id: "a1" })).toBe("Inspel: Kommunal");
    expect(markTitle({ kind: "section", sectionId: "ekonomi" })).toBe("Samverkansprotokoll");
  });

  it("stays within the 64 characters Word shows (office-js-docs-reference #1238): organisations give way first", () => {
    const many = {
      kind: "disagreement" as const,
      orgs: ["kommunal", "vision", "ssr", "vardforbundet"],
      id: "a1",
    };
    expect(markTitle(many, "Budget")).toBe("Oenighet · Budget");
    expect(markTitle(many)).toBe("Oenighet: Kommunal, Vision, Akademikerförbundet SSR, Vårdförbun…");
    fc.assert(
      fc.property(mark, fc.string({ maxLength: 600 }), (m, item) => {
        expect(markTitle(m, item).length).toBeLessThanOrEqual(64);
      }),
    );
  });

  it("reads back the item it wrote, as one line, for any mark and an item that fits", () => {
    fc.assert(
      fc.property(mark, fc.string({ maxLength: 50 }), (m, item) => {
        expect(itemOfTitle(markTitle(m, item))).toBe(oneLine(item) || undefined);
      }),
    );
  });

  it("keeps an item that holds the separator itself", () => {
    const title = markTitle({ kind: "statement", org: "vision", id: "a1" }, `Budget${ITEM_SEPARATOR}2025`);
    expect(itemOfTitle(title)).toBe(`Budget${ITEM_SEPARATOR}2025`);
  });

  it("finds no item in titles without one (older marks, hand-edited titles)", () => {
    for (const title of ["", "Inspel: Kommunal", "Oenighet: Kommunal · ", "Punkt: Ekonomi"]) {
      expect(itemOfTitle(title)).toBeUndefined();
    }
  });
});
