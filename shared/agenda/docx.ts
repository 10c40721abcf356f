import type { Agenda } from "../model/meeting";
import { injectListNumbers, parseNumbering, parseStyleNumbering } from "./docx-numbering";
import { extractAgendaFromDocument } from "./extract";

/**
 * DOCX agendas: Word's list numbers are written into the document first (see docx-numbering), then
 * mammoth turns it into HTML and the DOM extractor reads that. JSZip and mammoth load on first use.
 */
export interface DocxOptions {
  /**
   * Parses mammoth's HTML. Default: the page's DOMParser. Node has none: pass linkedom's, as the CLI does
   * (`(html) => parseHTML(html).document`). Kept out of this module so browser bundles never carry it.
   */
  parseHtml?: (html: string) => Document;
}

/** The DOCX with its automatic list numbers as text. Returns the input when it has no numbering. */
export async function withListNumbers(data: ArrayBuffer | Uint8Array): Promise<Uint8Array> {
  const { default: JSZip } = await import("jszip");
  const zip = await JSZip.loadAsync(data);
  const documentFile = zip.file("word/document.xml");
  const numberingFile = zip.file("word/numbering.xml");
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (!documentFile || !numberingFile) return bytes;
  const numbering = parseNumbering(await numberingFile.async("string"));
  const stylesXml = await zip.file("word/styles.xml")?.async("string");
  const documentXml = await documentFile.async("string");
  zip.file(
    "word/document.xml",
    injectListNumbers(documentXml, numbering, parseStyleNumbering(stylesXml ?? "")),
  );
  return zip.generateAsync({ type: "uint8array" });
}

function parseWithDomParser(html: string): Document {
  if (typeof DOMParser === "undefined")
    throw new Error("agendaFromDocx: no DOMParser here, pass options.parseHtml");
  return new DOMParser().parseFromString(html, "text/html");
}

/** The agenda of a DOCX file. Rejects when the file is not a readable DOCX. */
export async function agendaFromDocx(
  data: ArrayBuffer | Uint8Array,
  options: DocxOptions = {},
): Promise<Agenda> {
  const bytes = await withListNumbers(data);
  const { default: mammoth } = await import("mammoth");
  // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`; both take the bytes as given.
  const input = { buffer: bytes, arrayBuffer: bytes } as unknown as { arrayBuffer: ArrayBuffer };
  const { value: html } = await mammoth.convertToHtml(input);
  const doc = (options.parseHtml ?? parseWithDomParser)(html);
  const { sourceUrl: _none, ...agenda } = extractAgendaFromDocument(doc, "about:blank");
  return agenda;
}
