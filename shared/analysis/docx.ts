import { withListNumbers } from "../agenda/docx";
import { analyseMinutes } from "./analyse";
import { htmlToMinutesText } from "./html-text";
import type { Analysis } from "./types";

/**
 * The text of minutes saved as DOCX, with Word's automatic item numbers written in (so "3. Val av
 * justerare" keeps its number). mammoth loads on first use. Rejects when the bytes are not a DOCX.
 */
export async function docxToText(data: ArrayBuffer | Uint8Array): Promise<string> {
  const bytes = await withListNumbers(data);
  const { default: mammoth } = await import("mammoth");
  // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`; both take the bytes as given.
  const input = { buffer: bytes, arrayBuffer: bytes } as unknown as { arrayBuffer: ArrayBuffer };
  const { value: html } = await mammoth.convertToHtml(input);
  return htmlToMinutesText(html);
}

export async function analyseDocx(data: ArrayBuffer | Uint8Array): Promise<Analysis> {
  return analyseMinutes(await docxToText(data));
}
