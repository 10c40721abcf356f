import { describe, expect, it } from "vitest";
import { httpLink, mergeLinks } from "./links";

const page = "https://intra.kommun.example/sn/lista.html";

describe("httpLink", () => {
  it("resolves relative links against the page", () => {
    expect(httpLink(" Tjänsteutlåtande ", "../handlingar/tu.pdf", page)).toEqual({
      text: "Tjänsteutlåtande",
      href: "https://intra.kommun.example/handlingar/tu.pdf",
    });
  });

  it.each([
    "javascript:alert(1)",
    "mailto:a@b.se",
    "data:text/html,x",
    "#punkt-7",
    "ftp://x.se/a",
    "http://[bad",
  ])("drops %s", (href) => {
    expect(httpLink("x", href, page)).toBeNull();
  });

  it("uses the address when the link has no text", () => {
    expect(httpLink("", "https://a.example/b.pdf", page)?.text).toBe("https://a.example/b.pdf");
  });
});

describe("mergeLinks", () => {
  it("adds only new addresses", () => {
    const links = [{ text: "A", href: "https://a.example/" }];
    mergeLinks(links, [
      { text: "A igen", href: "https://a.example/" },
      { text: "B", href: "https://b.example/" },
    ]);
    expect(links).toEqual([
      { text: "A", href: "https://a.example/" },
      { text: "B", href: "https://b.example/" },
    ]);
  });
});
