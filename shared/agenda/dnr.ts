import { trimSeparators } from "./text";

/**
 * Diarienummer (case numbers) as Swedish registries write them. Families (issue 13):
 * - prefix + year + serial: "SN 2024/123", "Dnr: HÅ 2023/776", "KS 2021/0456-1.2", "KS/2014:554",
 *   "BN 2024-000123", "RS 2024-00456";
 * - year/committee + serial + archive code: "2024/BUN 0110 001", "2023/KS 0362";
 * - Stockholm's classification forms: "1.6-0512/2024", "512-2024-1.5.1", "7-118-2024", "003 – 512 / 24";
 * - a bare "2024/202" only where a "Dnr" label or a dnr column says it is one.
 * Not taken: another body's dnr ("Trafiknämndens dnr T 2024-118-00912", "KS dnr 320-114/2024"), official
 * publications ("SOU 2023:45", "Ds 2023:31"), dates after an abbreviation ("AU 2024-03-11") and file names
 * ("KS2024-11.pdf").
 */
const YEAR = String.raw`(?:19|20)\d{2}`;
// "KS", "SBN", "HSN-FS"; also a registry's letters with a small connective ("BoU", "MoB", "SoN": barn och
// utbildning, miljö och bygg).
// A registry's letters typed in mixed case before a space ("Ks 2024/12", "Bun 2025/044") are read too, and
// weighed in `isMixedCaseWord`.
// Labels, months, terms, parts and small words are no registry, and the regex must not take them, or the number
// after them ("Dnr 2024/190") would be consumed with them.
const NO_REGISTRY = String.raw`(?:Dnr|Nr|Ref|Kl|Ca|Jan|Feb|Mar|Apr|Maj|Jun|Jul|Aug|Sep|Okt|Nov|Dec|Vt|Ht|Del|År|Års|Vår|Ny|Nya|En|Ett|Den|Det|Om|Av|För|Till|Mot|Vid|Per|Sid|Och|Bil|Kap|Mål)\s`;
const PREFIX = String.raw`(?:\p{Lu}{1,6}|\p{Lu}\p{Ll}\p{Lu}{1,2}|(?!${NO_REGISTRY})\p{Lu}\p{Ll}{1,2}(?=\s))(?:-\p{Lu}{1,6})?`;
// A ministry's glued mixed-case prefix ("Fö2024/00271"): only read after another body's label.
const MIXED_PREFIX = String.raw`\p{Lu}\p{Ll}{1,3}`;

// A registry's letters before a classification form or a serial and year: "SBN 4-311-2025", "UN 1.6-0512/2025",
// "KS 123/2025" (that one only under a label). Upper case only.
const CLASS_PREFIX = String.raw`(?:\p{Lu}{2,6}(?:-\p{Lu}{1,6})?\s)?`;

const CLASS_PREFIXED = new Set<string>(["classFirst", "serialYearClass", "classSerialYear", "serialYear"]);

// One alternative per family, each in a named group so the family is known. Bounded quantifiers only.
const FAMILIES = [
  // "SN 2024/123", "KS 2021/0456-1.2", "KS/2014:554", "BN 2024-000123", "KS2024/17", "KS.2024.123".
  String.raw`(?<prefixed>(?:${PREFIX}(?:\s?[/-]\s?|\s|\.)?|${MIXED_PREFIX})${YEAR}\s?[/:.-]\s?\d{1,7}(?:[-.:]\d{1,5}){0,3})`,
  // "2024/BUN 0110 001", "2023/KS 0362".
  String.raw`(?<yearFirst>${YEAR}\s?\/\s?${PREFIX}\s\d{2,6}(?:\s\d{3})?)`,
  // "1.6-0512/2024", "3.5.1-41277/2024".
  String.raw`(?<classFirst>${CLASS_PREFIX}\d{1,3}(?:\.\d{1,2}){0,3}\s?-\s?\d{1,6}\s?\/\s?${YEAR})`,
  // "512-2024-1.5.1", "98-2024-1.4".
  String.raw`(?<serialYearClass>${CLASS_PREFIX}\d{1,6}-${YEAR}-\d{1,2}(?:\.\d{1,2}){1,3})`,
  // "7-118-2024", "4-212-2023": ambiguous with dates written d-m-yyyy, so checked below.
  String.raw`(?<classSerialYear>${CLASS_PREFIX}\d{1,3}-\d{1,6}-${YEAR})`,
  // "003 – 512 / 24": only under a label or in a dnr column.
  String.raw`(?<spaced>\d{3}\s?[-–]\s?\d{1,6}\s?\/\s?\d{2})`,
  // "0512/2024", "RUN 812-2023": a serial before the year, only under a label or in a dnr column ("7/2023" may be
  // anything); a year is no serial before a dash ("2024-2025" is a span of years).
  String.raw`(?<serialYear>${CLASS_PREFIX}(?:\d{1,6}\s?\/\s?|(?!${YEAR}-)\d{1,6}-)${YEAR})`,
  // "KS 24/123": a two-digit year, only under a label or in a dnr column ("HT 24/25" is a term).
  String.raw`(?<shortYear>\p{Lu}{2,6}\s?\d{2}\/\d{1,5})`,
  // "25RK1880": a two-digit year, the registry's letters and a serial written together (a region's
  // registry), only under a label or in a dnr column.
  String.raw`(?<yearRegistry>\d{2}\p{Lu}{2,4}\d{1,6})`,
  // "2024/202", "2024-000123", "2024.456": only under a label or in a dnr column.
  String.raw`(?<bare>${YEAR}\s?[/:.-]\s?\d{1,7}(?:[-.]\d{1,4}){0,2})`,
  // Any other case number right after a "Dnr" label ("Dnr 2024KS0123", "Dnr: KS.0412.25"): checked in
  // `isOtherForm`. Last, so every family above wins where it starts at the same place.
  String.raw`(?<otherForm>[\p{L}\d][\p{L}\d/.:-]{2,29})`,
];

