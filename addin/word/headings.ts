import { firstLine } from "./read-index";

/** What the nearest heading is chosen from: a paragraph's text and both names of its style. */
export interface StyledParagraph {
  text: string;
  styleBuiltIn: string;
  /** The style's name as Word shows it (localised for built-in styles). */
  style: string;
}

const BUILT_IN_HEADINGS = new Set(["Heading1", "Heading2", "Heading3"]);
// Minutes converted from other editors carry their own styles named like Word's ("Rubrik 2" in Swedish).
const HEADING_NAME = /^(?:heading|rubrik)\s*[1-3]$/i;

const isHeading = (paragraph: StyledParagraph) =>
  BUILT_IN_HEADINGS.has(paragraph.styleBuiltIn) || HEADING_NAME.test(paragraph.style.trim());

/**
 * The item a mark outside any section belongs to: the text of the last level 1–3 heading among the paragraphs
 * before it (document order), or undefined when there is none. Empty headings are passed over.
 */
export function nearestHeading(paragraphs: readonly StyledParagraph[]): string | undefined {
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const paragraph = paragraphs[i]!;
    const title = isHeading(paragraph) ? firstLine(paragraph.text) : "";
    if (title) return title;
  }
  return undefined;
}

/**
 * Queues loading the paragraphs from the document's start up to the start of `paragraph` with what
 * `nearestHeading` needs, so the heading above a selection comes with the batch that marks it. (Should Word
 * count `paragraph` itself too, a heading marked as a statement names itself, which is still its item.)
 */
export function loadParagraphsBefore(
  context: Word.RequestContext,
  paragraph: Word.Paragraph,
): Word.ParagraphCollection {
  const paragraphs = context.document.body.getRange("Start").expandTo(paragraph.getRange("Start")).paragraphs;
  paragraphs.load("text,style,styleBuiltIn");
  return paragraphs;
}
