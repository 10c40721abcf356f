import { tags } from "./docx-xml";

/**
 * A Word document's body cut after its first `max` paragraphs, at the end of a top-level element (a
 * paragraph or a whole table), so the XML stays whole. mammoth converts about a paragraph in a tenth of a
 * millisecond: a document of 80,000 paragraphs would hold the reader for many seconds, while an agenda's
 * items stand in its first pages.
 */
export interface KeptBody {
  xml: string;
  /** Paragraphs in the document, and paragraphs kept. */
  total: number;
  kept: number;
}

export function keepParagraphs(xml: string, max: number): KeptBody {
  let depth = -1;
  let total = 0;
  let cut: { at: number; kept: number } | null = null;
  for (const tag of tags(xml)) {
    if (tag.name === "w:body") {
      if (!tag.closing && !tag.selfClosing) depth = 0;
      else if (tag.closing) depth = -1;
      continue;
    }
    if (depth < 0) continue;
    if (tag.name === "w:p" && (tag.closing || tag.selfClosing)) total++;
    if (tag.closing) depth--;
    else if (!tag.selfClosing) depth++;
    // The end of a top-level element of the body: a place where the document may be cut.
    if (depth === 0 && !cut && total >= max) cut = { at: tag.end, kept: total };
  }
  if (!cut || total <= max) return { xml, total, kept: total };
  return { xml: `${xml.slice(0, cut.at)}</w:body></w:document>`, total, kept: cut.kept };
}
