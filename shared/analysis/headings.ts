import { isPersonName } from "./justering";
import type { SourceParagraph } from "./paragraphs";
import { ITEM_LABELS } from "./words/labels";

// "3. Val av justerare", "1 Mötets öppnande", "§ 4 Förhandlingsfråga", "Punkt 2: Budget", "Ärende 5 – …",
// "PUNKT 3: BUDGET", "Pkt 4. Lokaler", "Moment 2 – Förhandlingsfråga"; and by letter or roman numeral, "B. Lagerflytten", "B.1 Tidplan",
// "IV. Nya öppettider", "A1 Bokslut", "IV.a Skyddsronder", "7 b. Hot och våld" under item 7, and sub-items "a) Julbordet", "b. Parkering", "c1. Bemanning" (group 4: such a number counts only where
// the text numbers items so twice or more); "3 § Avslut" (the number before the sign) is "§ 3"; "§1. Öppnande" is numbered too.
export const NUMBERED =
  /^(?:(§\s*\d+\s?[a-z]?|\d{1,3}\s?§)\.?|(?:(?:[Pp]unkt|PUNKT|[Pp]kt|PKT|[Ää]rende|ÄRENDE|[Mm]oment|MOMENT)\s+|\[(?=\d{1,2}\]))(\d{1,2}[a-z]?)(?:\/\d{1,2})?(?:[:.\]]|\s+[–-])?|(\d{1,2}(?:\.\d{1,2})*|\d{1,2}\s?[a-z](?=[.)]))[.)]?|((?:[A-Z]|[IVX]{2,5})\.[a-z]\.?|[A-Z](?:\.\d{1,2})+\.?|[A-Z]\d{1,2}\.?|(?:[A-Z]|[IVX]{2,5})[.)]|[a-z][.)]|[a-z]\d{1,2}[.)]))\s+(?=[\p{Lu}"”])(.+)$/u;

/** The number a NUMBERED match gives, and whether it is a letter or a roman numeral. */
export function numberOf(match: RegExpExecArray): { number: string; lettered: boolean } {
  const sign = match[1]?.endsWith("§") ? `§ ${match[1].slice(0, -1).trim()}` : match[1];
  const number = (sign ?? match[2] ?? match[3] ?? match[4]!.replace(/[.)]$/, "")).replace(/\s+/g, " ");
  return { number, lettered: match[4] !== undefined };
}

const DELIBERATE_NOTHING =
  /^(?:[-–—]+|inget(?:\s+att\s+(?:rapportera|anmärka|notera|tillägga))?\.?|inga(?:\s+(?:frågor|övriga\s+frågor|synpunkter|inspel|kommentarer))?\.?|ingenting\.?)$/i;

/** An item's body that deliberately says nothing ("-", "Inget att rapportera"): the item is not empty. */
export function isDeliberatelyEmpty(text: string): boolean {
  return DELIBERATE_NOTHING.test(text.trim());
}

/** A table row: three cells or more, or a line ending in two figures ("Förskola 8,9 +0,6"). */
const TABLE_ROW_END = /\d\s*%?\s+[+−-]?\d[\d,.]*\s*%?$/;
const TABLE_CELLS = 3;
/** "FAKTA: Samverkan", "OBS: …": a box's label in capitals, not an item. */
const CAPITAL_LABEL = /^\p{Lu}{3,}:\s/u;
const PERSON_WITH_ROLE = /^[^,]+,\s+\p{Ll}/u;
/** A label of a word or two, then the person it names: their first and last name, and a comma, a note or nothing. */
const LABELLED_PERSON =
  /^\p{Lu}\p{Ll}+(?:\s\p{Ll}+)?:\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s\p{Lu}\p{Ll}+)(?:$|[\s,(])/u;
const isLabelledPerson = (text: string) => {
  const person = LABELLED_PERSON.exec(text)?.[1];
  return person !== undefined && isPersonName(person);
};
/** "Föredragande: Maria Holt", "Underlag: PM 2025-03-20": an item's label line. */
const ITEM_LABEL = new RegExp(`^(?:${ITEM_LABELS.join("|")})\\s*:`, "i");
export const isItemLabel = (text: string) => ITEM_LABEL.test(text);
/** Numbered lines longer than this are sentences ("3 medarbetare har …"), unless "§" numbers them. */
const NUMBERED_HEADING_LENGTH = 80;

/** "1. Öppnande:": a numbered line ending in a colon is a heading up to this many words. */
const NUMBERED_COLON_HEADING_WORDS = 8;
// A note in parentheses and a dash are not words of the title ("… – ny driftcentral (samverkan enl. MBL 11 §):").
const isShortNumbered = (text: string) =>
  text
    .replace(/\([^()]*\)/g, "")
    .split(/\s+/)
    .filter((word) => word !== "–" && word !== "-" && word !== ":").length <= NUMBERED_COLON_HEADING_WORDS &&
  NUMBERED.test(text);

// Kept out of the function: esbuild (tsx) compiles a `\p{…}` literal to `new RegExp`, built per call.
const TWO_LETTERS = /\p{L}{2}/u;
/** A capital, a figure, "§", a bracketed figure ("[3]") or a quote, or a small item letter ("a)", "b1.") before a space. */
const HEADING_START = /^[\p{Lu}\d§"”]|^\[\d|^[a-z](?:[.)]|\d{1,2}[.)])\s/u;
/** The marks a heading never ends in (the last character of its text). */
const HEADING_MARK_END = "!?;:,–-";
const endsInMark = (text: string) => text !== "" && HEADING_MARK_END.includes(text.charAt(text.length - 1));
const ABBREVIATED = /(?:^|\s)(?:m\.fl|m\.m|resp|etc|osv|bl\.a)\.$/i;
const LINK = /https?:/;
/** A link, an e-mail address or markup ("<", ">"), by plain search before the link pattern. */
const holdsLinkOrMarkup = (text: string) =>
  text.includes("@") ||
  text.includes("<") ||
  text.includes(">") ||
  (text.includes("http") && LINK.test(text));
const isDigitCode = (code: number) => code >= 0x30 && code <= 0x39;
/** Whether a text ends in a figure, or a figure and "%", by the last characters' codes. */
function endsInFigure(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return isDigitCode(last) || (last === 0x25 && isDigitCode(text.charCodeAt(text.length - 2)));
}
/** Short, capitalised, unpunctuated lines (or marked-up ones) are headings; bullets, links and tables never. */
export function isHeadingLike(paragraph: SourceParagraph): boolean {
  const text = paragraph.text;
  // The length first: most paragraphs are body text, far too long for a heading.
  if (text.length > (paragraph.mdLevel > 0 ? 200 : 110)) return false;
  // A bullet wholly in bold may title the text under it ("- **Skyddsrond i hus B**" over its text).
  if ((paragraph.bullet && !paragraph.emphasised) || holdsLinkOrMarkup(text)) return false;
  if (
    (paragraph.columns?.length ?? 0) >= TABLE_CELLS ||
    paragraph.pairCells ||
    paragraph.rowCells ||
    CAPITAL_LABEL.test(text)
  )
    return false;
  if (endsInFigure(text) && TABLE_ROW_END.test(text)) return false;
  if (!HEADING_START.test(text)) return false;
  if (ITEM_LABEL.test(text)) return false;
  if (paragraph.mdLevel > 0) return true;
  // "1. Öppnande:": a numbered heading may end in a colon, a short one.
  if (endsInMark(text) && !(text.endsWith(":") && isShortNumbered(text))) return false;
  if (text.endsWith(".") && !ABBREVIATED.test(text) && !(paragraph.emphasised && NUMBERED.test(text)))
    return false;
  if (text.split(/\s+/).length > 16) return false;
  if (
    !paragraph.emphasised &&
    !text.startsWith("§") &&
    NUMBERED.test(text) &&
    text.length > NUMBERED_HEADING_LENGTH
  ) {
    return false;
  }
  return TWO_LETTERS.test(text);
}

export interface Heading {
  /** "3", "§ 12" when the heading is numbered. */
  number?: string;
  title: string;
  /** Numbered or marked up: its level can be trusted. */
  structured: boolean;
  /** A bold line among numbered markdown headings: a sub-heading of the item above. */
  below?: true;
}

export interface HeadingContext {
  /** Another paragraph follows. */
  hasNext: boolean;
  /** The paragraph comes after the title. */
  afterTitle: boolean;
  /** Some paragraph of the text is a marked-up numbered heading, so bold lines are headings too. */
  hasNumbered: boolean;
  /** The text numbers its items in plain text ("§ 4 Budget"), so an unnumbered plain line is no item. */
  plainNumbered: boolean;
  /** The text numbers two items or more by letter or roman numeral ("A. Formalia"), so "B." is a number. */
  lettered: boolean;
}

/** The paragraph as an item heading, or null. A plain or bold last line is a closing, not an empty item. */
export function readHeading(paragraph: SourceParagraph, context: HeadingContext): Heading | null {
  const text = paragraph.text;
  if (!isHeadingLike(paragraph)) return null;
  const match = NUMBERED.exec(text);
  const numbered = match && (context.lettered || match[4] === undefined) ? match : null;
  const marked = paragraph.mdLevel > 0 || paragraph.emphasised || numbered !== null;
  // The last line is an empty item only when numbered or a markdown heading: in bold it is a closing.
  if (!context.hasNext && paragraph.mdLevel === 0 && numbered === null) return null;
  if (context.plainNumbered && !numbered && paragraph.mdLevel === 0 && !paragraph.emphasised) return null;
  if (!context.afterTitle && paragraph.mdLevel === 0) return null;
  // "Malin Sjöberg, ordförande": a signer or a roster line, not an item.
  if (!marked && PERSON_WITH_ROLE.test(text) && isPersonName(text.split(",")[0]!)) return null;
  // "Skyddsombud: Jenny Ek (huvudskyddsombud)": a label over a person, the roster's, not an item.
  if (!numbered && paragraph.mdLevel === 0 && isLabelledPerson(text)) return null;
  const number = numbered ? numberOf(numbered).number : undefined;
  const below = paragraph.emphasised && paragraph.mdLevel === 0 && !numbered && context.hasNumbered;
  return {
    ...(number ? { number } : {}),
    ...(below ? { below } : {}),
    title: (numbered ? numbered[5]! : text).trim().replace(/\s*:$/, ""),
    structured:
      number !== undefined || paragraph.mdLevel > 0 || (paragraph.emphasised && context.hasNumbered),
  };
}

/** "**Ärende: Delårsbokslut**": an item's title under its label, in bold (plain, it is a preamble's label). */
export function boldItemTitle(paragraph: SourceParagraph): string | null {
  if (!paragraph.emphasised) return null;
  return /^(?:ärende|rubrik)\s*:\s*(\S.*)$/i.exec(paragraph.text)?.[1]?.trim() ?? null;
}

/** "§ 4" and "4" are top-level items, "4.2", "4 b" (of "4 b. Lokaler") and "a" (of "a) Julbordet") one level down, "c1" two. */
export function numberDepth(number: string): number {
  if (isSubLetter(number)) return /\d/.test(number) ? 3 : 2;
  if (FIGURE_AND_LETTER.test(number)) return 2;
  return number.startsWith("§") ? 1 : number.split(".").length;
}

const FIGURE_AND_LETTER = /^\d{1,2}\s?[a-z]$/;

/** "a", "b", "c1": a sub-item lettered in small letters, under the item above it. */
export const isSubLetter = (number: string) => /^[a-z]\d{0,2}$/.test(number);
