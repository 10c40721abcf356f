import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { hugeStartDocx, numberedDocx, unclosedTagDocx } from "../../test/fixtures/agenda/hostile";
import { agendaFromDocx as agendaFromDocxWith, withListNumbers } from "./docx";
import { injectListNumbers, parseNumbering } from "./docx-numbering";
import { readDocxParts } from "./docx-zip";
import { htmlDocument } from "./node-html";

// Node has no DOMParser: linkedom parses mammoth's HTML, as in the CLI.
const agendaFromDocx = (data: Uint8Array) => agendaFromDocxWith(data, { parseHtml: htmlDocument });

const fixture = (name = "agenda-numbered.docx") =>
  readFileSync(new URL(`../../test/fixtures/agenda/${name}`, import.meta.url));

describe("agendaFromDocx", () => {
  it("the fixture really uses Word's automatic numbering: no number is in the text", async () => {
    const zip = await JSZip.loadAsync(fixture());
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(xml).toContain("<w:numPr>");
    expect(xml).not.toMatch(/§\s*\d/);
  });

  it("keeps Word's list numbers and reads every item", async () => {
    const agenda = await agendaFromDocx(fixture());
    expect(agenda.committee).toBe("Kommunstyrelsen");
    expect(agenda.meetingDate).toBe("2024-03-12");
    expect(
      agenda.items.map((item) => [item.number, item.title, item.dnr.join(" | ") || null, item.mbl]),
    ).toEqual([
      // Under "Beslutsärenden" and "Informationsärenden": the class the grouping suggests.
      ["§ 45", "Val av justerare", null, "mbl11"],
      ["§ 46", "Årsredovisning 2023 för Kommunstyrelsen", "KS 2024/101", "mbl11"],
      ["§ 46 a", "Uppföljning av intern kontroll", "KS 2024/102", "mbl11"],
      ["§ 46 b", "Verksamhetsberättelse för personalavdelningen", "KS 2024/103", "mbl11"],
      ["§ 47", "Ny lönepolicy", "KS 2023/0877-2.1", "mbl11"],
      ["§ 48", "Riktlinjer för arbetsmiljö och hälsa", "KS 2024/140", "mbl11"],
      ["1", "Rekrytering av ny HR-direktör", null, "mbl19"],
      ["2", "Lägesrapport om lokalförsörjning", null, "mbl19"],
    ]);
    expect(agenda.items[4]?.links).toEqual([
      { text: "Tjänsteutlåtande", href: "https://diarium.kommun.example/ks/2023-0877/tjansteutlatande.pdf" },
    ]);
    expect(agenda.items.flatMap((item) => item.links)).toHaveLength(1);
  });

  it("reads a Word table whose number column is an automatic list, and style-numbered items", async () => {
    const agenda = await agendaFromDocx(fixture("agenda-table.docx"));
    expect(agenda.committee).toBe("Vård- och omsorgsnämnden");
    expect(agenda.meetingDate).toBe("2024-06-11");
    expect(
      agenda.items.map((item) => [item.number, item.title, item.dnr.join(" | ") || null, item.mbl]),
    ).toEqual([
      ["1", "Val av justerare", null, null],
      ["2", "Delårsrapport per april 2024", "VON 2024/201", null],
      ["3", "Avgifter inom äldreomsorgen 2025", "VON 2024/187", null],
      ["4", "Yttrande över motion om trygghetsboende", "VON 2023/640", null],
      ["A", "Semesterplanering i hemtjänsten", null, "mbl19"],
      ["B", "Arbetsmiljöverkets inspektion av Solgårdens boende", null, "mbl19"],
    ]);
  });

  it("rebuilds the file from its XML parts only, binary parts left empty", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document/>");
    zip.file("word/media/image1.png", new Uint8Array(5000).fill(7));
    const rebuilt = await JSZip.loadAsync(
      await withListNumbers(await zip.generateAsync({ type: "uint8array" })),
    );
    expect(await rebuilt.file("word/document.xml")?.async("string")).toBe("<w:document/>");
    expect(await rebuilt.file("word/media/image1.png")?.async("uint8array")).toEqual(new Uint8Array(0));
  });

  it("says what is missing when there is neither a DOMParser nor a parser passed in", async () => {
    await expect(agendaFromDocxWith(fixture())).rejects.toThrow(/DOMParser/);
  });

  it("rejects a file that is not a DOCX with the catalogue's Swedish message", async () => {
    await expect(agendaFromDocx(new TextEncoder().encode("inte en docx"))).rejects.toThrow(
      "Filen är ingen Word-fil (.docx) som kunde läsas",
    );
    const noDocument = new JSZip();
    noDocument.file("word/styles.xml", "<w:styles/>");
    await expect(agendaFromDocx(await noDocument.generateAsync({ type: "uint8array" }))).rejects.toThrow(
      "Filen är ingen Word-fil (.docx) som kunde läsas",
    );
  });

  it("maps an XML parser's error to the catalogue's message", async () => {
    const broken = new JSZip();
    broken.file("[Content_Types].xml", "<Types");
    broken.file("_rels/.rels", "<Relationships><Relationship Id='rId1' Target='word/document.xml'");
    broken.file("word/document.xml", "<w:document><w:body><w:p></w:document>");
    const error = await agendaFromDocx(await broken.generateAsync({ type: "uint8array" })).catch(
      (caught: Error) => caught,
    );
    expect(String(error)).not.toMatch(/xmldom|Error:.*[a-z]+ [a-z]+ at/i);
  });
});

