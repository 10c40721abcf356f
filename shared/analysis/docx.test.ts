import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { analyseDocx, docxToText } from "./docx";
import { htmlToMinutesText } from "./html-text";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function paragraph(text: string, options: { style?: string; bold?: boolean } = {}): string {
  const style = options.style ? `<w:pPr><w:pStyle w:val="${options.style}"/></w:pPr>` : "";
  const bold = options.bold ? "<w:rPr><w:b/></w:rPr>" : "";
  return `<w:p>${style}<w:r>${bold}<w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

/** A minimal real DOCX: content types, relationships, styles with "heading 2", and the document. */
async function docx(body: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    "word/_rels/document.xml.rels",
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
  );
  zip.file(
    "word/styles.xml",
    `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}><w:style w:type="paragraph" w:styleId="Rubrik2"><w:name w:val="heading 2"/></w:style></w:styles>`,
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: "uint8array" });
}

describe("htmlToMinutesText", () => {
  it("writes headings, bold paragraphs, list items and entities", () => {
    expect(
      htmlToMinutesText(
        "<h2>3. Val av justerare</h2><p><strong>Tidpunkt:</strong></p><p>A &amp; B <em>x</em></p><ul><li>Anna</li></ul><p></p>",
      ),
    ).toBe("## 3. Val av justerare\n\n**Tidpunkt:**\n\nA & B x\n\n- Anna");
  });

  it("reads a reference to no character as a space and an object method's name as text, without throwing", () => {
    expect(htmlToMinutesText("<p>Vision&#99999999;Kommunal &#x110000;SSR &valueOf; &toString;</p>")).toBe(
      "Vision&#99999999;Kommunal SSR &valueOf; &toString;",
    );
  });
});

describe("analyseDocx", () => {
  it("reads minutes from a Word file", async () => {
    const data = await docx(
      [
        paragraph("Protokoll från samverkansgruppen den 12 mars 2025"),
        paragraph("1. Schema", { style: "Rubrik2" }),
        paragraph("Vision menar att schemat är för tätt."),
        paragraph("Vision reserverar sig mot beslutet."),
        paragraph("Justeras", { bold: true }),
        paragraph("Per Ström för Vision (oenighet under punkt 1)"),
      ].join(""),
    );
    expect(await docxToText(data)).toContain("## 1. Schema");
    const analysis = await analyseDocx(data);
    expect(analysis.sections.map((s) => [s.number, s.title])).toEqual([["1", "Schema"]]);
    expect(analysis.statements.map((s) => s.org)).toEqual(["vision", "vision"]);
    expect(analysis.disagreements.map((d) => d.orgs)).toEqual([["vision"]]);
    expect(analysis.justering).toEqual([
      { name: "Per Ström", org: "vision", note: "oenighet under punkt 1", paragraph: 5 },
    ]);
  });

  it("rejects bytes that are not a DOCX", async () => {
    await expect(analyseDocx(new TextEncoder().encode("inte en zip"))).rejects.toThrow();
  });
});
