import { describe, expect, it } from "vitest";
import { tags } from "./docx-xml";

const read = (xml: string) =>
  Array.from(tags(xml), (tag) => [tag.closing ? `/${tag.name}` : tag.name, tag.attributes, tag.selfClosing]);

describe("tags", () => {
  it("reads names, decoded attributes, closing and self-closing tags in order", () => {
    expect(read("<w:p><w:numId w:val=\"3\"/><w:t a='x &amp; y'>A &lt; B</w:t></w:p>")).toEqual([
      ["w:p", {}, false],
      ["w:numId", { "w:val": "3" }, true],
      ["w:t", { a: "x & y" }, false],
      ["/w:t", {}, false],
      ["/w:p", {}, false],
    ]);
  });

  it("skips what is no tag: a lone <, an unclosed tag, an unclosed quote", () => {
    expect(read(`<w:p>a < b<${"x".repeat(200_000)}`)).toEqual([["w:p", {}, false]]);
    expect(read('<w:p w:val="unclosed><w:r>')).toEqual([["w:r", {}, false]]);
    expect(read("<1/><w:r>")).toEqual([["w:r", {}, false]]);
  });
});
