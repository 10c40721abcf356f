import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { cli, expectUsageError } from "../../test/harness/cli";
import { describeExamples, examplePath } from "../../test/harness/examples";

const invented = resolve(import.meta.dirname, "../../test/fixtures/minutes/mbl-forhandling.txt");
const dir = mkdtempSync(join(tmpdir(), "analyze-cli-"));

describeExamples("analyze command on example 004", () => {
  const example = examplePath("004");
  it("prints the specified JSON with canonical organisation ids", async () => {
    const result = await cli("analyze", example, "--json");
    expect(result.status).toBe(0);
    const json = JSON.parse(result.out);
    expect(Object.keys(json)).toEqual(["sections", "statements", "disagreements", "justering", "findings"]);
    expect(json.sections[0]).toEqual({ title: "Mötets öppnande", group: null });
    expect(json.sections).toContainEqual({
      title: "Långsiktig hållbar ekonomi i en turbulent omvärld",
      group: "mbl11",
    });
    expect(Object.keys(json.statements[0])).toEqual(["org", "section", "text"]);
    expect(new Set(json.statements.map((s: { org: string }) => s.org))).toEqual(
      new Set(["kommunal", "sveriges-larare", "saco", "ssr", "arbetsgivaren"]),
    );
    expect(json.disagreements).toEqual([
      {
        orgs: ["kommunal"],
        section: "Föranmälda frågor",
        text: expect.stringMatching(/^Kommunal menade att/),
      },
    ]);
    expect(json.justering).toContainEqual({
      name: "Charlotte Andersson",
      org: "kommunal",
      note: "oenighet under föranmälda frågor",
    });
    expect(json.findings.map((f: { kind: string }) => f.kind)).toEqual([
      "date-mismatch",
      "weekday-mismatch",
      "deadline-before-meeting",
    ]);
    expect(Object.keys(json.findings[0])).toEqual(["kind", "message", "section"]);
  });

  it("prints a Swedish summary without --json", async () => {
    const result = await cli("analyze", example);
    expect(result.status).toBe(0);
    expect(result.out).toContain("Oenighet: 1");
    expect(result.out).toContain("Att åtgärda före justering: 3");
    expect(result.out).toContain("den 15 januari 2024 är en måndag");
  });
});

describe("analyze command", () => {
  it("reads markdown and DOCX", async () => {
    const md = join(dir, "protokoll.md");
    writeFileSync(
      md,
      "# Protokoll från gruppen den 3 mars 2025\n\n## 1. Schema\n\nVision menar att schemat är tätt.\n",
    );
    expect(JSON.parse((await cli("analyze", md, "--json")).out).statements).toEqual([
      { org: "vision", section: "Schema", text: "Vision menar att schemat är tätt." },
    ]);
    const zip = new JSZip();
    zip.file(
      "[Content_Types].xml",
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    );
    zip.file(
      "_rels/.rels",
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    );
    zip.file(
      "word/document.xml",
      '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Kommunal tog upp frågan om scheman.</w:t></w:r></w:p></w:body></w:document>',
    );
    const docx = join(dir, "protokoll.docx");
    writeFileSync(docx, await zip.generateAsync({ type: "uint8array" }));
    expect(JSON.parse((await cli("analyze", docx, "--json")).out).statements[0].org).toBe("kommunal");
  });

  it("exits 2 with one Swedish line on unreadable input", async () => {
    expectUsageError(await cli("analyze", join(dir, "saknas.txt")), "filen finns inte");
    const badDocx = join(dir, "trasig.docx");
    writeFileSync(badDocx, "inte en zip");
    expectUsageError(await cli("analyze", badDocx), "ingen giltig Word-fil");
    const latin1 = join(dir, "latin1.txt");
    writeFileSync(latin1, Buffer.from([0x53, 0x53, 0x52, 0x20, 0xe4, 0x72, 0x20, 0xff, 0xfe]));
    expectUsageError(await cli("analyze", latin1), "inte text i UTF-8");
    const pdf = join(dir, "protokoll.pdf");
    writeFileSync(pdf, readFileSync(invented));
    expectUsageError(await cli("analyze", pdf), "filtypen stöds inte");
    expectUsageError(await cli("analyze"), "Ange protokollfilen");
    expectUsageError(await cli("analyze", invented, "--xml"), "Okänt val: --xml");
  });
});
