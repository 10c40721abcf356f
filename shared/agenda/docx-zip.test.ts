import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { docx, zipBomb } from "../../test/fixtures/agenda/hostile";
import { agendaFromDocx } from "./docx";
import { DOCX_LIMITS, readDocxParts, zipEntries } from "./docx-zip";
import { AgendaReadError } from "./errors";
import { htmlDocument } from "./node-html";

const MB = 1024 * 1024;
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

describe("reading a DOCX's zip within limits (issue 11, finding 6)", () => {
  it("refuses a part that declares more than the limit, before inflating anything", async () => {
    const error = await refusal(readDocxParts(await zipBomb(DOCX_LIMITS.partBytes + MB)));
    expect(error).toBeInstanceOf(AgendaReadError);
    expect((error as AgendaReadError).key).toBe("agenda.error.zipTooLarge");
    expect((error as Error).message).toBe(
      "Word-filen packas upp till mer än 64 MB och läses därför inte. Spara den som PDF och läs in den i stället.",
    );
  });

  it("stops inflating a part that lies about its size once it passes the limit", async () => {
    const error = await refusal(readDocxParts(await zipBomb(DOCX_LIMITS.partBytes + MB, 1000)));
    expect((error as AgendaReadError).key).toBe("agenda.error.zipTooLarge");
  });

  it("refuses the same bomb through agendaFromDocx with the catalogue's message", async () => {
    await expect(agendaFromDocx(await zipBomb(100 * MB), { parseHtml: htmlDocument })).rejects.toThrow(
      "Word-filen packas upp till mer än 64 MB",
    );
  });

  it("refuses more entries than a Word file has", async () => {
    const zip = new JSZip();
    for (let index = 0; index <= DOCX_LIMITS.entries; index++) zip.file(`word/media/${index}.bin`, "");
    const error = await refusal(readDocxParts(await zip.generateAsync({ type: "uint8array" })));
    expect((error as AgendaReadError).key).toBe("agenda.error.zipEntries");
  });

  it("lists a real DOCX's entries and reads its XML parts", async () => {
    const bytes = await docx("<w:p><w:r><w:t>Budget</w:t></w:r></w:p>");
    expect(zipEntries(bytes).map((entry) => entry.name)).toEqual([
      "[Content_Types].xml",
      "_rels/",
      "_rels/.rels",
      "word/",
      "word/document.xml",
    ]);
    const { parts, others } = await readDocxParts(bytes);
    expect(parts.get("word/document.xml")).toContain("<w:t>Budget</w:t>");
    expect(others).toEqual([]);
  });

  it("says a file that is no zip is no Word file", async () => {
    const error = await refusal(readDocxParts(new TextEncoder().encode("inte en zip")));
    expect((error as AgendaReadError).key).toBe("agenda.error.notDocx");
  });
});
