import type { ItemCategory } from "../model/meeting";
import { boldItemTitle, NUMBERED, numberOf } from "./headings";
import type { SourceParagraph } from "./paragraphs";

const GROUP =
  /^(?:[A-H]\.\s+|[IVX]{1,4}\.\s+)?(information|informationsärenden|informationspunkter|dialog|dialogärenden|diskussionsärenden|beslut|beslutsärenden|ärenden\s+(?:inför|för|till)\s+(?:beslut|information|dialog))\s*:?$/i;
/** "Övriga frågor" over items of its own is their group; with text under it, it is an item. */
const OTHER_QUESTIONS = /^övrig(?:t|a\s+frågor|a\s+ärenden)\s*:?$/i;
// "MBL § 11", "§ 11 MBL", "MBL 11 §", "11 § MBL", and in the law's words "11 § lagen (1976:580) om …".
const MBL =
  /MBL\s*§\s*(11|19)\b|§\s*(11|19)\s*MBL|MBL\s*(11|19)\s*§|\b(11|19)\s*§\s*(?:MBL|lagen\s+\(1976:580\)|medbestämmandelagen)/i;
// Every form has "§": the pattern runs only where one is.
const mblMatch = (text: string) => (text.includes("§") ? MBL.exec(text) : null);
/**
 * A line naming an MBL part is a part marker only when short and not a sentence: "Seko begär förhandling
 * enligt 11 § MBL." is what a union said.
 */
const MBL_MARKER_WORDS = 15;
const SENTENCE_END = /[.!?]$/;

/** "Information:", "Dialog", "Beslutsärenden": the group heading the items below stand in. */
export function groupOf(text: string): ItemCategory | null {
  const word = GROUP.exec(text)?.[1]?.toLocaleLowerCase("sv");
  if (!word) return null;
  if (word.includes("info")) return "information";
  if (word.includes("beslut")) return "beslut";
  return "dialog";
}

/** "*Avser samverkan som motsvarar MBL § 11*": the MBL part the items below belong to. */
export function mblGroup(paragraph: SourceParagraph): ItemCategory | null {
  const match = mblMatch(paragraph.text);
  const text = paragraph.text;
  if (
    !match ||
    SENTENCE_END.test(text) ||
    text.split(/\s+/).length > MBL_MARKER_WORDS ||
    NUMBERED.test(text)
  ) {
    return null;
  }
  return partOf(match);
}

const partOf = (match: RegExpExecArray): ItemCategory =>
  (match[1] ?? match[2] ?? match[3] ?? match[4]) === "11" ? "mbl11" : "mbl19";

/** The MBL part an item's own title names: "Omorganisation (samverkan enligt 11 § MBL)". */
export function mblOfTitle(title: string): ItemCategory | null {
  const match = mblMatch(title);
  return match ? partOf(match) : null;
}

/**
 * "Lönekartläggning (information)": the group an item's title gives itself, by MBL or by a note in parentheses
 * that ends it. ("(info)" and "(MBL 11)" without the sign are left: the keyed sets read them both ways.)
 */
export function ownGroupOfTitle(title: string): ItemCategory | null {
  const mbl = mblOfTitle(title);
  if (mbl) return mbl;
  return INFORMATION_MARKER.test(titleMarker(title) ?? "") ? "information" : null;
}

/** The note in parentheses that ends a title. */
const TITLE_MARKER = /\(([^()]{2,40})\)$/;
const titleMarker = (title: string) => (title.endsWith(")") ? TITLE_MARKER.exec(title)?.[1] : undefined);
const INFORMATION_MARKER = /^(?:för\s+)?information$/i;

/**
 * A group heading, or an MBL part marker; `overItems` when the marker stands right above a top-level item, so
 * that it holds for the items after it (not only for the sub-items of the item it stands in).
 */
export type GroupLine = { group: ItemCategory; numbered?: true } | { mbl: ItemCategory; overItems?: true };

/**
 * "2. Information" over "2.1 Budget", "3.0 Samverkan enligt MBL § 11" over "3.1 …", "5. Övriga frågor" over
 * "5.1 …": a numbered group heading whose items are numbered under it.
 */
