import { describe, expect, it } from "vitest";
import { injectListNumbers, parseNumbering, parseStyleNumbering } from "./docx-numbering";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const lvl = (ilvl: number, format: string, text: string, start = 1) =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;
const numberingXml = `<w:numbering ${W}>
<w:abstractNum w:abstractNumId="0">${lvl(0, "decimal", "§ %1", 45)}${lvl(1, "lowerLetter", "%1 %2")}</w:abstractNum>
<w:abstractNum w:abstractNumId="1">${lvl(0, "decimal", "%1.")}</w:abstractNum>
<w:abstractNum w:abstractNumId="2">${lvl(0, "bullet", "•")}</w:abstractNum>
<w:abstractNum w:abstractNumId="3">${lvl(0, "upperRoman", "%1.")}</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num>
<w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>
</w:numbering>`;

const p = (text: string, numId?: number, level = 0, style?: string) =>
  `<w:p>${
    numId !== undefined || style
      ? `<w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ""}${
          numId !== undefined
            ? `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr>`
            : ""
        }</w:pPr>`
      : ""
  }<w:r><w:t>${text}</w:t></w:r></w:p>`;

/** The text of each paragraph after injection, as Word would show it. */
function shown(body: string, styles = new Map<string, { numId: string; level: number }>()): string[] {
  const xml = injectListNumbers(
    `<w:document ${W}><w:body>${body}</w:body></w:document>`,
    parseNumbering(numberingXml),
    styles,
  );
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>/g)].map((match) =>
    [...(match[1] ?? "").matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((text) => text[1]).join(""),
  );
}

describe("Word list numbers", () => {
  it("counts from w:start through lvlText, with sub-levels restarting under each parent", () => {
    expect(
      shown(
        [
          p("Val av justerare", 1),
          p("Årsredovisning", 1),
          p("Intern kontroll", 1, 1),
          p("Uppföljning", 1, 1),
          p("Lönepolicy", 1),
          p("Detaljer", 1, 1),
        ].join(""),
      ),
    ).toEqual([
      "§ 45 Val av justerare",
      "§ 46 Årsredovisning",
      "46 a Intern kontroll",
      "46 b Uppföljning",
      "§ 47 Lönepolicy",
      "47 a Detaljer",
    ]);
  });

  it("leaves bullets and unnumbered paragraphs alone, continues a list across them", () => {
    expect(shown([p("Ett", 2), p("Punkt", 3), p("Fritext"), p("Två", 2)].join(""))).toEqual([
      "1. Ett",
      "Punkt",
      "Fritext",
      "2. Två",
    ]);
  });

  it("restarts a shared list definition at a start override", () => {
    expect(shown([p("A", 2), p("B", 4), p("C", 4)].join(""))).toEqual(["1. A", "7. B", "8. C"]);
  });

  it("numbers paragraphs whose style carries the numbering", () => {
    const styles = parseStyleNumbering(
      `<w:styles ${W}><w:style w:type="paragraph" w:styleId="Listnumrering"><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style></w:styles>`,
    );
    expect(
      shown(
        [p("Första", undefined, 0, "Listnumrering"), p("Andra", undefined, 0, "Listnumrering")].join(""),
        styles,
      ),
    ).toEqual(["I. Första", "II. Andra"]);
  });

  it("ignores numId 0 (numbering switched off) and unknown lists", () => {
    expect(shown([p("Av", 0), p("Okänd", 99)].join(""))).toEqual(["Av", "Okänd"]);
  });

  it("escapes the number text as XML", () => {
    const xml = injectListNumbers(
      `<w:document ${W}><w:body>${p("A", 1)}</w:body></w:document>`,
      parseNumbering(
        `<w:numbering ${W}><w:abstractNum w:abstractNumId="0">${lvl(0, "decimal", "&lt;%1&gt;")}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
      ),
    );
    expect(xml).toContain("&lt;1&gt; </w:t>");
  });
});
