import type { Agenda } from "../model/meeting";
import { injectListNumbers, parseNumbering, parseStyleNumbering } from "./docx-numbering";
import { DOCX_LIMITS, readDocxParts } from "./docx-zip";
import { AgendaReadError } from "./errors";
import { extractAgendaFromDocument } from "./extract";

/**
 * DOCX agendas: the zip is read within limits (docx-zip), Word's list numbers are written into the
 * document (docx-numbering), then mammoth turns the text parts into HTML and the DOM extractor reads that.
 * JSZip and mammoth load on first use.
 */
export interface DocxOptions {
  /**
   * Parses mammoth's HTML. Default: the page's DOMParser. Node has none: pass linkedom's, as the CLI does
   * (`(html) => parseHTML(html).document`). Kept out of this module so browser bundles never carry it.
   */
  parseHtml?: (html: string) => Document;
}

const toBytes = (data: ArrayBuffer | Uint8Array): Uint8Array =>
  data instanceof Uint8Array ? data : new Uint8Array(data);

/**
 * The DOCX rebuilt from its checked XML parts, with its automatic list numbers as text. Images and other
 * binary parts are left empty: mammoth then inflates nothing it was not checked for.
 */
export async function withListNumbers(data: ArrayBuffer | Uint8Array): Promise<Uint8Array> {
  const { parts, others } = await readDocxParts(toBytes(data));
  const documentXml = parts.get("word/document.xml");
  if (documentXml === undefined) throw new AgendaReadError("agenda.error.notDocx");
  const numberingXml = parts.get("word/numbering.xml");
  if (numberingXml !== undefined) {
    const styles = parseStyleNumbering(parts.get("word/styles.xml") ?? "");
    parts.set("word/document.xml", injectListNumbers(documentXml, parseNumbering(numberingXml), styles));
  }
  const { default: JSZip } = await import("jszip");
  const zip = new JSZip();
  for (const [name, text] of parts) zip.file(name, text);
  for (const name of others) zip.file(name, "");
  return zip.generateAsync({ type: "uint8array", compression: "STORE" });
}

function parseWithDomParser(html: string): Document {
  if (typeof DOMParser === "undefined")
    throw new Error("agendaFromDocx: no DOMParser here, pass options.parseHtml");
  return new DOMParser().parseFromString(html, "text/html");
}

/** mammoth's HTML larger than this is no agenda: refused before it is parsed into a page. */
export const MAX_DOCX_HTML_CHARS = 8 * 1024 * 1024;

/**
 * The HTML of a DOCX (the part that unzips and converts, which a Worker can do). Rejects with an
 * `AgendaReadError` (a catalogue message) when the file is no readable DOCX or unpacks past the limits;
 * mammoth's and its XML parser's own errors never reach the user.
 */
export async function docxHtml(data: ArrayBuffer | Uint8Array): Promise<string> {
  const bytes = await withListNumbers(data);
  const { default: mammoth } = await import("mammoth");
  // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`; both take the bytes as given.
  const input = { buffer: bytes, arrayBuffer: bytes } as unknown as { arrayBuffer: ArrayBuffer };
  let html: string;
  try {
    // Images are not read (their parts are empty): an agenda is text.
    const convertImage = mammoth.images.imgElement(() => Promise.resolve({ src: "" }));
    html = (await mammoth.convertToHtml(input, { convertImage })).value;
  } catch {
    throw new AgendaReadError("agenda.error.notDocx");
  }
  if (html.length > MAX_DOCX_HTML_CHARS)
    throw new AgendaReadError("agenda.error.zipTooLarge", { max: DOCX_LIMITS.totalBytes / (1024 * 1024) });
  return html;
}

/** The agenda of a DOCX's HTML (from `docxHtml`). */
export function agendaFromDocxHtml(html: string, options: DocxOptions = {}): Agenda {
  const doc = (options.parseHtml ?? parseWithDomParser)(html);
  const { sourceUrl: _none, ...agenda } = extractAgendaFromDocument(doc, "about:blank");
  return agenda;
}

/** The agenda of a DOCX file. Rejects with an `AgendaReadError` when it is no readable DOCX. */
export async function agendaFromDocx(
  data: ArrayBuffer | Uint8Array,
  options: DocxOptions = {},
): Promise<Agenda> {
  const html = await docxHtml(data);
  return agendaFromDocxHtml(html, options);
}