function numberedGroup(paragraph: SourceParagraph, next: SourceParagraph | undefined): ItemCategory | null {
  const numbered = /^(\d{1,2})(?:\.0)?\.?\s+(.+)$/.exec(paragraph.text);
  if (!numbered || !next) return null;
  const sub = new RegExp(`^${numbered[1]}\\.[1-9]\\d?\\.?\\s`).test(next.text);
  // "4.1 Vision tog upp frågan om … december.": a numbered line of text, no item under the heading.
  if (!sub || isNumberedSentence(next.text)) return null;
  const title = numbered[2]!;
  if (OTHER_QUESTIONS.test(title)) return "ovrigt";
  return groupOf(title) ?? (title.split(/\s+/).length <= MBL_MARKER_WORDS ? mblOfTitle(title) : null);
}

/** A numbered line that is a sentence, not a sub-item's title: too long for one, or words that end in a stop. */
const SENTENCE_WORDS = 4;
const isNumberedSentence = (text: string) =>
  text.length > NUMBERED_ITEM_LENGTH ||
  (/[.!?]$/.test(text) && text.split(/\s+/).length > SENTENCE_WORDS + 1);

/** The next paragraph is an item under this one: a deeper markdown heading, a numbered line or a bold title. */
function itemFollows(paragraph: SourceParagraph, next: SourceParagraph | undefined): boolean {
  if (!next) return false;
  if (paragraph.mdLevel > 0) return next.mdLevel > paragraph.mdLevel;
  return (
    (next.text.length <= NUMBERED_ITEM_LENGTH && NUMBERED.test(next.text)) || boldItemTitle(next) !== null
  );
}
const NUMBERED_ITEM_LENGTH = 110;

/** A numbered markdown heading of the same level follows this unnumbered one directly. */
const numberedFollows = (paragraph: SourceParagraph, next: SourceParagraph | undefined) =>
  next !== undefined && next.mdLevel === paragraph.mdLevel && NUMBERED.test(next.text);

// Kept out of the function: esbuild (tsx) compiles a `\p{…}` literal to `new RegExp`, built per call.
const BARE_LETTER = /^([A-Z])\s+(?=\p{Lu})(.+)$/u;
/**
 * "B. SAMVERKANSÄRENDEN (MBL § 11)" over "§ 33 …": a line numbered by letter over items numbered otherwise
 * is their group, and so are "A  INFORMATION" over "A1 …" and "A. Information" over "**Ärende: …**"; its
 * letter is no item number.
 */
function withoutGroupLetter(paragraph: SourceParagraph, next: SourceParagraph | undefined): SourceParagraph {
  // "A  INFORMATION" over "A1  Bokslut": a bare letter over items numbered by it.
  const bare = BARE_LETTER.exec(paragraph.text);
  if (bare && next?.text.startsWith(bare[1]!) && /^[A-Z]\.?\d/.test(next.text))
    return { ...paragraph, text: bare[2]! };
  const own = /^(?:[A-Z][.)]|[A-Z]\.\d|[IVX]{2,5}[.)])/.test(paragraph.text)
    ? NUMBERED.exec(paragraph.text)
    : null;
  if (!own || own[4] === undefined || !next) return paragraph;
  const item = NUMBERED.exec(next.text);
  const titled = (item && item[4] === undefined) || boldItemTitle(next) !== null;
  return titled ? { ...paragraph, text: own[5]! } : paragraph;
}

/**
 * A group heading or an MBL part marker. A markdown heading naming MBL is an item, not a marker, unless
 * deeper headings (its items) follow; "Övriga frågor" is a group over items of its own.
 */
export function readGroup(line: SourceParagraph, next?: SourceParagraph): GroupLine | null {
  const paragraph = withoutGroupLetter(line, next);
  const named = groupOf(paragraph.text);
  if (named) return { group: named };
  // "3. Övriga frågor" over "3.1 …": its group ends at the next item of its own level.
  const numbered = numberedGroup(paragraph, next);
  if (numbered) return { group: numbered, numbered: true };
  if (OTHER_QUESTIONS.test(paragraph.text) && itemFollows(paragraph, next)) return { group: "ovrigt" };
  if (paragraph.mdLevel === 0) {
    const mbl = mblGroup(paragraph);
    if (!mbl) return null;
    const top = next ? NUMBERED.exec(next.text) : null;
    const overItems =
      (top !== null && !numberOf(top).number.includes(".")) ||
      (next !== undefined && boldItemTitle(next) !== null);
    return overItems ? { mbl, overItems } : { mbl };
  }
  // "## Förhandling enligt MBL § 11" over "### 8. …", or unnumbered right over "## § 3 …": a group heading
  // like "## Information".
  const part = itemFollows(paragraph, next) || numberedFollows(paragraph, next) ? mblGroup(paragraph) : null;
  return part ? { group: part } : null;
}