// A dnr column's cell of nothing but such case numbers: "KS.0412.25", "KS.0377.25, KS.0378.25"; a list the
// cell wraps after or before its separator ("RUN/201/2023," then "RUN/044/2024") is such a cell on each line.
const OTHER_FORM_CELL =
  /^(?:(?:och|samt)\s|[,;]\s?)?[\p{L}\d][\p{L}\d/.:-]{2,29}(?:\s?[,;]\s?[\p{L}\d][\p{L}\d/.:-]{2,29}|\s(?:och|samt)\s[\p{L}\d][\p{L}\d/.:-]{2,29}){0,5}(?:\s?[,;]|\s(?:och|samt))?$/u;

// A registry's own form: two digits or more, and a letter or a separator between them; no date, and no time
// of day ("10:41", "13.00": a print stamp's or a meeting's time that stands where a dnr column runs).
const isOtherForm = (candidate: string): boolean =>
  /\d[^\d]{0,28}\d/u.test(candidate) &&
  /[\p{L}/.:-]/u.test(candidate) &&
  /[\p{L}\d]$/u.test(candidate) &&
  !/^(?:19|20)\d{2}-\d{2}-\d{2}$/.test(candidate) &&
  !/^(?:[01]?\d|2[0-3])[:.][0-5]\d$/.test(candidate);

const DNR = new RegExp(
  String.raw`(?<![\p{L}\d_/.\\-])(?:${FAMILIES.join("|")})(?![\p{L}\d/_]|[.,:]\d|-\d)`,
  "gu",
);

