import { NUMBERED } from "./headings";
import { isPersonName } from "./justering";
import type { SourceParagraph } from "./paragraphs";
import { findParties } from "./parties";
import { isRosterTableHeader } from "./roster";

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
/**
 * "Kvarnby 2024-05-21", "Malmö den 3 mars 2025": the place and date a signature stands under ("Justerat
 * 2025-04-02" heads the justering list instead).
 */
const PLACE_DATE =
  /^(?![Jj]uster)\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?,?\s+(?:den\s+)?(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+\p{Ll}+\s+\d{4})$/u;
/**
 * "Hälsningar", "Med vänlig hälsning", "Solidariska hälsningar", "Kamratliga hälsningar": a letter's closing,
 * one word of greeting or none before it, with its signers under it.
 */
const CLOSING = /^(?:(?:med\s+)?(?:\p{L}+\s+)?hälsning(?:ar)?|mvh)[,!.]?$/iu;
/** A signer's line: a name, with a role after a comma ("Malin Sjöberg, ordförande"); or the body signed for. */
const SIGNER_LENGTH = 80;
const SIGNATURE_LENGTH = 50;

/** A page number ending a header or footer line: "Socialförvaltningen      Sida 2 (3)", "… | Sida 2 av 3". */
const PAGE_MARK = /(?:^|[\s|·])sid(?:a|an)?\.?\s*\d+\s*(?:\(\s*\d+\s*\)|(?:av|of|\/)\s*\d+)$/i;
/** "Region X | Division Y | Protokoll …", "Onsdag 11 februari · Nyheter · Ort": a running header or a byline. */
const SEPARATED = /\s[|·]\s.*\s[|·]\s/;
/**
 * "Åby kommun – Protokoll FSG 2024-03-06 – 2 (3)", "Skolan – VSG – Minnesanteckningar 2022-10-05": a running
 * line of three parts or more between dashes, ending in the date, a page number or "sida N".
 */
const DASHED_RUNNING = /^[^–]+(?:\s–\s[^–]+){2,}$/;
const RUNNING_END = /(?:\d{4}-\d{2}-\d{2}|\d+\s*\(\d+\)|sida\s+\d+(?:\s*(?:av|\/)\s*\d+)?)$/i;
/** "Publicerad 2025-06-12", "Uppdaterad 3 mars 2026 kl. 07.30": a web page's date line, with its time or not. */
const PUBLISHED =
  /^(?:publicerad|uppdaterad|senast\s+uppdaterad)\b[^.]{0,40}\d(?:(?:\s+kl\.)?\s+\d{1,2}[.:]\d{2})?$/i;
/** How long a header or footer line may be. */
const FURNITURE_LENGTH = 160;

/** A page number, a line of separated parts or a date line; each pattern runs only where its mark is. */
function isRunningLine(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  const endsInFigure = (last >= 0x30 && last <= 0x39) || last === 0x29;
  if (endsInFigure && (PAGE_MARK.test(text) || PUBLISHED.test(text))) return true;
  if (endsInFigure && text.includes(" – ") && RUNNING_END.test(text) && DASHED_RUNNING.test(text))
    return !/[.!?]\s/.test(text);
  return (
    (text.includes(" | ") || text.includes(" · ")) &&
    SEPARATED.test(text) &&
    !/[.!?]\s/.test(text) &&
    !OPENING_LABEL.test(text) &&
    !isPipedTableRow(text)
  );
}

/**
 * "Namn | Roll | Organisation" over "Henrik Boman | HR-direktör | Arbetsgivaren": a table exported with pipes
 * between its cells, its header row of column words or a row opening with a person's name, is no running header.
 */
function isPipedTableRow(text: string): boolean {
  if (!text.includes(" | ")) return false;
  const cells = text.split(" | ").map((cell) => cell.trim());
  return isRosterTableHeader(cells) || isPersonName(cells[0]!);
}
/** "Företaget: Eva Ek, vd · Jan Berg, HR-chef · …": a line a label opens is the roster, not a byline. */
const OPENING_LABEL = /^[^:|·]{2,40}:\s/;

export interface FurnitureContext {
  /** The paragraph stands above the title. */
  beforeTitle: boolean;
  /** No item heading has come yet. */
  beforeSections: boolean;
}

/** The endings `LETTERHEAD` can end in ("stad", "kommun", "region", "…förvaltning"), looked for before it runs. */
const mayBeLetterhead = (text: string) =>
  (text.endsWith("stad") ||
    text.endsWith("kommun") ||
    text.endsWith("region") ||
    text.endsWith("förvaltning")) &&
  LETTERHEAD.test(text);
const endsInDigit = (text: string) => {
  const last = text.charCodeAt(text.length - 1);
  return last >= 0x30 && last <= 0x39;
};
/** A bare date ends in a figure (its day or year): other lines are not tried. */
const mayBeBareDate = (text: string) => endsInDigit(text) && BARE_DATE.test(text);
/** A closing ends in "hälsning", "hälsningar" or "mvh" (in any case), then a mark or none. */
function mayBeClosing(text: string): boolean {
  const mark = text.charAt(text.length - 1);
  const last = mark === "," || mark === "!" || mark === "." ? text.charAt(text.length - 2) : mark;
  return "gGrRhH".includes(last) && last !== "";
}

/** A letterhead ("Storviks kommun") or a bare date is a short line: longer ones are not tried. */
const SHORT_LINE = 60;
const LINK_LINE_LENGTH = 200;

/**
 * "Av: Lena Åkesson", "Text och foto: Maja Lind", "Av Lena Åkesson lena.akesson@tidningen.se", "Text: Tove Lindh,
 * informationsansvarig i sektionen" (the writer's role after a comma): a byline.
 */
const BYLINE =
  /^(?:[Aa]v|[Tt]ext|[Tt]ext\s+och\s+foto|[Ff]oto|[Rr]eporter)\s*:?\s+\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){1,2}(?:\s+\S+@\S+|,(?:\s+\p{Ll}+){1,4})?$/u;
export const isByline = (text: string) => text.length < SHORT_LINE + 20 && BYLINE.test(text);

export function isPageFurniture(paragraph: SourceParagraph, context: FurnitureContext): boolean {
  const text = paragraph.text;
  if (text.length < SHORT_LINE && (mayBeLetterhead(text) || mayBeBareDate(text))) return true;
  if (isByline(text)) return true;
  if (text.length < FURNITURE_LENGTH && isRunningLine(text)) return true;
  // The link pattern is anchored at the end, so it would try every start of a long paragraph.
  if (
    text.length < LINK_LINE_LENGTH &&
    text.includes("://") &&
    LINK_LINE.test(text) &&
    !/[.!?]\s/.test(text)
  ) {
    return true;
  }
  if (context.beforeTitle && !NUMBERED.test(text)) return true;
  return context.beforeSections && PREAMBLE_META.test(text);
}

/** "Vid protokollet", "Ordförande": a signature line, followed by the signer's name. */
export function isSignatureLine(text: string): boolean {
  // Signature lines are short: the patterns run only on short lines.
  if (text.length > SIGNATURE_LENGTH) return false;
  return (
    SIGNATURE.test(text) ||
    (endsInDigit(text) && PLACE_DATE.test(text)) ||
    (mayBeClosing(text) && CLOSING.test(text))
  );
}

/** The name under a signature line. */
export function isSigner(text: string, afterSignature: boolean): boolean {
  if (!afterSignature || text.length > SIGNER_LENGTH || /[.!?:]$/.test(text) || NUMBERED.test(text))
    return false;
  return isPersonName(text.split(",")[0]!) || findParties(text)[0]?.start === 0;
}
