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

describe("mark titles with the item a mark belongs to", () => {
  it("writes the item after the mark's own title", () => {
    const title = markTitle(
      { kind: "disagreement", orgs: ["kommunal"], id: "a1" },
      "",
      "17. Föranmälda frågor",
    );
    expect(title).toBe("Oenighet: Kommunal · 17. Föranmälda frågor");
    expect(markTitle({ kind: "statement", org: "ssr", id: "a1" }, "", " Budget\r2025 ")).toMatch(
      /^Inspel: .+ · Budget 2025$/,
    );
    expect(markTitle({ kind: "statement", org: "kommunal", id: "a1" })).toBe("Inspel: Kommunal");
  });

  it("reads back the item it wrote, as one line, for any mark and item", () => {
    fc.assert(
      fc.property(mark, fc.string({ maxLength: 120 }), (m, item) => {
        const title = markTitle(m, "", item);
        expect(title.length).toBeLessThanOrEqual(255);
        expect(itemOfTitle(title)).toBe(oneLine(item) || undefined);
      }),
    );
  });

  it("stays within Word's 255 characters, cutting a long item and keeping its start", () => {
    fc.assert(
      fc.property(mark, fc.string({ minLength: 1, maxLength: 600 }), (m, item) => {
        const title = markTitle(m, "", item);
        expect(title.length).toBeLessThanOrEqual(255);
        const read = itemOfTitle(title) ?? "";
        expect(oneLine(item).startsWith(read.replace(/…$/, "").trim())).toBe(true);
      }),
    );
    const long = markTitle({ kind: "statement", org: "vision", id: "a1" }, "", "x".repeat(400));
    expect(long).toHaveLength(255);
    expect(long.endsWith("x…")).toBe(true);
  });

  it("keeps an item that holds the separator itself", () => {
    const title = markTitle(
      { kind: "statement", org: "vision", id: "a1" },
      "",
      `Budget${ITEM_SEPARATOR}2025`,
    );
    expect(itemOfTitle(title)).toBe(`Budget${ITEM_SEPARATOR}2025`);
  });

  it("finds no item in titles without one (older marks, hand-edited titles)", () => {
    for (const title of ["", "Inspel: Kommunal", "Oenighet: Kommunal · ", "Punkt: Ekonomi"]) {
      expect(itemOfTitle(title)).toBeUndefined();
    }
  });
});
