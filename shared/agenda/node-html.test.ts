import { describe, expect, it } from "vitest";
import { htmlDocument } from "./node-html";

describe("htmlDocument", () => {
  it("parses a whole page as it is", () => {
    const doc = htmlDocument(
      "<html><head><title>Socialnämnden</title></head><body><p>§ 1 Budget</p></body></html>",
    );
    expect(doc.title).toBe("Socialnämnden");
    expect(doc.body.textContent).toBe("§ 1 Budget");
  });

  it("puts a fragment in a body", () => {
    const doc = htmlDocument("<ol><li>§ 1 Budget</li></ol>");
    expect(doc.body.querySelectorAll("li")).toHaveLength(1);
  });
});
