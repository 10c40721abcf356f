import { describe, expect, it } from "vitest";
import { tCount } from "./i18n";

describe("tCount", () => {
  it("writes one in the singular and every other count in the plural, in both languages", () => {
    expect(tCount("pane.inbox.links", 1, {}, "sv")).toBe("(1 länk)");
    expect(tCount("pane.inbox.links", 2, {}, "sv")).toBe("(2 länkar)");
    expect(tCount("pane.inbox.links", 0, {}, "sv")).toBe("(0 länkar)");
    expect(tCount("pane.inbox.links", 1, {}, "en")).toBe("(1 link)");
    expect(tCount("pane.inbox.refused", 2, { errors: "x" }, "en")).toBe(
      "2 clips were refused and not added. x",
    );
  });
});
