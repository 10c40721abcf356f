import { describe, expect, it } from "vitest";
import { decodeReferences } from "./character-references";

describe("decodeReferences", () => {
  it("writes out markup's names and numbers once", () => {
    expect(decodeReferences("Budget &amp; uppf&#246;ljning &#x2013; &lt;b&gt; &amp;amp;")).toBe(
      "Budget & uppföljning – <b> &amp;",
    );
  });

  it("keeps a name it does not know, and a name in another case falls back to lower case", () => {
    expect(decodeReferences("&ndash; &AMP; &Quot;")).toBe('&ndash; & "');
    expect(decodeReferences("&Aring;r", { aring: "å", Aring: "Å" })).toBe("År");
  });

  it("turns a number that names no character into a space, never NUL", () => {
    expect(decodeReferences("a&#0;b&#xD800;c&#x110000;d")).toBe("a b c d");
  });

  it("finds only its own names, never an object's methods", () => {
    expect(decodeReferences("&valueOf; &toString; &hasOwnProperty;")).toBe(
      "&valueOf; &toString; &hasOwnProperty;",
    );
  });

  it("leaves unterminated and overlong references as written", () => {
    expect(decodeReferences("&amp &#12345678; &abcdefghi;")).toBe("&amp &#12345678; &abcdefghi;");
  });
});