describe("agendaFromDocx on hostile numbering (issue 11, findings 5 and 7)", () => {
  const read = (bytes: Uint8Array) => agendaFromDocxWith(bytes, { parseHtml: htmlDocument });

  it("clamps w:start=500000000: a letter list spells no number (it would pass 20 characters), the items still read", async () => {
    // mammoth keeps the paragraphs as a list, so they carry the list's positions.
    expect(
      (await read(await hugeStartDocx("lowerLetter"))).items.map((item) => [item.number, item.title]),
    ).toEqual([
      ["1", "Budget 2025"],
      ["2", "Taxor 2026"],
    ]);
    // A decimal list stops at Word's largest counter, 32767, written before the title as Word would.
    expect((await read(await hugeStartDocx("decimal"))).items.map((item) => item.title)).toEqual([
      "32767. Budget 2025",
      "32767. Taxor 2026",
    ]);
  });

  it("numbers 20,000 paragraphs, each once", async () => {
    const { parts } = await readDocxParts(await numberedDocx(20_000));
    const numbering = parseNumbering(parts.get("word/numbering.xml") ?? "");
    const xml = injectListNumbers(parts.get("word/document.xml") ?? "", numbering);
    expect(xml.match(/<w:t xml:space="preserve">\d+\. <\/w:t>/g)).toHaveLength(20_000);
    expect(xml).toContain('<w:t xml:space="preserve">20000. </w:t>');
  });

  it("converts the first 3,000 paragraphs of a longer document and says how many it has", async () => {
    const agenda = await read(await numberedDocx(20_000));
    expect(agenda.items).toHaveLength(500);
    expect(agenda.notices).toEqual([
      { key: "agenda.notice.itemsCut", params: { found: 3000, kept: 500 } },
      { key: "agenda.notice.paragraphsCut", params: { kept: 3000, total: 20_000 } },
    ]);
  });

  it("numbers past an unclosed tag of 200,000 letters, then refuses the broken XML in Swedish", async () => {
    const { withListNumbers: inject } = await import("./docx");
    const rebuilt = await JSZip.loadAsync(await inject(await unclosedTagDocx(200_000)));
    expect(await rebuilt.file("word/document.xml")?.async("string")).toContain(
      '<w:t xml:space="preserve">1. </w:t>',
    );
    await expect(read(await unclosedTagDocx(200_000))).rejects.toThrow(
      "Filen är ingen Word-fil (.docx) som kunde läsas",
    );
  });
});
