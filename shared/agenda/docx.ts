import type { Agenda, Notice } from "../model/meeting";
import { keepParagraphs } from "./docx-body";
import { injectListNumbers, parseNumbering, parseStyleNumbering } from "./docx-numbering";
import { DOCX_LIMITS, readDocxParts } from "./docx-zip";
import { AgendaReadError } from "./errors";
import { extractAgendaFromDocument } from "./extract";
import { withNotice } from "./notices";

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

/** Paragraphs converted; the rest of a longer document is left out with a notice. */
export const MAX_DOCX_PARAGRAPHS = 3000;

/**
 * The DOCX rebuilt from its checked XML parts, with its automatic list numbers as text and at most
 * `MAX_DOCX_PARAGRAPHS` paragraphs. Images and other binary parts are left empty: mammoth then inflates
 * nothing it was not checked for.
 */
async function prepareDocx(
  data: ArrayBuffer | Uint8Array,
): Promise<{ bytes: Uint8Array; notices: Notice[] }> {
  const { parts, others } = await readDocxParts(toBytes(data));
  let documentXml = parts.get("word/document.xml");
  if (documentXml === undefined) throw new AgendaReadError("agenda.error.notDocx");
  const numberingXml = parts.get("word/numbering.xml");
  if (numberingXml !== undefined) {
    const styles = parseStyleNumbering(parts.get("word/styles.xml") ?? "");
    documentXml = injectListNumbers(documentXml, parseNumbering(numberingXml), styles);
  }
  const body = keepParagraphs(documentXml, MAX_DOCX_PARAGRAPHS);
  parts.set("word/document.xml", body.xml);
  const notices: Notice[] =
    body.kept < body.total
      ? [{ key: "agenda.notice.paragraphsCut", params: { kept: body.kept, total: body.total } }]
      : [];
  const { default: JSZip } = await import("jszip");
  const zip = new JSZip();
  for (const [name, text] of parts) zip.file(name, text);
  for (const name of others) zip.file(name, "");
  return { bytes: await zip.generateAsync({ type: "uint8array", compression: "STORE" }), notices };
}

/** The DOCX as `agendaFromDocx` gives it to mammoth (for tests and tools). */
export const withListNumbers = async (data: ArrayBuffer | Uint8Array): Promise<Uint8Array> =>
  (await prepareDocx(data)).bytes;

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
export async function docxHtml(data: ArrayBuffer | Uint8Array): Promise<{ html: string; notices: Notice[] }> {
  const { bytes, notices } = await prepareDocx(data);
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
  return { html, notices };
}

/** The agenda of a DOCX's HTML (from `docxHtml`), with the notices of what was left out. */
export function agendaFromDocxHtml(
  html: string,
  options: DocxOptions = {},
  notices: readonly Notice[] = [],
): Agenda {
  const doc = (options.parseHtml ?? parseWithDomParser)(html);
  const { sourceUrl: _none, ...agenda } = extractAgendaFromDocument(doc, "about:blank");
  return notices.reduce(withNotice, agenda);
}

/** The agenda of a DOCX file. Rejects with an `AgendaReadError` when it is no readable DOCX. */
export async function agendaFromDocx(
  data: ArrayBuffer | Uint8Array,
  options: DocxOptions = {},
): Promise<Agenda> {
  const { html, notices } = await docxHtml(data);
  return agendaFromDocxHtml(html, options, notices);
}
