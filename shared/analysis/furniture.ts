import { NUMBERED } from "./headings";
import { isPersonName } from "./justering";
import type { SourceParagraph } from "./paragraphs";

/**
 * Lines that are not the minutes' content: the letterhead, bare links and dates of the page header, what
 * stands above the title, the preamble's "Bilaga till …"/"Dnr", and signature lines with their names.
 */
const LETTERHEAD = /^\p{Lu}[\p{L}-]*s?\s+(?:stad|kommun|region|stadsdelsförvaltning)$/u;
const LINK_LINE = /<?https?:\/\/\S+>?\s*$/;
const BARE_DATE = /^(?:\p{L}+dag(?:en)?\s+)?(?:den\s+)?(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+\p{Ll}+\s+\d{4})$/u;
const PREAMBLE_META = /^(?:bilaga\s+(?:till|nr)|protokoll\s+nr|sid\b|diarienummer|dnr\b)/i;
// Signature lines: "Vid protokollet" / "Karin Ek", "Ordförande" / name.
const SIGNATURE =
  /^(?:vid\s+(?:protokollet|anteckningarna|pennan)|protokollförare|antecknare|sekreterare|ordförande|underskrift(?:er)?|signatur)\s*:?$/i;

export interface FurnitureContext {
  /** The paragraph stands above the title. */
  beforeTitle: boolean;
  /** No item heading has come yet. */
  beforeSections: boolean;
}

export function isPageFurniture(paragraph: SourceParagraph, context: FurnitureContext): boolean {
  const text = paragraph.text;
  if (LETTERHEAD.test(text) || BARE_DATE.test(text)) return true;
  if (LINK_LINE.test(text) && text.length < 200 && !/[.!?]\s/.test(text)) return true;
  if (context.beforeTitle && !NUMBERED.test(text)) return true;
  return context.beforeSections && PREAMBLE_META.test(text);
}

/** "Vid protokollet", "Ordförande": a signature line, followed by the signer's name. */
export function isSignatureLine(text: string): boolean {
  return SIGNATURE.test(text);
}

/** The name under a signature line. */
export function isSigner(text: string, afterSignature: boolean): boolean {
  return afterSignature && isPersonName(text);
}
