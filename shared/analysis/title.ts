import { groupOf } from "./groups";
import { isHeadingLike, NUMBERED } from "./headings";
import { isPersonName } from "./justering";
import type { SourceParagraph } from "./paragraphs";

const TITLE = /^(?:minnesanteckningar|mötesanteckningar|anteckningar|protokoll|förhandlingsprotokoll)\b/i;
/**
 * "Ämne: Anteckningar APT …": an e-mail's subject line names the document it carries, also as a reply or a
 * forward ("Ämne: SV: Protokoll …").
 */
const SUBJECT_LABEL = /^(?:ämne|subject|rubrik)\s*:\s*(?:(?:sv|vb|re|fw|fwd|vs)\s*:\s*){0,3}/i;
/** "Anteckningar: Åsa Ek": the word of a title as a label over a person (who takes the notes), no title. */
const LABEL_OVER_NAME = /^\p{L}+\s*:\s*(.+)$/u;
const isLabelOverName = (text: string) => isPersonName(LABEL_OVER_NAME.exec(text)?.[1] ?? "");
/** A first line that names the document as such, however short: "FÖRHANDLINGSPROTOKOLL", "Vision informerar – rapport …". */
const FIRST_LINE_TITLE =
  /^(?:förhandlingsprotokoll|protokoll|minnesanteckningar)$|\b(?:informerar|rapport\s+från|nyhetsbrev|medlemsbrev)\b/i;
const DATE_IN_TITLE = /\d{4}|\b\d{1,2}\s+\p{Ll}+\b/u;
/** "Protokoll 1/2025 är justerat. Av åtgärdslistan …": more than one sentence is an item's text, no title. */
const SENTENCES = /[.!?]\s+\p{Lu}/u;
/** The title is looked for among the first lines only: further down "Protokoll …" is body text. */
const TITLE_WITHIN = 20;
/** "PROTOKOLL" alone, or as the last column of the letterhead ("KVARNBY KOMMUN      PROTOKOLL"). */
const DOCUMENT_KIND =
  /^(?:förhandlingsprotokoll|protokoll|minnesanteckningar|mötesanteckningar|medlemsbrev)$/i;
/** A document kind or a newsletter's name stands among the first few lines, under the letterhead. */
const KIND_WITHIN = 6;

function namesDocument(paragraph: SourceParagraph): boolean {
  const last = paragraph.columns?.at(-1) ?? paragraph.text;
  return DOCUMENT_KIND.test(last) || (paragraph.text.length <= 200 && FIRST_LINE_TITLE.test(paragraph.text));
}

/**
 * The paragraph holding the title of the minutes, or -1: the first "Protokoll …"/"Minnesanteckningar …" line
 * with a date (else the first such line), or a top-level markdown heading opening the text.
 */
export function findTitle(paragraphs: readonly SourceParagraph[]): number {
  let title = -1;
  for (let i = 0; i < Math.min(paragraphs.length, TITLE_WITHIN); i++) {
    const text = paragraphs[i]!.text.replace(SUBJECT_LABEL, "");
    // A title is a line, not a text that happens to start with "Protokoll" (all minutes on one line).
    if (!TITLE.test(text) || text.length <= 25 || text.length > 200 || SENTENCES.test(text)) continue;
    if (isLabelOverName(text)) continue;
    if (DATE_IN_TITLE.test(text)) return i;
    if (title < 0) title = i;
  }
  if (title >= 0) return title;
  if (paragraphs[0]?.mdLevel === 1) return 0;
  for (let i = 0; i < Math.min(paragraphs.length, KIND_WITHIN); i++)
    if (namesDocument(paragraphs[i]!)) return i;
  // Else a plain first line that is no item and no group: a masthead or a document's name.
  const first = paragraphs[0];
  const plain = first && first.mdLevel === 0 && !NUMBERED.test(first.text) && groupOf(first.text) === null;
  return plain && isHeadingLike(first) ? 0 : -1;
}
