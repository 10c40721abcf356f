import fc from "fast-check";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import type { Agenda } from "../model/meeting";
import { extractAgendaFromDocument, extractAgendaFromSelection, extractAgendaFromText } from "./extract";

// Hostile input: the extractors never throw, every item has a title and only http(s) links, and no more
// items come out than the input has lines (text) or text nodes (HTML).
const TOKENS = [
  "Punkt 7",
  "§ 12",
  "12 §",
  "7.",
  "7 a",
  "Ärende",
  "Dnr:",
  "SN 2023/123",
  "KS 2021/0456-1.2",
  "MBL § 11",
  "Information enligt MBL § 19",
  "Övriga frågor",
  "Socialnämnden",
  "den 20 februari 2024",
  "2024-02-30",
  "Budget",
  "(",
  ")",
  "–",
  "\u00a0",
  "\t",
  "<",
  "&amp;",
];
const word = fc.oneof(
  fc.constantFrom(...TOKENS),
  fc.string({ maxLength: 8 }),
  fc.string({ unit: "grapheme", maxLength: 6 }),
);
const line = fc.array(word, { maxLength: 6 }).map((words) => words.join(" "));

function expectSane(agenda: Agenda): void {
  for (const item of agenda.items) {
    expect(item.title.trim()).not.toBe("");
    for (const link of item.links) expect(link.href).toMatch(/^https?:\/\//);
  }
  if (agenda.meetingDate !== null) expect(agenda.meetingDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
}

describe("extractAgendaFromText on random text", () => {
  it("never throws and finds at most one item per line or number in it", () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.constantFrom("\n", "\r\n", "\r"), (lines, eol) => {
        const text = lines.join(eol);
        const agenda = extractAgendaFromText(text);
        expectSane(agenda);
        const bound = text
          .split(/\r\n|\r|\n/)
          .filter((l) => l.trim())
          .reduce((sum, l) => sum + Math.max(1, l.match(/\d+/g)?.length ?? 0), 0);
        expect(agenda.items.length).toBeLessThanOrEqual(bound);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => {
        expectSane(extractAgendaFromText(text));
      }),
      { numRuns: 300 },
    );
  });
});

const TAGS = [
  "p",
  "div",
  "ol",
  "ul",
  "li",
  "table",
  "tbody",
  "tr",
  "td",
  "th",
  "h2",
  "h3",
  "span",
  "strong",
  "section",
  "nav",
  "script",
  "dl",
  "dd",
];
const HREFS = [
  "https://a.example/x.pdf",
  "bilaga.pdf",
  "javascript:alert(1)",
  "mailto:a@b.se",
  "#p7",
  "http://[",
  "",
];

type Tree = string | { tag: string; attrs: string; children: Tree[] };
const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    line,
    fc.record({
      tag: fc.constantFrom(...TAGS, "a", "br"),
      attrs: fc.oneof(
        fc.constant(""),
        fc.constantFrom(...HREFS).map((href) => ` href="${href}"`),
        fc.constantFrom(' start="3"', ' value="x"', " hidden", ' colspan="2"', ' aria-hidden="true"'),
      ),
      children: fc.array(tie("node"), { maxLength: 4 }),
    }),
  ),
})).node;

const render = (node: Tree): string =>
  typeof node === "string"
    ? node
    : node.tag === "br"
      ? "<br>"
      : `<${node.tag}${node.attrs}>${node.children.map(render).join("")}</${node.tag}>`;

/**
 * At most one item per text node, or one per number in it: items run together in one text ("1 Budget
 * 2 Taxor") are cut apart.
 */
function itemBound(root: Node): number {
  let count = 0;
  const visit = (node: Node): void => {
    const text = node.nodeType === 3 ? (node.nodeValue ?? "") : "";
    if (text.trim()) count += Math.max(1, text.match(/\d+/g)?.length ?? 0);
    for (const child of Array.from(node.childNodes)) visit(child);
  };
  visit(root);
  return count;
}

describe("extractAgendaFromDocument on random HTML", () => {
  it("never throws and finds at most one item per text node or number in it", () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 8 }), (nodes) => {
        const { document } = parseHTML(
          `<!doctype html><html><body>${nodes.map(render).join("\n")}</body></html>`,
        );
        const doc = document as unknown as Document;
        const agenda = extractAgendaFromDocument(doc, "https://intra.example/lista");
        expectSane(agenda);
        expect(agenda.items.length).toBeLessThanOrEqual(itemBound(doc.body));
        expectSane(extractAgendaFromSelection(doc.body, "not a url"));
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on arbitrary markup", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (html) => {
        const { document } = parseHTML(`<html><body>${html}</body></html>`);
        expectSane(extractAgendaFromDocument(document as unknown as Document, "https://intra.example/"));
      }),
      { numRuns: 300 },
    );
  });
});