// "Dnr", "Dnr:", "Diarienummer", "diarienr." with the word before it, which may name another registry; also
// a registry's other names for it ("Ärende-id", "Ärendebeteckning", "Registreringsnummer"; not "Ärende" alone,
// an agenda's numbering).
const LABEL_WORD = String.raw`(?:dnr|diarienr|diarie[\s-]?nr|diarie-?nummer|ärendenr|ärendenummer|ärende[\s-]?id|ärendebeteckning|registreringsnummer)`;
const LABEL = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(\p{L}+(?::s|\.)?)\s+)?${LABEL_WORD}(?![\p{L}])\.?\s*:?\s*`,
  "dgiu",
);
const LABEL_ONLY = new RegExp(String.raw`^${LABEL_WORD}\.?\s*:?$`, "iu");

/** A text that is only a dnr label ("Dnr", "Diarienummer:"): an element of its own before its value. */
export const isDnrLabel = (text: string): boolean => LABEL_ONLY.test(text.trim());
const TRAILING_LABEL = new RegExp(String.raw`(?:^|\s)${LABEL_WORD}\.?\s*:?\s*$`, "iu");

/**
 * How much of a title's next line closes a bracket its line opened for another body's case, the label on
 * either line ("… (IVO dnr", then "3.5.1-04412/2025) gällande …"; "… (IVO:s", then "dnr 3.5.1-…)"): that
 * number and bracket go on in the title's wording, as the reference would on one line. 0 where the line
 * closes no such reference.
 */
export function closesForeignReference(title: string, next: string): number {
  // Only the title's end is read: a long title costs no more than a short one.
  const open = /\([^()]{0,40}$/u.exec(title.slice(-41))?.[0];
  if (!open) return 0;
  const close = next.indexOf(")");
  if (close <= 0 || close > 40) return 0;
  const reference = `${open} ${next.slice(0, close)}`;
  const { found } = scanDnr(reference);
  const last = found.at(-1);
  return last && last.end === reference.trimEnd().length && found.every((dnr) => dnr.foreign) ? close + 1 : 0;
}

/**
 * The dnr of a line under a title that ends in a dnr label ("… från Länsstyrelsen i Norrland, dnr", then
 * "451-2210-2025"), read as if on the title's line: the label's body (another's, by its genitive or a sender's
 * name) is theirs too. Only the title's last words are read.
 */
export function underTrailingLabel(title: string, dnr: readonly FoundDnr[]): FoundDnr[] {
  if (dnr.length === 0 || !TRAILING_LABEL.test(title)) return [...dnr];
  const cut = title.length > 120 ? title.indexOf(" ", title.length - 120) + 1 : 0;
  const foreign = new Set(
    scanDnr(`${title.slice(cut)} ${dnr.map((found) => found.dnr).join(", ")}`)
      .found.filter((found) => found.foreign)
      .map((found) => found.dnr),
  );
  return dnr.map((found) => (!found.foreign && foreign.has(found.dnr) ? { ...found, foreign: true } : found));
}

/** The text without a dnr label at its end: "Budget 2025 Dnr" where the dnr itself was cut off after it. */
export const withoutTrailingLabel = (text: string): string => text.replace(TRAILING_LABEL, "").trim();

// Another body's own word for its case number: "Trafikverkets ärende TRV 2023/45512", "Länsstyrelsens
// beteckning 551-12-2025", "Förvaltningsrättens mål nr 1432-24". Only after a genitive, since "Ärende 5" alone is an agenda's numbering. Also a
// body's short name and a colon before a number, as a dnr cell lists another's beside its own ("Lst: 701-…").
const FOREIGN_CASE_LABEL =
  /(?<![\p{L}\d])\p{L}+(?::s|s)\s+(?:ärende|ärendenummer|beteckning|referens|ref\.|mål(?:nummer)?(?:\s+nr)?)(?![\p{L}])\s*:?\s*/giu;
// A part of a facts line that is wholly another body's case, in a form no family knows: "Förvaltningsrättens mål
// nr 412-25", "IVO:s ärende 8.5-1122/25". Never a dnr of the item's, and no reason to read the line as prose.
const OTHER_CASE_PART =
  /^\p{L}{2,40}(?::s|s)\s+(?:ärende|ärendenummer|beteckning|referens|ref\.|mål(?:nummer)?(?:\s+nr)?|dnr|diarienummer)\s*:?\s*(?=[^\s]{0,30}\d)[\p{L}\d][\p{L}\d/.:-]{1,30}$/iu;

/** Whether a text is only another body's case label and its number, whatever the number's form. */
export const isOtherBodysCase = (text: string): boolean => OTHER_CASE_PART.test(text.trim());

// In brackets, a body's name and a colon before its number: "(Trafikverket: TRV 2024/45517)", "[Region Sörby:
// RS 2024-01122]", "(Länsstyrelsen i Västerdal: 526-4410-2025)". The label starts after the bracket, so the
// emptied brackets go with it.
const BRACKETED_BODY_LABEL =
  /(?<=[([]\s{0,2})(?!(?:Dnr|Diarienr|Diarienummer|Ärendenr|Ärendenummer|Ärende|Nr|Nummer|Ref|Beslut|Bilagor?|Föredragande|Handlingar|Underlag|Tid|Obs)\b)\p{Lu}[\p{L}.-]{0,40}(?:\s[\p{L}.-]{1,30}){0,5}\s?:\s*/gu;
// In brackets after the own dnr, another body by its name, not in the genitive, before its dnr label:
// "(Sörby kommun dnr KS 2024/233)", "(Region Västerland, RS dnr 2025-0411)". The name goes with the label.
// An administration's unit is written in lower case, by its kind first or last, an adjective before it
// ("(avdelningen för vatten, dnr …)", "(miljöförvaltningen dnr …)", "(sociala enheten dnr …)"): another registry too.
const UNIT_KINDS = "sektor|förvaltning|kontor|avdelning|enhet|bolag|förbund|nämnd|styrelse";
const LOWER_UNIT = String.raw`(?:\p{Ll}[\p{Ll}-]{1,30}[ae]\s)?(?=\p{Ll})[\p{Ll}-]{0,30}?(?:${UNIT_KINDS})(?:n|en|et)?(?![\p{L}])(?:\s\p{L}[\p{L}-]{0,30}){0,4}`;
const BRACKETED_BODY_DNR = new RegExp(
  String.raw`(?<=[([]\s{0,2})(?:(?!(?:Dnr|Diarienr|Diarienummer|Vårt|Vår|Eget|Nämndens|Styrelsens|Tidigare|Ärendets)\b)\p{Lu}[\p{L}-]{1,40}(?:\s\p{L}[\p{L}-]{0,30}){1,4}|${LOWER_UNIT})(?:,\s?(?:\p{Lu}{2,6}\s)?|\s)(?:[Dd]nr|[Dd]iarienummer|[Dd]iarienr)(?![\p{L}])\.?\s*:?\s*`,
  "gu",
);
// Opening a line or a field, a state authority by its name, not in the genitive, before its dnr label:
// "Länsstyrelsen Västerdal, dnr 526-1200-2025", "Trafikverket dnr TRV 2025/4410", "Förvaltningsrätten i
// Sörby, diarienummer 1234-25". Only first: after a title's words ("Yttrande till Trafikverket, dnr …") the dnr
// is the item's own.
const STATE_AUTHORITY = String.raw`(?:Länsstyrelsen|Mark- och miljödomstolen|\p{Lu}\p{Ll}{1,30}(?:verket|rätten|domstolen|inspektionen|myndigheten|departementet|kollegiet|ombudsmannen))(?:\s(?:i\s)?\p{Lu}[\p{L}-]{1,30}(?:\slän)?){0,2}`;
const AUTHORITY_DNR_LABEL = String.raw`,?\s(?:[Dd]nr|[Dd]iarienummer|[Dd]iarienr)(?![\p{L}])\.?\s*:?\s*`;
const AUTHORITY_LEAD_LABEL = new RegExp(String.raw`^\(?${STATE_AUTHORITY}${AUTHORITY_DNR_LABEL}`, "u");
// Opening a line or a field, a reference and the body whose case it is, by a name in words: "Ref. Trafikverket
// TRV 2025/4410", "Referens: Region Västerland RS 2024-0112", "Er ref. Länsstyrelsen 511-220-2025". A name in
// capitals only ("Ref. KS 2025/12") is the number's own registry, so no body is named.
const REFERENCE_BODY_LABEL =
  /^\(?(?:[Ee]r\s)?(?:[Rr]ef\.?|[Rr]eferens)\s?:?\s\p{Lu}\p{Ll}[\p{L}-]{1,40}(?:\s(?:i\s)?\p{Lu}\p{Ll}[\p{L}-]{0,30}){0,3}(?:\slän)?,?\s(?=[\p{L}\d]{0,12}[\s/.:-]?\d)/u;
// A document from a state authority, its dnr label after the authority's name: "Skrivelse från Länsstyrelsen i
// Norrland, dnr 451-2210-2025", "Beslut från Skolinspektionen dnr SI 2025:77": the sender's case. Only the label
// goes (the name is the title's wording).
const AUTHORITY_SENDER_LABEL = new RegExp(
  String.raw`(?<![\p{L}])från\s${STATE_AUTHORITY}(${AUTHORITY_DNR_LABEL})`,
  "du",
);
const SHORT_NAME_LABEL =
  /(?<![\p{L}\d])(?!(?:Dnr|Diarienr|Diarienummer|Ärendenr|Ärendenummer|Ärende|Nr|Nummer|Ref)\b)\p{Lu}\p{Ll}{1,5}\.?:\s*(?=\d)/gu;

// A referral: the dnr after "Remiss från trafiknämnden, dnr …" or "Remitterad av kommunstyrelsen (KS …)"
// are the referring body's, up to a label of the committee's own ("vårt dnr").
const REFERRAL =
  /(?<![\p{L}])(?:remiss(?:en)?\s+från|remitterad(?:e|t)?\s+(?:av|från)|överlämnad(?:e|t)?\s+från|inkommen\s+från)(?![\p{L}])/iu;

// A case the title's own wording names: "Yttrande till Länsstyrelsen i ärende 403-5512-2024 om …", "beslut i
// mål 4410-2024-1.2". After a preposition and a lower-case case noun the number is part of the sentence, so it
// stays in the title and is no dnr of the item (an agenda's "Ärende 5" numbering is capitalised and stands first).
const WORDING_CASE =
  /(?:^|\s)(?:[Ii]|om|till|för|inom|angående|gällande|rörande|avseende|beträffande)\s+(?:\p{Lu}\p{Ll}+s\s+)?(?:ärende|ärendet|mål|målet)(?:\s+nr\.?)?\s*$/u;

// Between two dnr of one list: "A, B", "A och B", "A samt B", "A; B", "A / B".
const LIST_SEPARATOR = /^\s*(?:,|;|&|\/|och|samt|resp\.?|respektive|\+)?\s*$/iu;

// Official publication series and law collections: a "prefix + year:number" that is no case.
const PUBLICATIONS = new Set([
  "SOU",
  "DS",
  "PROP",
  "SFS",
  "BFS",
  "AFS",
  "NFS",
  "BET",
  "RSKR",
  "KOM",
  "NJA",
  "HFD",
  "RÅ",
  "MÖD",
  "MMD",
  "ISO",
  "SS",
  "EN",
  "EU",
  "EG",
  "HSLF-FS",
  "MSBFS",
  "TSFS",
  "SKVFS",
]);

// A line opening with a publication's reference, in brackets or not: "(SOU 2025:31)", "Ds 2024:30",
// "(prop. 2024/25:120)", "dir. 2025:12", "(skr. 2024/25:7)".
const PUBLICATION_START =
  /^[([]?\s?(?:SOU|Ds|DS|[Pp]rop\.?|[Dd]ir\.?|[Ss]kr\.?|[Bb]et\.?|[Rr]skr\.?|SFS)\s?(?:19|20)\d{2}(?:\/\d{2})?:\d{1,4}(?![\d])/u;

/** A line that opens with a publication's reference: a wrapped title's last words ("… (SOU 2025:31)"). */
export const opensWithPublication = (text: string): boolean => PUBLICATION_START.test(text);

// The registry of the committee itself: a qualifier that still means "ours", written before a label ("vårt
// dnr"); as the label's own first word "ärendets" ("ärendets dnr") means it too, and so does a word of the
// number's time ("Tidigare dnr", "Nytt dnr": the same case under the registry's older or newer number).
const OWN_REGISTRY = "vårt|vår|eget|nämndens|styrelsens";
const OWN_QUALIFIERS = new RegExp(`^(?:${OWN_REGISTRY}|ärendets|tidigare|nytt|nuvarande)$`, "i");
const OWN_BEFORE_LABEL = new RegExp(String.raw`(?:^|\s)(?:${OWN_REGISTRY})\s+$`, "iu");

export type DnrFamily =
  | "prefixed"
  | "yearFirst"
  | "classFirst"
  | "serialYearClass"
  | "classSerialYear"
  | "spaced"
  | "serialYear"
  | "shortYear"
  | "yearRegistry"
  | "bare"
  | "otherForm";

export interface FoundDnr {
  dnr: string;
  family: DnrFamily;
  /** The registry letters of a prefixed dnr ("SN", "KS"), for telling the committee's own from others. */
  prefix: string | null;
  /** Written after another body's label ("Trafiknämndens dnr …"): not the committee's own case. */
  foreign: boolean;
  /** Foreign only as written after a referral ("Yttrande över remiss från X, KS/2025:502"), not by a label. */
  referred: boolean;
  /** Written after a "Dnr"/"Diarienummer" label (or in a dnr column). */
  labelled: boolean;
  /** Alone in brackets ("(KS 2023/0412)"): beside an own dnr of other letters, the related case at that body. */
  bracketed: boolean;
  /** Listed after another dnr ("Dnr KFN 2025/097, KS 2025/512"): the label vouches for the first. */
  listed: boolean;
  /** Where the number itself stands in the text. */
  start: number;
  end: number;
}

export interface DnrScan {
  /** Every dnr of the text in order, the committee's own and others'. */
  found: FoundDnr[];
  /** The text with every dnr, its label and the separators between listed dnr removed. */
  rest: string;
}

export interface DnrOptions {
  /** The text stands in a dnr column: bare numbers ("2024/318") count as if labelled. */
  column?: boolean;
}

interface Label {
  start: number;
  end: number;
  foreign: boolean;
}

// A bare year and serial ("2024/61", "61/2024"): a number without a registry of its own.
const BARE_YEAR_SERIAL = /^(?:(?:19|20)\d{2}\s?\/\s?\d{1,6}|\d{1,6}\s?\/\s?(?:19|20)?\d{2})(?![\d./:-])/;
const ownFieldAfterCapitals = (text: string, label: RegExpExecArray): boolean =>
  /^\s+\p{Lu}/u.test(label[0].slice(label[1]?.length ?? 0)) &&
  /^[\p{L}\d]/u.test(text.slice(label.index + label[0].length)) &&
  !BARE_YEAR_SERIAL.test(text.slice(label.index + label[0].length, label.index + label[0].length + 24));

function labelsOf(text: string): Label[] {
  const labels: Label[] = [];
  for (const match of text.matchAll(LABEL)) {
    // A label word before the label ("Diarienummer Dnr", a label element beside a value the markup names the
    // case number) is the same label written twice: no qualifier, and no word left of it.
    const qualifier = match[1] !== undefined && LABEL_ONLY.test(match[1]) ? undefined : match[1];
    // "Trafiknämndens dnr", "IVO:s dnr", "KS dnr", "Ert dnr": another registry's number follows. Letters in
    // capitals before a capitalised "Dnr" and a number naming its registry or of a registry's own form end the
    // title instead ("… Fastighets AB Dnr KS/2024:377", "… AB Dnr 2023/KS 0301", "… AB Dnr 1.6-0512/2025"):
    // that field is the line's own. Before a bare "2024/61" the capitals are the number's registry.
    const foreign =
      qualifier !== undefined &&
      !OWN_QUALIFIERS.test(qualifier) &&
      // A genitive names a body; a month is a period ("Delegationsbeslut mars Dnr MBN 2025/8"), and a noun
      // ending in a double s is no genitive ("Svar på nämndens remiss Dnr 1.2-0412/2025": the answer's case).
      ((/s$/u.test(qualifier) && !/^mars$/iu.test(qualifier) && !/ss$/iu.test(qualifier)) ||
        (/^\p{Lu}{2,}$/u.test(qualifier) && !ownFieldAfterCapitals(text, match)) ||
        // A body's abbreviated name: "Lst dnr", "Skolinsp. dnr"; not a sentence's end before a capitalised
        // label ("Hamntaxa. Dnr 2025/14": the title's own).
        (/^\p{Lu}\p{Ll}{1,8}\.$/u.test(qualifier) && !/\.\s+\p{Lu}/u.test(match[0])) ||
        /^\p{Lu}\p{Ll}{1,2}$/u.test(qualifier) ||
        /^(?:ert|er)$/i.test(qualifier));
    // Any other word before the label ("Kallelse dnr", "Ärende 5 Diarienummer") is not part of it; the
    // committee's own qualifier ("vårt dnr", "nämndens dnr") is.
    const apart = qualifier !== undefined && !foreign && !OWN_QUALIFIERS.test(qualifier);
    const keywordStart = apart ? (match.indices?.[1]?.[1] ?? match.index) : match.index;
    const start = apart
      ? keywordStart + (/^\s*/.exec(text.slice(keywordStart))?.[0].length ?? 0)
      : foreign && /\p{Ll}s$/u.test(qualifier ?? "")
        ? match.index - bodyNameBefore(text, match.index)
        : match.index;
    labels.push({ start, end: match.index + match[0].length, foreign });
  }
  const foreignCase = [
    ...text.matchAll(FOREIGN_CASE_LABEL),
    ...text.matchAll(SHORT_NAME_LABEL),
    ...text.matchAll(BRACKETED_BODY_LABEL),
    ...text.matchAll(BRACKETED_BODY_DNR),
    ...[AUTHORITY_LEAD_LABEL.exec(text), REFERENCE_BODY_LABEL.exec(text)].filter((match) => match !== null),
  ].map((match): Label => ({ start: match.index, end: match.index + match[0].length, foreign: true }));
  const sender = AUTHORITY_SENDER_LABEL.exec(text)?.indices?.[1];
  if (sender) foreignCase.push({ start: sender[0], end: sender[1], foreign: true });
  return foreignCase.length ? [...labels, ...foreignCase].sort((a, b) => a.start - b.start) : labels;
}

// The name before another body's genitive ("Sörby kommuns dnr", "Region Västerlands dnr", "Länsstyrelsen i
// Norrlands läns dnr"): capitalised words, with "i" or "och" between, are part of that label (not before
// "KS dnr": "Svar till Kommunstyrelsen KS dnr …" names the body in its wording).
const BODY_NAME_BEFORE = /(?:\p{Lu}[\p{L}-]*\s(?:(?:i|och)\s)?){1,3}$/u;
const bodyNameBefore = (text: string, at: number): number =>
  BODY_NAME_BEFORE.exec(text.slice(Math.max(0, at - 60), at))?.[0].length ?? 0;

const isDate = (year: number, month: number, day: number): boolean =>
  month >= 1 && month <= 12 && day >= 1 && day <= 31 && year >= 1900;

/** A match that only looks like a dnr: a date, a publication, a file name. */
function isNoCase(
  candidate: string,
  family: DnrFamily,
  text: string,
  end: number,
  labelled: boolean,
): boolean {
  // "KS2024-11.pdf", "TS_512-2025-1.5.1.pdf": a file name.
  if (/^\.[A-Za-z]{2,4}\b/.test(text.slice(end))) return true;
  if (family === "prefixed" || family === "bare") {
    const prefix = /^\p{L}+(?:-\p{L}+)?/u.exec(candidate)?.[0] ?? "";
    if (PUBLICATIONS.has(prefix.toUpperCase())) return true;
    // "AU 2024-03-11", "HBN-2023-09-19": a date after an abbreviation.
    const date = /((?:19|20)\d{2})\s?-\s?(\d{2})-(\d{2})$/.exec(candidate);
    if (date && isDate(Number(date[1]), Number(date[2]), Number(date[3]))) return true;
    // "2024-11": a year and month.
    if (/(?:19|20)\d{2}-(?:0[1-9]|1[0-2])$/.test(candidate) && !labelled) return true;
  }
  if (family === "classSerialYear" && !labelled) {
    const [day, month, year] = candidate
      .replace(/^\p{L}[\p{L}-]*\s/u, "")
      .split("-")
      .map(Number) as [number, number, number];
    if (isDate(year, month, day)) return true;
  }
  return false;
}

// A bracket at a text's end holding nothing but dnr and list separators reads as a dnr cell: "Delårsbokslut
// (003 – 204 / 23)", "Avtal (0512/2024 och 0513/2024)". Only for the families whose shape is no other
// number's: a bare "(2024:6)" is a motion, "(2025/26)" a span of years, "(HT 24/25)" a term, "(7/2023)" a
// protocol's number.
const BRACKET_CELL_MAX = 80;
const BRACKET_CELL_REST = /^(?:\s|,|;|&|och)*$/u;

const familyOf = (match: RegExpMatchArray): DnrFamily | undefined => {
  const groups = match.groups ?? {};
  return (Object.keys(groups) as DnrFamily[]).find((name) => groups[name] !== undefined);
};

const isCellShaped = (family: DnrFamily | undefined, candidate: string): boolean =>
  family === "spaced" || (family === "serialYear" && /^\d{3}/.test(candidate));

/** Where the content of a closing bracket ("(…)", "[…]") that is a dnr cell starts, or -1. */
function bracketCellStart(text: string): number {
  const open = Math.max(text.lastIndexOf("("), text.lastIndexOf("["));
  if (open < 0 || text.length - open > BRACKET_CELL_MAX + 2) return -1;
  const match = /^(?:\(([^()[\]]+)\)|\[([^()[\]]+)\])\s*$/u.exec(text.slice(open));
  const cell = match?.[1] ?? match?.[2];
  if (cell === undefined) return -1;
  // Only the cell-shaped families count as the cell's dnr: any other word or number in it is no dnr cell.
  let rest = "";
  let from = 0;
  let shaped = false;
  for (const dnr of cell.matchAll(DNR)) {
    if (!isCellShaped(familyOf(dnr), dnr[0])) continue;
    shaped = true;
    rest += cell.slice(from, dnr.index);
    from = dnr.index + dnr[0].length;
  }
  return shaped && BRACKET_CELL_REST.test(rest + cell.slice(from)) ? open + 1 : -1;
}

// The reader asks about one block's text several times (title, dnr line, facts line, continuation), and a
// page repeats its boilerplate under every item: scans are remembered, a bounded number of short texts.
const SCANS = new Map<string, DnrScan>();
const SCANS_KEPT = 2000;
const SCANNED_LENGTH = 400;

/** Every diarienummer in `text` and the text without them. Linear in the length of the text. */
export function scanDnr(text: string, options: DnrOptions = {}): DnrScan {
  if (text.length > SCANNED_LENGTH) return scanText(text, options);
  const key = (options.column === true ? "c" : "t") + text;
  let scan = SCANS.get(key);
  if (!scan) {
    if (SCANS.size >= SCANS_KEPT) SCANS.clear();
    scan = scanText(text, options);
    SCANS.set(key, scan);
  }
  // Callers add to the list they get; the found dnr themselves are never changed.
  return { found: [...scan.found], rest: scan.rest };
}

function scanText(text: string, options: DnrOptions): DnrScan {
  const labels = labelsOf(text);
  const cellStart = options.column === true ? -1 : bracketCellStart(text);
  const found: FoundDnr[] = [];
  const spans: [number, number][] = [];
  let labelIndex = 0;
  // The label (or dnr) whose list the next dnr may continue, and where that list ended.
  let scope: { foreign: boolean; end: number } | null = null;
  let spanStart = -1;
  const referral = REFERRAL.exec(text)?.index ?? -1;
  const otherFormCell = options.column === true && OTHER_FORM_CELL.test(text.trim());
  for (const match of text.matchAll(DNR)) {
    const family = familyOf(match);
    if (!family) continue;
    const start = match.index;
    const end = start + match[0].length;
    if (WORDING_CASE.test(text.slice(Math.max(0, start - 60), start))) continue;
    // The latest label before this dnr, and whether only list separators lie between.
    while (labelIndex < labels.length && (labels[labelIndex]?.end ?? 0) <= start) {
      const label = labels[labelIndex]!;
      if (!scope || label.start >= scope.end) {
        // A label right after a label ("Dnr: Diarienr 12-2025"; a dnr never ends where a label starts) is
        // one label with it.
        const previous = scope as { foreign: boolean; end: number } | null;
        const repeated = previous !== null && label.start === previous.end;
        scope = { foreign: label.foreign || (repeated && previous.foreign), end: label.end };
        if (!repeated) spanStart = label.start;
      }
      labelIndex++;
    }
    const continuesList = scope !== null && LIST_SEPARATOR.test(text.slice(scope.end, start));
    const inCell = cellStart >= 0 && start >= cellStart && isCellShaped(family, match[0]);
    const labelled = continuesList || options.column === true || inCell;
    const listed = continuesList && found.length > 0 && found[found.length - 1]?.end === scope?.end;
    const referred = referral >= 0 && start > referral && !ownLabelBetween(text, labels, referral, start);
    const foreign = (continuesList && scope?.foreign === true) || referred;
    const candidate = match[0].replace(/\s+/g, " ");
    const needsLabel =
      family === "spaced" ||
      family === "bare" ||
      family === "serialYear" ||
      family === "shortYear" ||
      family === "yearRegistry";
    if ((needsLabel && !labelled) || isNoCase(candidate, family, text, end, labelled)) continue;
    if (family === "otherForm" && !((continuesList || otherFormCell) && isOtherForm(candidate))) continue;
    // A glued mixed-case prefix ("Fö2024/00271", "Ks2025/0012") only after a label, the committee's or another's.
    if (
      family === "prefixed" &&
      !isUpperPrefix(candidate) &&
      !isMixedCaseRegistry(candidate) &&
      !foreign &&
      !labelled
    )
      continue;
    const prefix =
      family === "prefixed" || family === "yearFirst" || family === "shortYear"
        ? (/\p{Lu}\p{L}*/u.exec(candidate)?.[0] ?? null)
        : CLASS_PREFIXED.has(family)
          ? (/^\p{Lu}+(?=[\s-])/u.exec(candidate)?.[0] ?? null)
          : null;
    // "Information från KS (KS 2025/300)": the registry of the body the wording names, not the committee's.
    const namedBody =
      !labelled &&
      prefix !== null &&
      (namesBody(text.slice(Math.max(0, start - 80), start), prefix) ||
        namesAuthority(text.slice(0, start), prefix));
    // "RS 2024-00478 (HSN 2024-00233)": a bracketed case of another registry beside the item's own is the
    // related case at that body.
    const besideOwn =
      prefix !== null &&
      /\(\s*$/.test(text.slice(Math.max(0, start - 3), start)) &&
      found.some((other) => !other.foreign && other.prefix !== null && other.prefix !== prefix);
    const referredOnly = referred && !(continuesList && scope?.foreign === true) && !namedBody;
    const bracketed =
      /\(\s?$/.test(text.slice(Math.max(0, start - 2), start)) && /^\s?\)/.test(text.slice(end, end + 2));
    // "(Borås Stad KS 2025-00544)": a body's name in the bracket before its case.
    const bodyInBracket = BODY_IN_BRACKET.test(text.slice(Math.max(0, start - 50), start));
    found.push({
      dnr: candidate,
      family,
      prefix,
      foreign:
        foreign || namedBody || besideOwn || bodyInBracket || BODY_AFTER.test(text.slice(end, end + 80)),
      bracketed,
      referred: referredOnly,
      labelled,
      listed,
      start,
      end,
    });
    const from = continuesList && spanStart >= 0 ? spanStart : start;
    spans.push([from, end]);
    scope = { foreign, end };
    spanStart = from;
  }
  return { found, rest: found.length === 0 ? text : trimSeparators(cutSpans(text, spans)) };
}

// A body's name opening the bracket a dnr stands in: "(Borås Stad KS 2025-00544)", "(Trafikverket TRV 2025/1)";
// not a label ("(Dnr KS 2025/12)").
const BODY_IN_BRACKET =
  /\(\s?(?!(?:Dnr|Diarienr|Diarienummer|Ärende\p{L}*|Vårt|Vår|Ert|Er|Ref|Nr|Beteckning|Se|Jfr|Tidigare|Även)\s)\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2}\s$/u;

// The body a dnr belongs to, named in brackets right after it: "KS 2022/0088 (kommunstyrelsen)", "(Länsstyrelsen
// Dalarna)".
const BODY_AFTER =
  /^\s?\((?:\p{L}[\p{L}-]{0,30}\s){0,2}\p{L}{0,30}(?:styrelsen|nämnden|fullmäktige|utskottet|direktionen|verket|myndigheten|inspektionen)(?:\s\p{Lu}\p{Ll}{1,20})?\s?\)/iu;

/** A label of the committee's own registry ("vårt dnr", "Dnr") between a referral and a dnr. */
const ownLabelBetween = (text: string, labels: readonly Label[], from: number, to: number): boolean =>
  labels.some(
    (label) =>
      !label.foreign &&
      label.start > from &&
      label.end <= to &&
      (OWN_BEFORE_LABEL.test(text.slice(Math.max(from, label.start - 12), label.start)) ||
        OWN_QUALIFIERS.test(/^\p{L}+/u.exec(text.slice(label.start, label.end))?.[0] ?? "")),
  );

// A body named by its letters after a preposition: "från KS", "till BUN", "hos MBN".
const NAMED_BODY = /(?<![\p{L}\d])(?:från|till|av|åt|hos)\s+(\p{Lu}[\p{Lu}\p{Ll}-]{1,9})(?![\p{L}\d])/gu;

/** Whether the text before a dnr names, after a preposition, the body whose registry letters it bears. */
function namesBody(before: string, prefix: string): boolean {
  for (const match of before.matchAll(NAMED_BODY))
    if (match[1]?.toUpperCase() === prefix.toUpperCase()) return true;
  return false;
}

// A title opening with an authority in the genitive, its decision or document the subject: "Skolinspektionens
// beslut …", "Trafikverkets samrådsunderlag …"; not the municipality's own boards ("Kommunstyrelsens").
const AUTHORITY_FIRST =
  /^\(?(?!(?:Kommun|Region|Förbunds|Bolags)styrelsens)(\p{Lu}\p{L}{0,30}(?:inspektionens|verkets|rättens|myndighetens|domstolens|styrelsens|departementets|kollegiets))(?![\p{L}])/u;

/** Whether the title opens with an authority whose name holds its registry letters in order ("SI", "TRV"). */
function namesAuthority(before: string, prefix: string): boolean {
  const name = AUTHORITY_FIRST.exec(before.trimStart())?.[1]?.toUpperCase();
  if (!name || name[0] !== prefix[0]?.toUpperCase()) return false;
  let at = 0;
  for (const letter of prefix.toUpperCase()) {
    at = name.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * Whether the title gives a body's name and then its letters in brackets ("Inspektionen för vård och omsorg
 * (IVO): Beslut …"), the letters a dnr bears: that body's case, the sender's.
 */
function abbreviatesBody(title: string, prefix: string): boolean {
  const at = title.indexOf(`(${prefix})`);
  return at > 0 && /\p{L}\s$/u.test(title.slice(Math.max(0, at - 2), at)) && /^\p{Lu}{2,6}$/u.test(prefix);
}

// A body named after "från", "av" or "hos" by its words: "från Myndigheten för samhällsskydd och beredskap".
const BODY_BY_WORDS = /(?<![\p{L}])(?:från|av|hos)\s(\p{Lu}\p{Ll}+(?:\s[\p{L}-]{1,30}){0,8})/gu;
// The small words a body's letters leave out: "Myndigheten för samhällsskydd och beredskap" is MSB.
const SMALL_WORDS = new Set([
  "för",
  "och",
  "i",
  "av",
  "om",
  "med",
  "på",
  "till",
  "vid",
  "inom",
  "den",
  "det",
]);
// Fewer letters than three may be any words' first letters.
const SPELT_MIN = 3;

/** Whether the title names a body whose words' first letters are the dnr's registry letters ("MSB"). */
function spellsBody(title: string, prefix: string): boolean {
  if (prefix.length < SPELT_MIN || !/^\p{Lu}+$/u.test(prefix)) return false;
  for (const match of title.matchAll(BODY_BY_WORDS)) {
    const words = (match[1] ?? "").split(" ").filter((word) => !SMALL_WORDS.has(word));
    if (
      words
        .map((word) => word[0]?.toUpperCase())
        .join("")
        .startsWith(prefix)
    )
      return true;
  }
  return false;
}

/**
 * An item's dnr with those bearing the letters of the authority its title opens with marked as that authority's
 * ("Skolinspektionens beslut, Norrbyskolan" beside "SI 2024:6630" in the dnr column), as in the title's own text;
 * so too those bearing the letters the title gives a body's name in brackets ("… omsorg (IVO): Beslut …"), or
 * the first letters of the words of the body it names as the sender ("Skrivelse från Myndigheten för
 * samhällsskydd och beredskap" beside "MSB 2025-04412").
 */
export function withAuthorityCases(title: string, dnr: readonly FoundDnr[]): FoundDnr[] {
  return dnr.map((found) =>
    !found.foreign &&
    found.prefix !== null &&
    (namesAuthority(title, found.prefix) ||
      abbreviatesBody(title, found.prefix) ||
      spellsBody(title, found.prefix))
      ? { ...found, foreign: true }
      : found,
  );
}

/**
 * A registry's letters typed in mixed case ("Ks 2024/12", "Bun 2025/044", "Kfn 2025/3"): two or three letters
 * ending in a body's kind (nämnd, styrelse, fullmäktige, utskott), so "Kvarteret Bo 2025/12" is none; short
 * words are kept out by `NO_REGISTRY`, and a span of years ("Fas 2024/25") is none.
 */
function isMixedCaseRegistry(candidate: string): boolean {
  const match = /^\p{Lu}\p{Ll}?[nsfu] (?:19|20)(\d{2})[/:.-](\d{1,7})/u.exec(candidate);
  if (!match) return false;
  const [, yy = "", serial = ""] = match;
  return !(serial.length === 2 && Number(serial) === (Number(yy) + 1) % 100);
}

function isUpperPrefix(candidate: string): boolean {
  // The "u" flag alone keeps \p{Lu} to upper case; a glued mixed-case prefix ("Fö2024/00271") is a
  // ministry's, written after its own label.
  const prefix = /^\p{L}+/u.exec(candidate)?.[0];
  return prefix === undefined || prefix === prefix.toUpperCase() || /^\p{Lu}\p{Ll}\p{Lu}{1,2}$/u.test(prefix);
}

function cutSpans(text: string, spans: readonly [number, number][]): string {
  let out = "";
  let at = 0;
  for (const [start, end] of spans) {
    if (start < at) {
      at = Math.max(at, end);
      continue;
    }
    out += `${text.slice(at, start)} `;
    at = end;
  }
  return out + text.slice(at);
}

/** The committee's own dnr of a text, in order, without repeats. */
export function ownDnr(scan: DnrScan): string[] {
  const own: string[] = [];
  for (const { dnr, foreign } of scan.found) if (!foreign && !own.includes(dnr)) own.push(dnr);
  return own;
}
