import { describe, expect, it } from "vitest";
import { keepParagraphs } from "./docx-body";

const document = (body: string) => `<w:document><w:body>${body}<w:sectPr/></w:body></w:document>`;
const p = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
const table = (...cells: string[]) =>
  `<w:tbl><w:tr>${cells.map((cell) => `<w:tc>${p(cell)}</w:tc>`).join("")}</w:tr></w:tbl>`;

describe("keepParagraphs", () => {
  it("leaves a short document as it is", () => {
    const xml = document(p("a") + p("b"));
    expect(keepParagraphs(xml, 5)).toEqual({ xml, total: 2, kept: 2 });
  });

  it("cuts after the top-level element that reaches the limit, a table kept whole", () => {
    const xml = document(p("a") + table("b", "c", "d") + p("e") + p("f"));
    expect(keepParagraphs(xml, 2)).toEqual({
      xml: `<w:document><w:body>${p("a")}${table("b", "c", "d")}</w:body></w:document>`,
      total: 6,
      kept: 4,
    });
  });
});
