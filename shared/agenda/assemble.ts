import { LIMITS } from "../clip/limits";
import type { Agenda, AgendaItem, AgendaLink, MblClass } from "../model/meeting";
import type { Block } from "./blocks";
import {
  closesForeignReference,
  type DnrScan,
  type FoundDnr,
  isDnrLabel,
  isOtherBodysCase,
  opensWithPublication,
  scanDnr,
  underTrailingLabel,
  withAuthorityCases,
  withoutTrailingLabel,
} from "./dnr";
import { chooseDnr } from "./dnr-choice";
import {
  type FlatHeader,
  type FlatRow,
  flatHeader,
  flatHeaderBeforeItems,
  laterValues,
  splitFlatRow,
  titleRestOf,
  withoutLaterValue,
} from "./flat-columns";
import {
  endsWithAbbreviation,
  headerRoles,
  isBodyMeeting,
  isClosingLine,
  isFieldLine,
  isLabelLine,
  isNameLine,
  isProtocolStart,
  isSentence,
  isWidgetText,
  opensList,
  presenterNames,
} from "./line-kinds";
import { mergeLinks } from "./links";
import { classOfCell, groupHeading, mblReference, takeMblMarker } from "./mbl";
import { findMeta } from "./meta";
import { withNotice } from "./notices";
import {
  afterListPosition,
  gluedNumberApart,
  gluedNumberLines,
  isLetterNumber,
  keyAfter,
  leadingTimeLength,
  type NumberKey,
  numberKey,
  parseItemNumber,
  parseNumberOnly,
  SCHEDULE_TIME,
} from "./numbers";
import { isProcedural } from "./procedural";
import { cutAt, runTogetherStarts, spreadJoinedRowDnr } from "./run-together";
import { isGroupTitle, withGroupedSubItems } from "./sub-item-groups";
import { trimSeparators } from "./text";
import { withoutGivenNamePresenters, withoutInlineFacts } from "./title-facts";

export interface AssembleOptions {
  /**
   * Plain text (PDF lines, pasted text): a line continues the title above it by its column, or when it
   * starts in lower case; a numbered line indented under an item is part of it.
   */
  plainText?: boolean;
  /** Texts that precede the blocks, such as the page title; searched first for committee and date. */
  headerTexts?: readonly string[];
  /** Texts read out of the blocks (a running footer): searched for committee and date with the items' texts. */
  laterTexts?: readonly string[];
  /**
   * Every short line that is no group heading is an item, numbered or not: for a selection the user made
   * on purpose where the strict rules found nothing (a few unnumbered titles).
   */
  looseItems?: boolean;
  /** A page's cards (`Block.entry`) are its list's entries without an agenda heading above them. */
  entriesListed?: boolean;
  /** Items kept; further items are only counted, and a notice says how many there were. */
  maxItems?: number;
}

/** The longest text `looseItems` takes for a title; longer is prose. */
const LOOSE_TITLE_MAX = 300;
/** A wrapped title stops growing here: what follows is no title. */
const TITLE_MAX = 400;
/** Items are numbered in order; a jump larger than this is another list (the minutes' §§ after the agenda). */
const MAX_GAP = 10;

// Headings of an agenda or of its sections, under which unnumbered list entries count as items. Any other
// heading ("Relaterade länkar", "Kontakt") ends that.
const AGENDA_HEADING =
  /föredragningslista|dagordning|ärendelista|ärenden|punkter|mbl|frågor|information|beslut|anmälningar|övrigt|formalia|inledning/i;
// A line of text that heads the list itself.
const LIST_HEADING =
  /^(?:förslag till |kallelse och )?(?:föredragningslista|dagordning|ärendelista|ärenden|ärenden som behandlas)(?:\s+för\s[^:]{1,60})?:?$/i;
// A line that is a document's file name ("TS_512-2025-1.5.1.pdf", "Yttrande.docx (pdf, 412 kB)").
const FILE_NAME = /\.(?:pdf|docx?|xlsx?|pptx?|odt|rtf|txt)\b(?:\s*\([^)]{0,40}\))?$/i;

/**
 * A block that is a document's file name. In laid-out text a file name in a later cell only is a documents
 * column beside the line ("Dnr KS 2025/12      Tjänsteskrivelse.pdf", a title's wrapped rest beside
 * "Bilaga 2.pdf"): the line is what its first cell is.
 */
const isFileLine = (block: Block): boolean =>
  FILE_NAME.test(block.text) &&
  !(block.cells !== undefined && block.cells.length > 1 && !FILE_NAME.test(block.cells[0] ?? ""));
// Link-bearing blocks that are an item's documents rather than items themselves.
const UNDERLAG =
  /bilaga|tjänsteutlåtande|tjänsteskrivelse|underlag|protokollsutdrag|beslutsförslag|missiv|skrivelse|handlingar|\.(?:pdf|docx?)\b/i;
// A paragraph that introduces documents: "Underlag: …", "Bilagor: …".
const UNDERLAG_LABEL = /^(?:underlag|bilagor|bilaga|handlingar|beslutsunderlag)\b/i;
// A link to a document file is an underlag whatever its text calls it ("Utredning", "Karta").
const DOCUMENT_PATH = /\.(?:pdf|docx?)$/i;
// References to an earlier body's paragraph before or after a title: "AU § 41", "(KSAU § 31)",
// "KSAU 2026-01-19 § 4", and in brackets by the meeting's date alone: "(AU 2023-09-05)".
// Laws cited by paragraph ("MBL § 11", "4 kap. 1 § SoL") are part of a title, not references to a body.
const REFERENCE =
  /(?:^|\s)\(?(?!(?:MBL|LAS|SoL|LSS|PBL|FL|KL|AML|OSL|LOU|HSL|SFB|BrB|MB)\b)\p{Lu}[\p{Lu}-]{1,9}(?:\s(?:19|20)\d{2}-\d{2}-\d{2})?\s?§\s?\d{1,4}\)?(?=[\s,.]|$)|\s\(\p{Lu}[\p{Lu}-]{1,9}\s(?:19|20)\d{2}-\d{2}-\d{2}\)(?=[\s,.]|$)/gu;
// A document named by its date under an item ("Protokoll 2025-01-15", "Tjänsteskrivelse den 3 mars 2025"):
// the item's underlag, not the next line of its title.
const DATED_DOCUMENT =
  /^(?:protokoll|protokollsutdrag|tjänsteskrivelse|tjänsteutlåtande|skrivelse|missiv|kallelse)\b[^.]{0,50}?\b(?:(?:19|20)\d{2}-\d{2}-\d{2}|\d{1,2}\s\p{Ll}{3,9}\s(?:19|20)\d{2})/u;
// A remark under a title about another body's part in the case: "Remiss från Miljönämnden", "Region
// Nordmarks dnr 1234-2025", "Finansdepartementets remiss, svar senast …". Capitalised: no title's next line.
const REMARK_LINE =
  /^(?:Remiss(?:en)?\s+från|Remitterad(?:e|t)?\s+(?:av|från)|(?:\p{Lu}[\p{L}-]*\s(?:(?:i|för|och)\s)?){0,3}\p{Lu}[\p{L}-]*(?::s|s)\s+(?:remiss|dnr|diarienummer|ärende(?:nummer)?|beteckning|mål(?:nummer)?|referens|ref\.)(?![\p{L}]))/u;
// A bracketed note under a title about the item's papers or standing, not its name: "(extra ärende – handlingar
// delas ut vid mötet)", "(Handlingar skickas senare)", "(bordlagt 2025-03-04)", "(utgår)".
const STATUS_NOTE =
  /^\((?:extra ärende|extraärende|tillkommande ärende|tillkommande|handling\p{L}*\s|delas ut|skickas|eftersänds|bordlag|utgår|kompletter)/iu;
// The same notes on a line of their own without brackets, capitalised: "Tillkommande ärende, handlingar skickas
// separat", "Handlingarna delas ut på sammanträdet", "Ärendet utgår". Only whole phrases: "Handlingsplan för …"
// and "Extra medel till …" may be a wrapped title's rest.
const OPEN_STATUS_NOTE =
  /^(?:Extra ?ärende|Tillkommande ärende|Handlingar(?:na)?\s(?:skickas|delas|eftersänds|kommer|lämnas|bifogas|finns)|Ärendet\s(?:utgår|bordläggs|är bordlagt)|Utgår|Bordlagt)(?![\p{L}])/u;
// A line of the day's schedule under a title: "Kl. 14.30–14.45 Paus", "ca kl 15 Kaffe", "12.00–13.00 Lunch",
// "15.00 Fika". A title's wording does not open with the clock; without "kl." only a point parts hour and minute,
// as a property's designation has a colon ("… fastigheten Marnäs" / "3:14 (nedskräpning)").
const SCHEDULE_LINE =
  /^(?:(?:[Cc]a\.?\s)?(?:[Kk]l|KL)\.?\s?\d{1,2}(?:[.:]\d\d)?(?!\d)|(?:[01]?\d|2[0-3])\.[0-5]\d(?:\s?[–-]\s?(?:[01]?\d|2[0-3])\.[0-5]\d)?(?:\s\p{Lu}|$))/u;
// A meeting's time under a title, its date before the clock: "17 oktober 2024 kl. 15.00 i Storvik", "tisdag den
// 4 mars kl 9", "2025-11-20, kl. 13.30". The item names the meeting ("Nästa sammanträde"); the line says when.
const MEETING_TIME_LINE =
  /^(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?,?\s(?:den\s)?)?(?:\d{1,2}\s(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)\p{Ll}{0,6}\.?(?:\s(?:19|20)\d{2})?|(?:19|20)\d{2}-\d{2}-\d{2}),?\s(?:kl|klockan)\.?\s?\d{1,2}(?![\d])/iu;
// The minutes' page header in a cell of its own ("Ockelbo kommun   SAMMANTRÄDESPROTOKOLL   3 (3)").
const PROTOCOL_HEADER = /^(?:SAMMANTRÄDES|MÖTES)?PROTOKOLL$/u;
// A word a wrapped title does not end with: the line goes on.
const DANGLING =
  /(?:\s(?:för|och|av|om|i|till|med|samt|på|vid|mellan|inom|från|över|under|mot|efter|enligt|kring|inför|hos|den|det|de|en|ett|att|eller)|[-–,])$/iu;

const NAME_WORD = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
// A first and a last name, a lower-case role after a comma ("Eva Lind-Berg, miljöchef"); a name alone; a name,
// one or two notes after commas and the clock time of the person's slot ("Eva Lind, ekonomichef, kl. 13.20",
// "Per Ek, Region Norrbotten, kl 15"): a time the item's title does not end with.
const PERSON_WITH_ROLE = new RegExp(
  String.raw`^${NAME_WORD}\s${NAME_WORD}(?:,\s?\p{Ll}[\p{Ll}\s-]{0,40}|(?:,\s?[^,]{1,60}){0,2},\s?(?:kl|klockan)\.?\s?\d{1,2}(?:[.:]\d\d)?)$`,
  "u",
);
const BARE_NAME = new RegExp(String.raw`^${NAME_WORD}\s${NAME_WORD}$`, "u");
// A role word or none (one of two joined, "Miljö- och hälsoskyddschef"), a first and a last name, a role after a
// comma: nothing else on the line.
const PERSON_LINE = new RegExp(
  String.raw`^(?:\p{Lu}\p{Ll}+(?:-\s(?:och|eller)\s\p{Ll}+)?\s)?${NAME_WORD}\s${NAME_WORD}(?:,\s?\p{Ll}[\p{Ll}\s-]{0,40})?$`,
  "u",
);

/**
 * A line whose cells after the first are the row's dnr, under an item whose own line had neither dnr nor a
 * later cell: the row wrapped before its dnr column ("… i Norduppland" / "Vatten Kommunalförbunds direktion
 * …   Dnr 2023/KS 0348"), so its first cell is the title's rest, capitalised or not.
 */
const endsRowWithDnr = (item: DraftItem, block: Block): boolean =>
  item.dnr.length === 0 &&
  item.laterCol === null &&
  block.cells !== undefined &&
  block.cells.length >= 2 &&
  block.cells.slice(1).every((cell) => (dnrLine(cell) ?? []).some((dnr) => !dnr.foreign));

const isDocumentLink = (link: AgendaLink): boolean =>
  URL.canParse(link.href) && DOCUMENT_PATH.test(new URL(link.href).pathname);

/** A block that lists an item's documents: mostly link text, labelled as underlag, or links named so. */
function isUnderlag(block: Block): boolean {
  if (block.links.length === 0) return false;
  const linkText = block.links.reduce((sum, link) => sum + link.text.length, 0);
  return (
    linkText * 2 >= block.text.length ||
    UNDERLAG_LABEL.test(block.text) ||
    block.links.some((link) => UNDERLAG.test(link.text))
  );
}

/**
 * An item's text without the names of its underlag links ("Ny lönepolicy Tjänsteutlåtande"). A link named
 * as an underlag goes wherever it stands; a link that is known as an underlag only by pointing at a
 * document goes only where it follows the title, since inside a title ("Svar på motion om …") it is a word.
 */
function withoutUnderlagLinks(text: string, links: readonly AgendaLink[]): string {
  let rest = text;
  for (const link of [...links].reverse()) {
    const at = rest.lastIndexOf(link.text);
    if (at <= 0) continue;
    const trailing = trimSeparators(rest.slice(at + link.text.length)) === "";
    if (!UNDERLAG.test(link.text) && !(trailing && isDocumentLink(link))) continue;
    const shorter = rest.slice(0, at) + rest.slice(at + link.text.length);
    if (trimSeparators(shorter)) rest = shorter;
  }
  return rest;
}

/** A part of a facts line that is only a reference to a preparing body ("Beredning KSAU 2026-01-19 § 4"). */
function isReferencePart(part: string): boolean {
  const rest = part.replace(REFERENCE, " ").trim();
  return rest !== part.trim() && (rest === "" || isLabelLine(rest));
}

// A motion or a citizens' proposal by its number ("Motion (2025:3)", "Medborgarförslag 2025:11"): beside it a
// facts line's dnr is the proposal's case, at the body that referred it unless in the agenda's own form.
const PROPOSAL_REFERENCE =
  /^(?:Motion|Medborgarförslag|E-förslag|Interpellation)\s\(?(?:19|20)\d{2}:\d{1,4}\)?[,;.]?$/u;

// A later cell's wrapped rest after a dnr cell: a presenter's role ("HSN 2024-01420      sjukvårdsdirektör") or
// the rest of the name ("KS 2025/12      Lindqvist", "Eva Holm, ekonom").
const WRAPPED_REST = new RegExp(
  String.raw`^(?:\p{Ll}[\p{Ll}\s,.-]{0,60}|${NAME_WORD}(?:\s${NAME_WORD})?(?:,\s?\p{Ll}[\p{Ll}\s-]{0,40})?)$`,
  "u",
);

/**
 * The dnr of a line of an item's facts that holds nothing but dnr, labels, references to a preparing body
 * and other bodies' dnr: "Dnr SN 2024/12", "Diarienummer RS 2023-01290, RS 2024-00098", "AVN 2025/0008 ·
 * Föredragande: …", "RS 2024-00456  RSAU 2024-05-28 § 41", and after a dnr the lower-case rest of a later
 * cell. Parts are its cells or its "·"-separated
 * pieces. Null for any other line.
 */
function dnrLine(text: string, cells: readonly string[] = []): FoundDnr[] | null {
  // "Dnr MBN 2025-000290. Kommunfullmäktiges beslut …": a line opening with the labelled dnr, then a remark;
  // so is a bracket of words after it ("Dnr 2024.0311 (äldre diarium)").
  const lead = scanDnr(text).found;
  const own = lead.filter((dnr) => dnr.labelled && !dnr.foreign);
  const after = own.at(-1)?.end ?? 0;
  // A bracket of words and cases after it, before a remark or the line's end: another body's case ("Dnr Soc
  // 2025-0330 (kommunstyrelsens dnr KS 2025-00871). Ansvarig: …"), the case's former number ("(tidigare SN
  // 2022/0088)"); its dnr are the line's, weighed as any (another body's is no own).
  const bracket = /^\s?\([^()]{1,80}\)(?=[.,;]\s|\s*$)/u.exec(text.slice(after))?.[0] ?? "";
  const inBracket = lead.filter((dnr) => dnr.start >= after && dnr.end <= after + bracket.length);
  const remark = text.slice(after + (inBracket.length > 0 ? bracket.length : 0));
  if (
    lead[0] === own[0] &&
    own[0] &&
    isDnrLabel(text.slice(0, own[0].start)) &&
    (/^[.,;]\s|^\s[–—-]\s/u.test(remark) ||
      /^\s?\([\p{L}\s.,-]{1,60}\)$/u.test(remark) ||
      (inBracket.length > 0 && remark.trim() === ""))
  )
    return [...own, ...inBracket];
  const found: FoundDnr[] = [];
  let proposals = false;
  const parts = (cells.length > 1 ? cells : [text]).flatMap((cell) => cell.split(/\s+[·|•]\s+/));
  for (const [index, part] of parts.entries()) {
    // A later cell naming a document: the documents column beside the line.
    if (index > 0 && cells.length > 1 && FILE_NAME.test(part)) continue;
    const scan = scanDnr(part);
    const proposal = PROPOSAL_REFERENCE.test(scan.rest);
    const onlyDnr =
      scan.found.length > 0 && (scan.rest === "" || proposal || scan.found.every((dnr) => dnr.foreign));
    if (proposal) {
      proposals = true;
      found.push(...scan.found.map((dnr) => ({ ...dnr, foreign: true, referred: true })));
    } else if (onlyDnr) found.push(...scan.found);
    else if (
      !isLabelLine(part) &&
      !isReferencePart(part) &&
      !isOtherBodysCase(part) &&
      !(found.length > 0 && WRAPPED_REST.test(part))
    )
      return null;
  }
  return proposals || found.some((dnr) => !dnr.foreign) ? found : null;
}

// "resp." / "respektive" between a line's dnr: one for each of as many items.
const RESPECTIVELY = /(?<![\p{L}])(?:resp\.|respektive)\s/iu;

/** An unnumbered text that reads as a title rather than a sentence of prose. */
const looksLikeTitle = (text: string): boolean =>
  text.length > 0 && text.length <= 200 && !/[.!?]$/.test(text) && !isSentence(text);

// A document's file name inside a title line: "Budget 2025 (Budget_2025.pdf)", "Taxor Taxor.docx".
const FILE_IN_TITLE =
  /\(?(?<![\p{L}\d])[\p{L}\d_.,%-]{1,80}\.(?:pdf|docx?|xlsx?|pptx?|odt)(?:\s*\([^)]{0,30}\))?\)?(?=\s|$)/giu;

// A title written after a field label: "Ärende: Budget 2026", "Rubrik: …".
const TITLE_LABEL = /^(?:ärende|ärendemening|ärenderubrik|rubrik|titel|ämne)\s*:\s*/iu;
// The same label on a line of its own, before the title it names.
const TITLE_LABEL_ONLY = /^(?:ärende|ärendemening|ärenderubrik|rubrik|titel)\s*:?$/iu;

/** Title, dnr and class marker of an item's text, once its dnr are found. */
interface TitleParts {
  title: string;
  dnr: FoundDnr[];
  mbl: MblClass;
  /** A spaced dash or a comma the title's line ended with (" –", ","), kept where the title goes on. */
  dash: string;
  /**
   * The line ended with the item's class marker or with a presenter or the documents after the wording: what
   * a next line wraps is that fact ("Föredragande: gatuchef" then "Eva Holm"), not the title.
   */
  ended: boolean;
}

/**
 * The class marker and the wording of a title's line without the facts it ends with; the marker also where the
 * facts come after it ("Vägunderhåll (Information) Föredragande: gatuchef").
 */
function classAndWording(text: string): { mbl: MblClass; title: string; facts: boolean } {
  const marker = takeMblMarker(text);
  const wording = withoutInlineFacts(marker.title);
  const facts = wording !== marker.title;
  if (marker.mbl !== null || !facts) return { mbl: marker.mbl, title: wording, facts };
  return { ...takeMblMarker(wording), facts };
}

function titleOf(scan: DnrScan): TitleParts {
  const marker = classAndWording(scan.rest.replace(TITLE_LABEL, ""));
  const title = marker.title.replace(REFERENCE, " ").replace(FILE_IN_TITLE, " ");
  const trimmed = trimSeparators(title);
  // "Hamntaxa. Dnr 2025/14": the full stop ended the title before its dnr, not an abbreviation.
  const stop = scan.found.length > 0 && /[\p{L}\d)]\.$/u.test(trimmed) && !endsWithAbbreviation(trimmed);
  const dash = trimmed === "" ? null : /\s([–—])$|(,)$/u.exec(title.trimEnd());
  return {
    title: stop ? trimmed.slice(0, -1) : trimmed,
    dnr: scan.found,
    mbl: marker.mbl,
    dash: dash ? (dash[2] ?? ` ${dash[1]}`) : "",
    ended: marker.mbl !== null || marker.facts,
  };
}

/**
 * Whether the dnr at `start` stands in a bracket the line's words opened ("kommunerna i länet (RS dnr 301-2024)"):
 * the title's wrapped rest naming another body's case, as on one line, not a line of that body's dnr.
 */
function inBracketAfterWords(text: string, start: number): boolean {
  const open = text.lastIndexOf("(", start);
  return open > 0 && /\p{L}/u.test(text.slice(0, open)) && !text.slice(open, start).includes(")");
}

/** Title, dnr and class marker of an item's text. */
const splitTitle = (text: string): TitleParts => titleOf(scanDnr(text));

/** Laid-out text: the first column right of the title on an item's line, or null. */
function laterColumn(block: Block, titleCol: number | null): number | null {
  if (titleCol === null || !block.cols) return null;
  const later = block.cols.find((col) => col > titleCol + 2);
  return later ?? null;
}

// A title's next line starting with a year or a span of years ("2025–2027", "2024–2027, remissversion"),
// not a date ("2024-08-30 Protokollsutdrag"): the title wrapped before it.
const YEAR_WRAP = /^(?:19|20)\d{2}(?:\s?[–-]\s?(?:19|20)?\d{2,4})?(?=$|[,;:)]|\s+\p{Ll})/u;

/** A title wrapped onto the next line; a hyphen at the break splits a word unless a conjunction follows. */
function joinWrapped(title: string, more: string): string {
  if (/\p{L}-$/u.test(title) && !/^(?:och|eller|samt|till)\b/.test(more)) return title.slice(0, -1) + more;
  return trimSeparators(`${title} ${more}`);
}

interface DraftItem {
  number: string | null;
  key: NumberKey | null;
  title: string;
  dnr: FoundDnr[];
  mbl: MblClass;
  links: AgendaLink[];
  /** The next line may continue the title. */
  open: boolean;
  /** A dash that ended the title's last line: it joins the title to its next line. */
  dash: string;
  /** A lone number: its title is the next block. */
  waiting: boolean;
  /** Laid-out text: where the title starts and where the number stands. */
  titleCol: number | null;
  /** Laid-out text: the column the item's line starts at (its number). */
  numberCol: number | null;
  /** Laid-out text: the columns of the cells after the title on the item's line (dnr, presenter, time). */
  laterCol: number | null;
  /** Laid-out text: the column where the title's last line ends. */
  lineEnd: number | null;
  /** Laid-out text: where in the title its last capitalised wrapped line began. */
  capitalFrom: number | null;
  /** An unnumbered line with a dnr: an item only where the agenda numbers nothing. */
  tentative: boolean;
  /** A flattened table's row with text in a later column: its wrapped rest may end the next line. */
  laterText: boolean;
  /** Other text came after the item: a dnr further down is no longer its own. */
  sealed: boolean;
  /** The title's line ended with the item's class marker ("… (Information)") or its facts: it is complete. */
  ended: boolean;
}

/** Title words that tell a repeated item (the minutes after the agenda) from a generic one ("Information"). */
const titleWords = (title: string): number => title.split(/\s+/).length;
const titleForm = (title: string): string => title.toLocaleLowerCase("sv").replace(/[^\p{L}\p{N}]+/gu, "");

// A clock time, then a word that is no number: "10.30   Kaffe", "12:00 Lunch".
const SCHEDULE_PAUSE = new RegExp(String.raw`^${SCHEDULE_TIME}\s+\p{L}`, "iu");

// Columns a laid-out line's end may differ by from what its words take (proportional type set in columns).
const LINE_END_SLACK = 3;
// A line of prose: a capitalised word (not a registry's letters, "RS 2026-00021"), then three words or more.
const DESCRIPTION_LINE = /^\p{Lu}\p{Ll}+(?:\s+\S+){3}/u;

/**
 * Laid-out text: the title's last line ended well short of where a line of prose under it ends, so short
 * that the next line's first word would have fitted on it. A title that wraps does so at the column's edge;
 * this one ended, and the line under it is a description set across the column. Not after a hyphen or a
 * word a title does not end with.
 */
function endedShort(item: DraftItem, indent: number, line: string): boolean {
  if (item.lineEnd === null || item.dash || !DESCRIPTION_LINE.test(line) || DANGLING.test(item.title))
    return false;
  const word = line.split(" ", 1)[0] ?? "";
  return indent + line.length > item.lineEnd + 1 + word.length + LINE_END_SLACK;
}

// Words of a sentence that make it a page's preamble ("Gruppen sammanträder tisdag 21 oktober kl. 13.15 i …"),
// longer than any title written as a sentence.
const PREAMBLE_WORDS = 10;
/** A card that is a page's lead paragraph, a long sentence: no item. */
const isPreamble = (text: string): boolean => isSentence(text) && titleWords(text) >= PREAMBLE_WORDS;

/** Number, title text and column of a block that starts an item, or null. */
interface Numbered {
  number: string | null;
  text: string;
  /** Further cells of the line: dnr, documents, presenter. */
  cells: string[];
  titleCol: number | null;
  structural: boolean;
}

/**
 * The block without the clock time of a schedule column that stands before its item's number ("09.00   1.
 * Upprop"): the time is no part of the number nor of the title. Null when no such time starts the block.
 */
function withoutLeadingTime(block: Block): Block | null {
  const length = leadingTimeLength(block.text);
  if (!length) return null;
  const text = block.text.slice(length);
  const cells = block.cells;
  if (!cells?.length)
    return { ...block, text, indent: block.indent === undefined ? undefined : block.indent + length };
  const first = cells[0] ?? "";
  const cut = leadingTimeLength(`${first} ${cells[1] ?? ""}`);
  if (cut > first.length) {
    // The time is a cell of its own.
    return {
      ...block,
      text,
      cells: cells.slice(1),
      cols: block.cols?.slice(1),
      indent: block.cols?.[1] ?? block.indent,
    };
  }
  const rest = first.slice(cut);
  return {
    ...block,
    text,
    cells: [rest, ...cells.slice(1)],
    cols: block.cols ? [(block.cols[0] ?? 0) + cut, ...block.cols.slice(1)] : undefined,
    indent: block.indent === undefined ? undefined : block.indent + cut,
  };
}

// A registry export's classification code in a column of its own ("1.2.1", "02.03", "3-4"): digits only.
const CODE_CELL = /^\d{1,4}(?:[.:\-–]\d{1,4}){1,4}$/;

/**
 * The index of a row's title cell after its number: the first cell that is more than dnr and more than a
 * classification code ("3   KS 2025/41   1.2.1   Budget 2025"), a code where no cell has words; -1 for none.
 */
function titleCellAt(cells: readonly string[]): number {
  let code = -1;
  for (let at = 1; at < cells.length; at++) {
    const cell = cells[at] ?? "";
    if (scanDnr(cell).rest === "") continue;
    if (!CODE_CELL.test(cell)) return at;
    if (code < 0) code = at;
  }
  return code;
}

/** A row's cells after its number but its title cell, without the codes before the title (no later column). */
const cellsBeside = (cells: readonly string[], title: number): string[] =>
  cells.filter((cell, at) => at > 0 && at !== title && !(at < title && CODE_CELL.test(cell)));

class Assembler {
  readonly items: DraftItem[] = [];
  readonly headerTexts: string[];
  /** Every text that is no item's, with how many items had been started before it. */
  readonly texts: { text: string; itemsBefore: number }[] = [];
  /** Items past `maxItems`: counted, not kept. */
  overflow = 0;
  /** The items of each line that ran several together ("4 Taxor 2025 5 Renhållningstaxa 2025 …"). */
  readonly joinedRows: DraftItem[][] = [];
  private current: DraftItem | null = null;
  /** The names the agenda's presenter lines give ("Föredragande: Mats Eriksson"). */
  private readonly presenters: Set<string>;
  /** Laid-out text names a presenter with a role on a line of its own ("Eva Lind, ekonomichef"). */
  private readonly rolePresenters: boolean;
  private group: MblClass = null;
  /** Where a schedule's clock times stand before the items' numbers, once a line has shown it. */
  private scheduleIndent: number | null = null;
  private inAgenda = false;
  // Heading levels: of the last agenda or section heading, and of the headings that are items under it.
  private sectionLevel: number | null = null;
  private itemLevel: number | null = null;
  // Where the agenda numbers its item headings, an unnumbered heading at that level is no item.
  private itemHeadingsNumbered = false;
  /** An item came from a table row, a list entry or a line: unnumbered headings after it are no items. */
  private itemsBesideHeadings = false;
  private lastKey: NumberKey | null = null;
  private lastNumber: string | null = null;
  /** A group heading came after the last item: its numbering may start again. */
  private restart = false;
  /** Items before the list's heading whose numbers do not begin at 1: lines a letter's lead quotes. */
  private quoted: number | null = null;
  /** A title label stood on its own line ("Ärende"): the next line is the title it names. */
  private titleLabel = false;
  /** Title labels on lines of their own label titles only where they repeat (once, it is a column's name). */
  private readonly titleLabels: boolean;
  /** Laid-out text: the column of the item numbers, from the first item. */
  private numberIndent: number | null = null;
  /** Laid-out text: the page of the last item that kept to (or set) `numberIndent`. */
  private numberPage: number | null = null;
  /** A label opened a list of its own ("Förslag till beslut" 1., 2.; "Bilagor" a., b.): how far it has counted. */
  private list: number | null = null;
  /** Laid-out text: under a list heading with unnumbered lines, each line at this column is an item. */
  private plainList: number | null = null;
  /** Items before the plain list opened: a list with one entry before its first blank line is spaced. */
  private plainListFrom = 0;
  /** The plain list separates its entries by blank lines: a blank line no longer ends it. */
  private plainSpaced = false;
  private stopped = false;
  /** Plain text: a header of column names on one single-spaced line ("Ärende Dnr Föredragande"). */
  private flat: FlatHeader | null = null;
  /** The later columns' values of the flattened table's rows (presenters), for rows without a dnr. */
  private later: string[] = [];
  private readonly seenTitles = new Set<string>();
  private readonly maxItems: number;
  /** Laid-out text: the column of a header's class column ("Typ"), whose cells give each row's class. */
  private classCol: number | null = null;
  /** An item begun by a block that is only a number, and the order before it: it may be a list position. */
  private numberHead: {
    item: DraftItem;
    key: NumberKey | null;
    number: string | null;
    restart: boolean;
  } | null = null;

  constructor(
    private readonly blocks: readonly Block[],
    private readonly options: AssembleOptions,
  ) {
    this.headerTexts = [...(options.headerTexts ?? [])];
    this.maxItems = options.maxItems ?? LIMITS.items;
    this.presenters = presenterNames(blocks.map((block) => block.text));
    this.rolePresenters = blocks.some((block) => PERSON_WITH_ROLE.test(block.text));
    this.titleLabels = blocks.filter((block) => TITLE_LABEL_ONLY.test(block.text)).length >= 2;
  }

  run(): void {
    for (let index = 0; index < this.blocks.length; index++) this.block(this.blocks[index]!, index);
  }

  private note(text: string): void {
    this.texts.push({ text, itemsBefore: this.items.length + this.overflow });
  }

  private closeTitle(): void {
    if (this.current) this.current.open = false;
  }

  /** The next block with text after `index`, for telling a heading from an item's title. */
  private nextIsNumbered(index: number): boolean {
    for (let at = index + 1; at < this.blocks.length && at <= index + 3; at++) {
      const next = this.blocks[at]!;
      if (next.blank || !next.text) continue;
      return this.numbered(next) !== null;
    }
    return false;
  }

  private block(block: Block, index: number): void {
    const { text } = block;
    // A row counted but not read: an item past the rows read in full, told of in the notice.
    if (block.placeholder) {
      if (!this.stopped) this.overflow++;
      return;
    }
    if (this.items.length >= this.maxItems) {
      this.count(block);
      return;
    }
    if (this.stopped) {
      if (text) this.note(text);
      return;
    }
    if (block.blank) {
      this.closeTitle();
      this.list = null;
      // A list of one entry so far, then a blank line: its entries are set apart by blank lines.
      if (this.plainList !== null && this.items.length > 0) {
        if (this.items.length - this.plainListFrom === 1) this.plainSpaced = true;
        else if (!this.plainSpaced) this.plainList = null;
      }
      return;
    }
    if (!text) {
      if (this.current) mergeLinks(this.current.links, block.links);
      return;
    }
    const roles = block.cells ? headerRoles(block.cells) : null;
    if (roles) {
      const at = roles.indexOf("class");
      this.classCol = at >= 0 ? (block.cols?.[at] ?? null) : null;
      this.closeTitle();
      return;
    }
    const flat = this.options.plainText && (block.cells?.length ?? 0) <= 1 ? flatHeader(text) : null;
    if (flat) {
      this.startFlat(flat, index);
      this.closeTitle();
      this.note(text);
      return;
    }
    const headed = this.options.plainText && !block.cells?.[1] ? flatHeaderBeforeItems(text) : null;
    if (headed) {
      this.startFlat(headed.header, index);
      this.closeTitle();
      this.block({ ...block, text: headed.rest, cells: [headed.rest] }, index);
      return;
    }
    // A schedule's time before the number: the line is read from its number on, so its indent is the number's.
    const untimed = withoutLeadingTime(block);
    if (untimed && this.numbered(untimed)) {
      this.scheduleIndent ??= block.indent ?? 0;
      this.block(untimed, index);
      return;
    }
    // In the same schedule column a time before words and no number is a pause ("12.00   Lunch"), no sub-item.
    if (this.isScheduleLine(block)) {
      this.closeTitle();
      this.note(text);
      return;
    }
    if (this.labelledTitle(block)) return;
    const numbered = this.numbered(block);
    if (
      !numbered &&
      (this.items.length > 0 || this.overflow > 0) &&
      !block.joined &&
      !this.indentedUnderItems(block, 0) &&
      (isProtocolStart(text) || (block.cells ?? []).some((cell) => PROTOCOL_HEADER.test(cell)))
    ) {
      this.stopped = true;
      this.current = null;
      this.note(text);
      return;
    }
    if (!numbered && this.current?.waiting && !isLabelLine(text) && !isFileLine(block)) {
      this.unnumbered(block, index);
      return;
    }
    // Formal points written in one cell ("Val av justerare<br>Tid för justering") are one formal item.
    const current = this.current;
    if (
      !numbered &&
      block.joined &&
      !block.remark &&
      current?.open &&
      isProcedural(current.title) &&
      isProcedural(text)
    ) {
      this.continueTitle(current, block, []);
      return;
    }
    // A labelled line or a document's file name belongs to the item above; a dnr in a file's name
    // ("BUN2025-188 Tjänsteskrivelse.pdf") is part of the name, not the item's. After a <br>, a label's word
    // in lower case without a colon wraps the title ("… 2025<br>förslag till kommunfullmäktige"), and so it does
    // on the next line after a title left unfinished ("… 2026 –" / "förslag till regionfullmäktige").
    const unfinished = current?.open === true && (current.dash !== "" || DANGLING.test(current.title));
    const wrapped = (block.joined === true || unfinished) && /^\p{Ll}[^:]*$/u.test(text);
    if (!numbered && ((isLabelLine(text) && !wrapped) || isFileLine(block))) {
      this.label(block, !isFileLine(block));
      return;
    }
    // Any other "Label: value" line under an item ends its title; a number in it is no dnr of the item's,
    // unless the label is a dnr label ("Ärendenummer: BN 2025/13").
    if (!numbered && this.isFieldUnderItem(block)) {
      this.label(block, isDnrLabel(block.text.slice(0, block.text.indexOf(":") + 1)));
      return;
    }
    if (!numbered && this.groupHeadingBlock(block, index)) return;
    if (numbered) {
      this.candidate(block, numbered);
      return;
    }
    this.unnumbered(block, index);
  }

  /**
   * In an agenda that numbers nothing, a title its label names ("Ärende: Budget 2026", or "Ärende" on a line of
   * its own and the title below) is an item. True when the block was a label or such a title.
   */
  private labelledTitle(block: Block): boolean {
    if (this.lastKey !== null || !(this.inAgenda || this.plainList !== null)) return false;
    if (this.titleLabels && TITLE_LABEL_ONLY.test(block.text)) {
      this.titleLabel = true;
      this.closeTitle();
      this.note(block.text);
      return true;
    }
    const labelled = TITLE_LABEL.test(block.text);
    if (!labelled && !this.titleLabel) return false;
    this.titleLabel = false;
    const text = block.text.replace(TITLE_LABEL, "");
    this.start(
      { ...block, text, cells: [text] },
      { number: null, text, cells: [], titleCol: null, structural: false },
      null,
    );
    return true;
  }

  /** Laid-out text: a line indented under the item numbers (by more than `slack`) belongs to the item above. */
  private indentedUnderItems(block: Block, slack = 3): boolean {
    return (
      this.options.plainText === true &&
      this.numberIndent !== null &&
      block.indent !== undefined &&
      block.indent > this.numberIndent + slack
    );
  }

  /** A "Label: value" paragraph under an item ("Kontakt: Lena Ek"); list entries and headings may be items. */
  private isFieldUnderItem(block: Block): boolean {
    return this.current !== null && block.kind === "paragraph" && isFieldLine(block.text);
  }

  private startFlat(header: FlatHeader, index: number): void {
    this.flat = header;
    if (header.moreAfterDnr) this.later = laterValues(this.blocks.slice(index).map((block) => block.text));
  }

  /** A single-spaced row under a flattened table's header, split at its dnr column. */
  private flatRow(block: Block, text: string): FlatRow | null {
    if (!this.flat || (block.cells?.length ?? 0) > 1) return null;
    const row = splitFlatRow(text);
    if (!row) return null;
    return this.flat.moreAfterDnr ? row : { ...row, before: `${row.before} ${row.after}`.trim(), after: "" };
  }

  /** A laid-out line with an empty line above and below it: a heading or a paragraph of its own. */
  private setApart(index: number): boolean {
    const around = [this.blocks[index - 1], this.blocks[index + 1]];
    return index >= 0 && around.every((block) => block === undefined || block.blank === true);
  }

  /**
   * Past `maxItems` only the items are counted, for the notice: numbered blocks that keep the agenda's
   * order and the rows of an agenda table. Nothing else is read, so a huge page costs little more.
   */
  private count(block: Block): void {
    if (this.stopped || block.blank || !block.text || block.joined) return;
    const numbered = this.numbered(block);
    const key = numbered?.number ? numberKey(numbered.number) : null;
    if (key && this.fits(key)) {
      this.lastKey = key;
      this.overflow++;
    } else if (!numbered && block.kind === "row" && block.structuralItem) this.overflow++;
  }

  /** A labelled line: presenter, documents, proposed decision. Its dnr and links belong to the item. */
  private label(block: Block, takesDnr: boolean): void {
    const current = this.current;
    if (current) {
      current.open = false;
      mergeLinks(current.links, block.links);
      if (takesDnr) this.giveLineDnr(current, scanDnr(block.text).found, block.text);
    }
    if (opensList(block.text)) this.list = 0;
    this.note(block.text);
  }

  /** A group heading ("Beslutsärenden", "Information enligt MBL § 19"); true when the block was one. */
  private groupHeadingBlock(block: Block, index: number): boolean {
    if (block.kind === "heading") return this.heading(block);
    if (block.kind === "listItem" || block.joined) return false;
    const heading = groupHeading(block.text);
    if (!heading || (heading.weak && !this.nextIsNumbered(index))) {
      if (LIST_HEADING.test(block.text)) {
        this.inAgenda = true;
        this.current = null;
        // Numbered lines before the list's heading that do not start at 1 ("Punkt 9 har fått ny rubrik: 9. …")
        // are quoted; if the list under it starts at 1, they go (`candidate`).
        const first = this.items[0]?.key;
        if (first && first.base > 1) {
          this.quoted = this.items.length;
          this.restart = true;
        }
        if (this.options.plainText && !this.nextIsNumbered(index)) this.openPlainList(block);
        this.note(block.text);
        return true;
      }
      return false;
    }
    this.setGroup(heading.mbl);
    // "Ärenden", "Beslutsärenden" over unnumbered lines of a text: each line at the heading's column is an
    // item, as under "Föredragningslista" (not where the agenda numbers its items).
    if (this.options.plainText && this.lastKey === null && !this.nextIsNumbered(index))
      this.openPlainList(block);
    this.note(block.text);
    return true;
  }

  private openPlainList(block: Block): void {
    this.plainList = block.indent ?? 0;
    this.plainListFrom = this.items.length;
    this.plainSpaced = false;
  }

  private setGroup(mbl: MblClass): void {
    this.group = mbl;
    this.inAgenda = true;
    this.current = null;
    this.restart = true;
    this.list = null;
  }

  /** A heading: an item's title, a group heading, or the end of the agenda section. True when consumed. */
  private heading(block: Block): boolean {
    const { text } = block;
    const level = block.level;
    const current = this.current;
    if (current?.waiting) {
      this.fillTitle(current, block);
      return true;
    }
    // A heading below the items' own level ("Handlingar", "Förslag till beslut") belongs to the item.
    if (current && level !== undefined && this.itemLevel !== null && level > this.itemLevel) {
      current.open = false;
      this.note(text);
      return true;
    }
    // A word as often a title as a heading ("Meddelanden") at the level of unnumbered item headings is one.
    const asItem = level !== undefined && level === this.itemLevel && !this.itemHeadingsNumbered;
    const found = groupHeading(text);
    const group = found?.weak && asItem ? undefined : found;
    const section = group !== undefined || (found === undefined && AGENDA_HEADING.test(text));
    // An unnumbered heading one level below the agenda's heading is an item title (a heading sequence).
    const underAgenda =
      this.inAgenda &&
      !section &&
      level !== undefined &&
      this.sectionLevel !== null &&
      level > this.sectionLevel &&
      !this.itemsBesideHeadings &&
      (this.itemLevel === null || (level === this.itemLevel && !this.itemHeadingsNumbered)) &&
      looksLikeTitle(text);
    const titleWithDnr = scanDnr(text);
    if (
      underAgenda ||
      (titleWithDnr.found.length > 0 && looksLikeTitle(titleWithDnr.rest)) ||
      (this.options.looseItems && group === undefined && text.length <= LOOSE_TITLE_MAX)
    ) {
      this.start(block, { number: null, text, cells: [], titleCol: null, structural: false }, null);
      if (level !== undefined && underAgenda) this.itemLevel = level;
      return true;
    }
    // A table's spanning row between items that heads no group ("Paus kl. 15.00", "Lunch") is a note.
    if (level === undefined && !section && this.items.length > 0 && mblReference(text) === null) {
      this.current = null;
      this.note(text);
      return true;
    }
    this.group = group?.mbl ?? mblReference(text);
    this.inAgenda = section;
    this.restart = true;
    this.sectionLevel = level ?? this.sectionLevel;
    this.itemLevel = null;
    this.itemHeadingsNumbered = false;
    this.current = null;
    this.note(text);
    return true;
  }

  /** The number that starts this block as an item, from its text, its cells or its structure. */
  numbered(block: Block): Numbered | null {
    const untimed = withoutLeadingTime(block);
    if (untimed) return this.numbered(untimed);
    const cells = block.cells ?? [];
    const col = (at: number): number | null => block.cols?.[at] ?? null;
    if (cells.length >= 2) {
      const lone = parseNumberOnly(cells[0] ?? "");
      const second = parseItemNumber(cells[1] ?? "");
      // "1 | 2 Budget": a list position printed before the real number.
      if (lone && second?.rest) {
        return {
          number: second.number,
          text: second.rest,
          cells: cells.slice(2),
          titleCol: col(1),
          structural: false,
        };
      }
      // "1 | 2" with the title in the block below or in the next cell ("3 | 4 | Budget"): the position, then
      // the item's own number.
      const own = lone ? parseNumberOnly(cells[1] ?? "") : null;
      if (own) {
        const title = cells[2] ?? "";
        return {
          number: own,
          text: title,
          cells: cells.slice(3),
          titleCol: col(title ? 2 : 1),
          structural: false,
        };
      }
      if (lone) {
        // The title is the first cell that is more than dnr ("1   KS 2024/12   Budget 2025").
        const found = titleCellAt(cells);
        const title = found > 0 ? found : 1;
        return {
          number: lone,
          text: cells[title] ?? "",
          cells: cellsBeside(cells, title),
          titleCol: col(title),
          structural: false,
        };
      }
      const first = parseItemNumber(cells[0] ?? "");
      // "12.1 KS 2024/12   Budget 2025": a number as wide as its column leaves one space before the dnr; the
      // title is the first later cell that is more than dnr, as after a number alone.
      const dnrRest = first?.rest ? scanDnr(first.rest) : null;
      const titleAt = dnrRest?.found.length && dnrRest.rest === "" ? titleCellAt(cells) : -1;
      if (first && titleAt > 0) {
        return {
          number: first.number,
          text: cells[titleAt] ?? "",
          cells: [first.rest, ...cellsBeside(cells, titleAt)],
          titleCol: col(titleAt),
          structural: false,
        };
      }
      if (first?.rest) {
        const start = col(0);
        const titleCol = start === null ? null : start + (cells[0]?.length ?? 0) - first.rest.length;
        return { number: first.number, text: first.rest, cells: cells.slice(1), titleCol, structural: false };
      }
    }
    const own = parseItemNumber(block.text);
    // "1. 2 Budget", "3 | 4 Budget", "2 · § 43 Upprop": a list position printed before the real number.
    const inner = own
      ? /^[\d§]/.test(own.rest)
        ? parseItemNumber(own.rest)
        : null
      : afterListPosition(block.text);
    if (inner?.rest) {
      const start = block.indent ?? null;
      const titleCol = start === null ? null : start + block.text.length - inner.rest.length;
      return { number: inner.number, text: inner.rest, cells: [], titleCol, structural: false };
    }
    if (own) {
      const start = block.indent ?? null;
      const titleCol = start === null ? null : start + block.text.length - own.rest.length;
      return { number: own.number, text: own.rest, cells: [], titleCol, structural: false };
    }
    if (block.structuralItem && block.number) {
      return { number: block.number, text: block.text, cells: [], titleCol: null, structural: true };
    }
    return null;
  }

  /** A numbered block: an item when it fits the agenda's order, otherwise part of something else. */
  private candidate(block: Block, numbered: Numbered): void {
    let { number } = numbered;
    // A label's own list lettered ("Beslutsunderlag" a., b.): the entry's place in the alphabet.
    const letter = number && isLetterNumber(number) ? number.toLowerCase().charCodeAt(0) - 96 : null;
    // "a)" under item 12 is item "12 a".
    if (
      number &&
      isLetterNumber(number) &&
      this.lastNumber &&
      !isLetterNumber(this.lastNumber) &&
      !this.restart
    ) {
      const parent = this.lastNumber.replace(/\s?(?:[A-Za-z]|½)$|\.\d+$/, "");
      number = `${parent} ${number}`;
    }
    const key = number ? numberKey(number) : null;
    // Items run together on the line are cut off before the checks: "1. Upprop. 2. Val av justerare."
    const rest = key ? (cutAt(numbered.text, runTogetherStarts(numbered.text, key))[0] ?? "") : numbered.text;
    if (isWidgetText(rest)) return;
    if (rest && isSentence(rest)) {
      this.closeTitle();
      this.note(block.text);
      return;
    }
    // A label's own list: "Förslag till beslut" 1., 2.
    const listPlace = letter ?? (key && key.sub === 0 ? key.base : null);
    if (this.list !== null && listPlace === this.list + 1) {
      this.list = listPlace;
      this.closeTitle();
      this.note(block.text);
      return;
    }
    this.list = null;
    // Laid-out text: a numbered line indented under the items is a point of the item above.
    const subItem = key !== null && key.sub !== 0;
    // A later page may set its items further in (no sidebar beside them to part from): its first number, the
    // next in the order, starts the page's own column.
    const nextOnNewPage =
      key !== null &&
      this.lastKey !== null &&
      key.sub === 0 &&
      key.base === this.lastKey.base + 1 &&
      block.page !== undefined &&
      this.numberPage !== null &&
      block.page > this.numberPage;
    if (!subItem && !nextOnNewPage && this.indentedUnderItems(block)) {
      this.closeTitle();
      this.note(block.text);
      return;
    }
    if (key && !numbered.structural && !isLetterNumber(numbered.number ?? "")) this.dropPositionHead();
    if (key && this.quoted !== null) {
      if (key.base <= 1) this.items.splice(0, this.quoted);
      this.quoted = null;
    }
    if (key && !this.fits(key)) {
      this.current = null;
      this.note(block.text);
      return;
    }
    this.start(block, { ...numbered, number }, key, key === null);
  }

  /**
   * "1" and then "1 Sammanträdets öppnande" (or "§ 41 Upprop", or "• 7" with the title below): a list position
   * printed in a block of its own before the entry's own number. The item the position began, still without
   * a title, goes, and the own number is weighed against the order before it.
   */
  private dropPositionHead(): void {
    const head = this.numberHead;
    this.numberHead = null;
    if (!head || this.current !== head.item || !head.item.waiting || head.item.dnr.length > 0) return;
    if (this.items.at(-1) !== head.item) return;
    this.items.pop();
    this.lastKey = head.key;
    this.lastNumber = head.number;
    this.restart = head.restart;
    this.current = null;
  }

  /**
   * The class a row's own class cell gives (a table's column, or the cell of laid-out text under the header's
   * class column); null for a neutral word ("Formalia"), undefined where the row gives none.
   */
  private rowClass(block: Block): MblClass | undefined {
    if (block.mbl !== undefined) return block.mbl;
    const classCol = this.classCol;
    if (!block.cells || !block.cols) return undefined;
    // A class column without a header: a row's last cell, after its title's, wholly a class word ("Beslut").
    if (classCol === null) {
      const last = block.cells.length - 1;
      const afterTitle = last >= 2 || (last === 1 && !!parseItemNumber(block.cells[0] ?? "")?.rest);
      return afterTitle && this.options.plainText ? classOfCell(block.cells[last] ?? "") : undefined;
    }
    const at = block.cols.findIndex((col, index) => index > 0 && Math.abs(col - classCol) <= 3);
    return at > 0 ? classOfCell(block.cells[at] ?? "") : undefined;
  }

  /** A title already on the agenda, as the minutes after it repeat them ("§ 58 Sammanträdets öppnande"). */
  private repeats(title: string): boolean {
    const form = titleForm(title);
    return form !== "" && titleWords(title) >= 2 && this.items.length > 0 && this.seenTitles.has(form);
  }

  /** Whether a number continues the agenda's order (or starts it again after a group heading). */
  private fits(key: NumberKey): boolean {
    const last = this.lastKey;
    if (!last) return true;
    if (keyAfter(key, last) && key.base - last.base <= MAX_GAP) return true;
    return this.restart && key.base <= 1;
  }

  /** Starts an item (cutting off further items run together on its line). */
  private start(block: Block, numbered: Numbered, key: NumberKey | null, unique = false): void {
    let text = withoutUnderlagLinks(numbered.text, block.links);
    // "1 Val av justerare 2 Godkännande …": the line holds further items, in its text or its cells.
    let pieces: Block[] = [];
    let cells = numbered.cells;
    let scan = scanDnr(text);
    if (key) {
      const spans = scan.found.map((dnr): [number, number] => [dnr.start, dnr.end]);
      const starts = runTogetherStarts(text, key, spans);
      if (starts.length > 0) {
        const [own = "", ...more] = cutAt(text, starts);
        text = own;
        scan = scanDnr(text);
        pieces = more.map((piece) => ({ kind: block.kind, text: piece, links: [] }));
      }
      // A later cell with the next number and its title, in the cell or the one after ("4", "Mötet avslutas").
      const next = cells.findIndex((cell, at) => {
        const found = parseItemNumber(cell);
        const titled = found?.rest || /^\p{Lu}/u.test(cells[at + 1] ?? "");
        const cellKey = found && titled ? numberKey(found.number) : null;
        return cellKey !== null && keyAfter(cellKey, key) && cellKey.base - key.base <= MAX_GAP;
      });
      if (next >= 0) {
        const rest = cells.slice(next);
        cells = cells.slice(0, next);
        if (pieces.length === 0)
          pieces = [{ kind: block.kind, text: rest.join(" "), links: [], cells: rest }];
      }
    }
    const flat = this.flatRow(block, text);
    if (flat) scan = scanDnr(flat.before);
    else if (this.flat?.moreAfterDnr) scan = scanDnr(withoutLaterValue(scan.rest, this.later));
    const parts = titleOf(scan);
    if (unique && this.repeats(parts.title)) {
      this.current = null;
      this.note(block.text);
      return;
    }
    const dnr = [...parts.dnr, ...(flat?.dnr ?? [])];
    // Under a flattened table's header, a cell of the line may be its dnr column ("003 – 512 / 25").
    const column = { column: this.flat !== null };
    for (const cell of cells) for (const found of scanDnr(cell, column).found) dnr.push(found);
    for (const cell of block.dnrCells ?? [])
      for (const found of scanDnr(cell, { column: true }).found) dnr.push(found);
    const rowClass = this.rowClass(block);
    const item: DraftItem = {
      number: numbered.number,
      key,
      title: parts.title,
      dnr,
      mbl: parts.mbl ?? (rowClass === undefined ? this.group : rowClass),
      links: block.links.slice(0, LIMITS.links),
      open: true,
      dash: parts.dash,
      waiting: parts.title === "",
      titleCol: numbered.titleCol,
      numberCol: block.indent ?? null,
      laterCol: laterColumn(block, numbered.titleCol),
      lineEnd: numbered.titleCol === null || !text ? null : numbered.titleCol + text.length,
      capitalFrom: null,
      tentative: false,
      laterText: (flat?.after ?? "") !== "",
      sealed: false,
      ended: parts.ended,
    };
    const before = { key: this.lastKey, number: this.lastNumber, restart: this.restart };
    const from = this.items.length;
    this.accept(item, block);
    const lone = key !== null && item.waiting && parseNumberOnly(block.text) !== null;
    this.numberHead = lone ? { item, ...before } : null;
    for (const piece of pieces) this.block(piece, -1);
    // The joined rows' dnr column: a dnr on the line itself, beside the last title (not a "Dnr" line below).
    const joined = this.items.slice(from);
    if (pieces.length > 0 && joined.length === pieces.length + 1 && joined.at(-1)?.dnr.length)
      this.joinedRows.push(joined);
  }

  private accept(item: DraftItem, block: Block): void {
    if (item.key) {
      this.lastKey = item.key;
      this.lastNumber = item.number;
      this.restart = false;
      if (block.indent !== undefined && item.key.sub === 0) {
        const newPage = block.page !== undefined && this.numberPage !== null && block.page > this.numberPage;
        if (this.numberIndent === null || newPage) this.numberIndent = block.indent;
        this.numberPage = block.page ?? this.numberPage;
      }
      if (block.level !== undefined) {
        this.itemLevel = block.level;
        this.itemHeadingsNumbered = !block.structuralItem;
      }
    }
    if (block.level === undefined) this.itemsBesideHeadings = true;
    this.plainList = this.plainList !== null && item.key === null ? this.plainList : null;
    if (item.title) this.seenTitles.add(titleForm(item.title));
    this.current = item;
    if (this.items.length >= this.maxItems) {
      this.overflow++;
      return;
    }
    this.items.push(item);
  }

  /** The block after a lone number ("§ 12" badge, number cell) is the item's title. */
  private fillTitle(item: DraftItem, block: Block): void {
    // As on a numbered line, the cells after the first holding a dnr are later columns (a status, a time):
    // only their dnr are read.
    const cells = block.cells ?? [];
    const at = cells.findIndex((cell) => scanDnr(cell).found.length > 0);
    const later = at >= 0 ? cells.slice(at + 1) : [];
    const parts = splitTitle(later.length > 0 ? cells.slice(0, at + 1).join(" ") : block.text);
    for (const cell of later) for (const dnr of scanDnr(cell).found) parts.dnr.push(dnr);
    item.title = parts.title;
    item.dash = parts.dash;
    item.waiting = parts.title === "";
    for (const dnr of parts.dnr) item.dnr.push(dnr);
    item.mbl = parts.mbl ?? item.mbl;
    item.open = true;
    item.titleCol = block.indent ?? null;
    mergeLinks(item.links, block.links);
    if (item.title) this.seenTitles.add(titleForm(item.title));
  }

  /**
   * Laid-out text: a line whose cells before the item's title column are only dnr and whose cells from that
   * column on go on with the title; the title's part as a block of its own, and the dnr cells. Null otherwise.
   */
  private titleBesideDnr(item: DraftItem, block: Block): { block: Block; dnrCells: string[] } | null {
    const { cells, cols } = block;
    const titleCol = item.titleCol;
    if (!cells || !cols || cells.length < 2 || titleCol === null || item.sealed) return null;
    const at = cols.findIndex((col) => Math.abs(col - titleCol) <= 2);
    if (at < 1) return null;
    const dnrCells = cells.slice(0, at);
    const onlyDnr = dnrCells.every((cell) => {
      const scan = scanDnr(cell);
      return scan.found.some((dnr) => !dnr.foreign) && scan.rest === "";
    });
    if (!onlyDnr) return null;
    const rest = cells.slice(at);
    const part: Block = {
      ...block,
      text: rest.join(" "),
      cells: rest,
      cols: cols.slice(at),
      indent: cols[at],
    };
    return this.continues(item, part) ? { block: part, dnrCells } : null;
  }

  /** A clock time and words at the schedule's column, where times have stood before the items' numbers. */
  private isScheduleLine(block: Block): boolean {
    return (
      this.scheduleIndent !== null &&
      Math.abs((block.indent ?? 0) - this.scheduleIndent) <= 1 &&
      SCHEDULE_PAUSE.test(block.text)
    );
  }

  /** Whether a block goes on with the current item's title. */
  private continues(item: DraftItem, block: Block): boolean {
    if (
      !item.open ||
      item.sealed ||
      block.bullet ||
      block.remark ||
      item.title.length > TITLE_MAX ||
      isSentence(block.text)
    )
      return false;
    if (isFileLine(block) || isUnderlag(block) || REMARK_LINE.test(block.text)) return false;
    if (STATUS_NOTE.test(block.text) || SCHEDULE_LINE.test(block.text)) return false;
    if (
      (OPEN_STATUS_NOTE.test(block.text) || MEETING_TIME_LINE.test(block.text)) &&
      !DANGLING.test(item.title)
    )
      return false;
    // A presenter the agenda names elsewhere, alone under the title ("Mats Eriksson", "Per Ek, kulturchef",
    // "Kulturchef Per Ek").
    if (isNameLine(block.text, this.presenters)) return false;
    // In laid-out text a person under a title that has ended: "Eva Lind, ekonomichef" by the role after the
    // comma; a bare name ("Eva Lind") where the document sets its presenters so, one with a role showing it.
    if (
      this.options.plainText &&
      !DANGLING.test(item.title) &&
      (PERSON_WITH_ROLE.test(block.text) || (this.rolePresenters && BARE_NAME.test(block.text)))
    )
      return false;
    if (
      /^\p{Lu}/u.test(block.text) &&
      DATED_DOCUMENT.test(block.text.toLocaleLowerCase("sv")) &&
      !DANGLING.test(item.title)
    )
      return false;
    if (isBodyMeeting(block.text) && !DANGLING.test(item.title)) return false;
    // A standing point's whole name ("Meddelanden", "Val av justerare") is complete: a capitalised line under
    // it describes the point ("Förteckning över …", "Justering sker …"), unless it is a formal point too.
    if (
      this.options.plainText &&
      !block.joined &&
      /^\p{Lu}/u.test(block.text) &&
      (isProcedural(item.title) || isGroupTitle(item.title)) &&
      !isProcedural(block.text) &&
      !DANGLING.test(item.title)
    )
      return false;
    // A person after a line break under a title that has ended: "Kommundirektör Magnus Ekström", "Lena
    // Sjöberg-Holm, ekonomichef", "Anna Berg" (the presenter, without a label).
    if (block.joined && PERSON_LINE.test(block.text) && !DANGLING.test(item.title)) return false;
    if (block.joined) return true;
    if (!this.options.plainText || item.ended) return false;
    const lower = /^\p{Ll}/u.test(block.text);
    const indent = block.indent;
    // A line starting in a later column of the item's line wraps that column (a presenter), not the title.
    if (indent !== undefined && item.laterCol !== null && indent >= item.laterCol - 2) return false;
    // A title wraps inside its own column; a line running on under that later column is a paragraph set
    // across the page (a description of the item), not the title's rest.
    const own = block.cells?.[0] ?? block.text;
    if (indent !== undefined && item.laterCol !== null && indent + own.length > item.laterCol + 2)
      return false;
    if (indent !== undefined && endedShort(item, indent, own)) return false;
    // At the title's column, unless that is where the numbers stand too (text without layout).
    const atNumbers = indent !== undefined && item.numberCol !== null && indent <= item.numberCol;
    if (item.titleCol !== null && indent !== undefined && Math.abs(indent - item.titleCol) <= 2 && !atNumbers)
      return true;
    // A sub-item set under the items' titles ("a) …" at their column) wraps back to where its line starts.
    const under =
      this.numberIndent !== null && item.numberCol !== null && item.numberCol > this.numberIndent + 1;
    if (under && indent !== undefined && Math.abs(indent - (item.numberCol ?? 0)) <= 1) return true;
    return (
      lower ||
      DANGLING.test(item.title) ||
      item.dash !== "" ||
      opensWithPublication(block.text) ||
      YEAR_WRAP.test(block.text) ||
      closesForeignReference(item.title, block.text) > 0 ||
      endsRowWithDnr(item, block)
    );
  }

  private unnumbered(block: Block, index: number): void {
    const { text } = block;
    const current = this.current;
    // "Föredragningslista: 1 Val av justerare 2 Budget 2025 …": items run together after a lead-in.
    const starts = runTogetherStarts(text, this.lastKey ?? { base: 0, sub: 0 });
    // In a flattened table a row may begin with the end of the row before: its title's last words or a
    // presenter's name ("Bibliotekschef Åsa Lind 10 Rapport …").
    const flatRows = this.flat !== null && starts.length > 0;
    // "KS 2025/102 3 Köp av …": the item above's dnr wrapped to this line, then the next item.
    const leadDnr =
      starts.length > 0 && current && !current.sealed ? dnrLine(text.slice(0, starts[0])) : null;
    if (current && leadDnr) {
      for (const dnr of leadDnr) current.dnr.push(dnr);
      this.closeTitle();
      for (const piece of cutAt(text, starts).slice(1))
        this.block({ kind: block.kind, text: piece, links: [] }, -1);
      return;
    }
    if ((starts.length >= 2 && !current?.open) || flatRows) {
      const [lead = "", ...pieces] = cutAt(text, starts);
      const leadBlock: Block = { kind: block.kind, text: lead, links: [] };
      if (flatRows && current && this.continues(current, leadBlock))
        this.continueTitle(current, leadBlock, []);
      else this.note(lead);
      this.closeTitle();
      for (const piece of pieces) this.block({ kind: block.kind, text: piece, links: [] }, -1);
      return;
    }
    if (current?.waiting) {
      const scan = scanDnr(text);
      if (scan.found.length > 0 && scan.rest === "") {
        for (const dnr of scan.found) current.dnr.push(dnr);
        return;
      }
      this.fillTitle(current, block);
      return;
    }
    // A flattened table's row holding only its dnr column (and the columns after it) belongs to the item.
    const flat = this.flatRow(block, text);
    if (flat?.before === "") {
      if (current && !current.sealed) for (const dnr of flat.dnr) current.dnr.push(dnr);
      else this.note(text);
      return;
    }
    const scan = scanDnr(text, { column: block.dnrCells !== undefined });
    const cellDnr = (block.dnrCells ?? []).flatMap((cell) => scanDnr(cell, { column: true }).found);
    // A word split at the line's or the page's end goes on in lower case, even a label's word ("genomförande-"
    // then "beslut  TN 2025/44").
    if (current?.open && !current.sealed && /\p{L}-$/u.test(current.title) && /^\p{Ll}/u.test(text)) {
      this.continueTitle(current, block, cellDnr);
      return;
    }
    // "… omsorg (IVO:s" then "dnr 3.5.1-23456/2025)": the line closes a reference the title opened.
    if (current && closesForeignReference(current.title, text) > 0 && this.continues(current, block)) {
      this.continueTitle(current, block, cellDnr);
      return;
    }
    // "KS 2024/51    samt taxa för slam": a further dnr in a dnr column before the titles, the title's rest
    // at the title's column beside it.
    const beside = current ? this.titleBesideDnr(current, block) : null;
    if (current && beside) {
      for (const cell of beside.dnrCells) for (const dnr of scanDnr(cell).found) current.dnr.push(dnr);
      this.continueTitle(current, beside.block, []);
      return;
    }
    // A line of dnr (with or without its label) belongs to the item above.
    const lineDnr = dnrLine(text, block.cells);
    if (lineDnr) {
      // After a <br> or in laid-out text, the dnr line ends the title: a referral or a reference may follow.
      if (current && (block.joined || this.options.plainText)) current.open = false;
      if (current && !current.sealed)
        this.giveLineDnr(current, underTrailingLabel(current.title, [...lineDnr, ...cellDnr]), text);
      else this.note(text);
      return;
    }
    // "Åby kommuns dnr KS 2025/0140": a line of another body's dnr under the item ends its title (one
    // cell only: beside a title's next line in the dnr column it is that line's); one opening with the
    // title's publication ("(Ds 2024:14). Departementets dnr …") continues it with the reference, and so
    // does one after a title left hanging on a preposition ("… plan för" / "Norrlandet, NR dnr 2025-17").
    if (
      current &&
      !opensWithPublication(text) &&
      !(current.open && DANGLING.test(current.title)) &&
      (block.cells?.length ?? 1) <= 1 &&
      scan.found.length > 0 &&
      scan.found.every((dnr) => dnr.foreign) &&
      titleWords(scan.rest.trim()) <= 4 &&
      !inBracketAfterWords(text, scan.found[0]!.start)
    ) {
      current.open = false;
      this.note(text);
      return;
    }
    if (current && this.continues(current, block)) {
      this.continueTitle(current, block, cellDnr);
      return;
    }
    // Items run together after text that does not go on with the open title: the text is a note.
    if (starts.length >= 2) {
      const [lead = "", ...pieces] = cutAt(text, starts);
      this.note(lead);
      this.closeTitle();
      for (const piece of pieces) this.block({ kind: block.kind, text: piece, links: [] }, -1);
      return;
    }
    this.closeTitle();
    // A table's data row is an item of its own even when its links name documents.
    if (
      current &&
      isUnderlag(block) &&
      !(block.kind === "row" && block.structuralItem && !block.joined) &&
      !this.listedEntry(block)
    ) {
      mergeLinks(current.links, block.links);
      return;
    }
    // A spaced list ends at the kallelse's closing words or a signature ("Välkomna!", "Karin Holm").
    if (this.plainSpaced && this.plainList !== null && isClosingLine(text)) this.plainList = null;
    // In a text that numbers nothing, a formal point ("Val av justerare") opens the list at its column.
    if (this.opensPlainListByFormalPoint(block)) this.openPlainList(block);
    if (this.unnumberedItem(block, index, scan.found.length > 0 && looksLikeTitle(scan.rest))) return;
    if (current && cellDnr.length > 0) for (const dnr of cellDnr) current.dnr.push(dnr);
    // Other text after the item (a page header, prose): a dnr below it is no longer the item's. A note on the
    // item's standing ("Extra ärende, tillkommet …", "(bordlagt 2025-03-04)") is the item's own: its dnr may follow.
    const standing = STATUS_NOTE.test(text) || OPEN_STATUS_NOTE.test(text);
    if (current && !standing && (this.options.plainText || isSentence(text))) current.sealed = true;
    this.note(text);
  }

  /**
   * A dnr line's dnr to the item above; "Dnr BUN 2025/41 resp. BUN 2025/42" under as many items without a dnr
   * of their own gives each its dnr in order ("respectively").
   */
  private giveLineDnr(current: DraftItem, dnr: readonly FoundDnr[], text: string): void {
    const own = dnr.filter((found) => !found.foreign);
    const targets = own.length >= 2 && RESPECTIVELY.test(text) ? this.items.slice(-own.length) : [];
    if (
      targets.length === own.length &&
      targets.at(-1) === current &&
      targets.every((item) => !item.dnr.length)
    ) {
      for (const [index, item] of targets.entries()) item.dnr.push(own[index] as FoundDnr);
      for (const found of dnr) if (found.foreign) current.dnr.push(found);
    } else for (const found of dnr) current.dnr.push(found);
  }

  private continueTitle(item: DraftItem, block: Block, cellDnr: readonly FoundDnr[]): void {
    let text = block.cells?.[0] && block.cells.length > 1 ? block.cells[0] : block.text;
    const more = block.cells && block.cells.length > 1 ? block.cells.slice(1) : [];
    // "mars 2024 SN 2024/88 5 Information om …": the rest of the line starts further items.
    let pieces: string[] = [];
    if (item.key) {
      const spans = scanDnr(text).found.map((dnr): [number, number] => [dnr.start, dnr.end]);
      const starts = runTogetherStarts(text, item.key, spans);
      if (starts.length > 0) [text = "", ...pieces] = cutAt(text, starts);
    }
    const flat = this.flatRow(block, text);
    const line = flat ? flat.before : item.laterText && !block.cells?.[1] ? titleRestOf(text) : text;
    const reference = closesForeignReference(item.title, line);
    const own = line.slice(reference);
    const scan = scanDnr(own);
    const parts = titleOf(scan);
    // The reference stays in the wording that goes on after it; closing the title, it goes, as on one line.
    if (reference > 0 && parts.title === "") item.title = item.title.replace(/\s*\([^()]*$/u, "");
    else if (reference > 0) parts.title = `${line.slice(0, reference)} ${parts.title}`.trim();
    // "(Ds 2024:14). Departementets dnr …": the full stop before a dnr cut from the line's end goes with it.
    if (scan.found.length > 0 && scan.found.at(-1)?.end === own.trimEnd().length)
      parts.title = parts.title.replace(/\)\.$/, ")");
    for (const dnr of flat?.dnr ?? []) parts.dnr.push(dnr);
    const before = item.title.length;
    const capital = this.options.plainText === true && !item.dash && /^\p{Lu}/u.test(parts.title);
    item.title = joinWrapped(parts.title ? item.title + item.dash : item.title, parts.title);
    if (parts.title) item.dash = parts.dash;
    item.lineEnd = block.indent === undefined ? null : block.indent + text.length;
    if (capital && before > 0) item.capitalFrom = before;
    // The lines from a capitalised one on ended a sentence: a description under the title, not its rest.
    if (item.capitalFrom !== null && isSentence(item.title.slice(item.capitalFrom).trim())) {
      item.title = item.title.slice(0, item.capitalFrom).trim();
      item.capitalFrom = null;
      item.open = false;
      item.sealed = true;
    }
    for (const dnr of parts.dnr) item.dnr.push(dnr);
    for (const cell of more)
      for (const dnr of scanDnr(cell, { column: this.flat !== null }).found) item.dnr.push(dnr);
    for (const dnr of cellDnr) item.dnr.push(dnr);
    item.mbl = parts.mbl ?? item.mbl;
    item.ended ||= parts.ended;
    mergeLinks(item.links, block.links);
    for (const piece of pieces) this.block({ kind: block.kind, text: piece, links: [] }, -1);
  }

  private opensPlainListByFormalPoint(block: Block): boolean {
    return (
      this.options.plainText === true &&
      this.plainList === null &&
      this.lastKey === null &&
      !block.joined &&
      !block.text.includes(":") &&
      looksLikeTitle(block.text) &&
      isProcedural(block.text) &&
      // Checked last, on formal points only: every item so far is a tentative line with a dnr.
      this.items.every((item) => item.tentative)
    );
  }

  /** A card of the page's list (`Block.entry`) where it is an item: in the agenda, not under a numbered item. */
  private listedEntry(block: Block): boolean {
    return (
      block.entry === true &&
      (this.inAgenda || this.options.entriesListed === true) &&
      !block.joined &&
      !isPreamble(block.text) &&
      !(this.lastKey !== null && !this.restart && !block.structuralItem)
    );
  }

  /** Items without a number: list entries and table rows of the agenda, lines of an unnumbered list. */
  private unnumberedItem(block: Block, index: number, titleWithDnr: boolean): boolean {
    const { text } = block;
    // A drawn bullet on a line of its own ("•" before a line break and the entry's number) names nothing.
    if (!/[\p{L}\p{N}]/u.test(text)) return false;
    const loose =
      this.options.looseItems === true && groupHeading(text) === undefined && text.length <= LOOSE_TITLE_MAX;
    // Where the agenda numbers its items, a bullet list under a numbered item holds its documents or points.
    const underNumbered = this.lastKey !== null && !this.restart && !block.structuralItem;
    const listed =
      (block.kind === "listItem" && this.inAgenda && !block.joined && !underNumbered) ||
      this.listedEntry(block);
    const row = block.kind === "row" && block.structuralItem === true && !block.joined;
    const plain =
      this.plainList !== null &&
      (block.indent ?? 0) <= this.plainList + 1 &&
      looksLikeTitle(scanDnr(text).rest) &&
      !block.joined;
    const withDnr = titleWithDnr && !this.options.looseItems;
    if (!loose && !listed && !row && !plain && !withDnr) return false;
    const before = this.items.length;
    // A titled line with its dnr standing apart among numbered items is a case of its own (minutes' sub-items).
    const apart = withDnr && this.lastKey !== null && this.options.plainText === true && this.setApart(index);
    const tentative = !loose && !listed && !row && !apart;
    // A tentative item may be dropped: its text still tells the committee and the date.
    if (tentative) this.note(text);
    this.start(
      block,
      { number: null, text, cells: block.cells?.slice(1) ?? [], titleCol: null, structural: false },
      null,
    );
    // Lines of a text read as a list, or with a dnr, are items only where the agenda numbers nothing.
    if (this.items.length > before && tentative) this.items[this.items.length - 1]!.tentative = true;
    return true;
  }
}

/**
 * Committee and date from the texts before the first item kept (a line read as an item and dropped, such
 * as a protocol's dnr line or the committee's name under a list heading, does not end the header), or from
 * the texts after it (and those read out of the blocks, `laterTexts`) when the header names none.
 */
function metaOf(
  assembler: Assembler,
  firstKept: number,
  laterTexts: readonly string[],
): ReturnType<typeof findMeta> {
  const header = [...assembler.headerTexts];
  const later = [...laterTexts];
  for (const { text, itemsBefore } of assembler.texts)
    (firstKept < 0 || itemsBefore <= firstKept ? header : later).push(text);
  return findMeta(header, later);
}

/**
 * The blocks with the numbers a copied page typed against their titles set apart ("1Mötets öppnande",
 * "2Val av justerare", …), where a run of such lines numbers one after the other (`gluedNumberLines`).
 */
function withGluedNumbersApart(blocks: readonly Block[]): readonly Block[] {
  const single = (block: Block): boolean => (block.cells?.length ?? 0) <= 1;
  const glued = gluedNumberLines(blocks.map((block) => (single(block) ? block.text : "")));
  if (glued.length === 0) return blocks;
  const out = [...blocks];
  for (const at of glued) {
    const block = out[at]!;
    const text = gluedNumberApart(block.text);
    out[at] = { ...block, text, ...(block.cells ? { cells: [text] } : {}) };
  }
  return out;
}

// A list of dnr broken after the registry's letters of the next one: "KFN 2025/0288, KFN" + "2025/0301".
const TRAILING_LETTERS = /[,;]\s(\p{Lu}{2,6})$/u;
const LEADING_YEAR_SERIAL = /^(?:19|20)\d{2}\s?[/:.-]\s?\d/;

/** The blocks with a dnr's registry letters left at a line's end moved to the number on the next line. */
function withDnrLettersRejoined(blocks: readonly Block[]): readonly Block[] {
  let out: Block[] | null = null;
  for (let at = 0; at + 1 < blocks.length; at++) {
    const block = out?.[at] ?? blocks[at]!;
    const next = blocks[at + 1]!;
    if ((block.cells?.length ?? 0) > 1 || (next.cells?.length ?? 0) > 1) continue;
    const letters = TRAILING_LETTERS.exec(block.text);
    if (!letters || !LEADING_YEAR_SERIAL.test(next.text)) continue;
    const prefix = letters[1] ?? "";
    if (!scanDnr(block.text).found.some((dnr) => dnr.prefix === prefix)) continue;
    out ??= [...blocks];
    const text = block.text.slice(0, letters.index + 1);
    const moved = `${prefix} ${next.text}`;
    out[at] = { ...block, text, ...(block.cells ? { cells: [text] } : {}) };
    out[at + 1] = { ...next, text: moved, ...(next.cells ? { cells: [moved] } : {}) };
  }
  return out ?? blocks;
}

/**
 * Turns blocks into agenda items. An item starts at a numbered block that continues the agenda's order, a
 * structural item (table row, ordered-list entry), or an unnumbered entry of the agenda's list. The blocks
 * that follow an item up to the next item or heading give it its wrapped title, its dnr and its underlag
 * links. Headings set the class of the items under them. At most `maxItems` are kept, with a notice.
 */
export function assembleAgenda(given: readonly Block[], options: AssembleOptions = {}): Agenda {
  const blocks = withDnrLettersRejoined(withGluedNumbersApart(given));
  const assembler = new Assembler(blocks, options);
  assembler.run();
  for (const row of assembler.joinedRows) spreadJoinedRowDnr(row);
  const numbered = assembler.items.some((item) => item.key !== null);
  const kept = (item: DraftItem): boolean => item.title !== "" && !(numbered && item.tentative);
  const drafts = assembler.items.filter(kept);
  const titles = withoutGivenNamePresenters(
    drafts.map((item) => item.title),
    blocks.map((block) => block.text),
  );
  drafts.forEach((item, index) => {
    item.title = titles[index] ?? item.title;
  });
  const dnr = chooseDnr(drafts.map((item) => withAuthorityCases(item.title, item.dnr)));
  const items = withGroupedSubItems(
    drafts.map(
      (item, index): AgendaItem => ({
        number: item.number,
        // "… remiss Dnr" + "1.5.1-0340/2025" on the next line: the label went with its number.
        // Another body's number after it too ("… från Länsstyrelsen, dnr" + "451-2210-2025").
        title:
          ((dnr[index]?.length || item.dnr.some((found) => found.foreign)) &&
            trimSeparators(withoutTrailingLabel(item.title))) ||
          item.title,
        dnr: dnr[index] ?? [],
        mbl: item.mbl,
        procedural: isProcedural(item.title),
        links: item.links,
      }),
    ),
  );
  const meta = metaOf(assembler, assembler.items.findIndex(kept), options.laterTexts ?? []);
  const agenda: Agenda = { items, ...meta };
  if (assembler.overflow === 0) return agenda;
  return withNotice(agenda, {
    key: "agenda.notice.itemsCut",
    params: { found: items.length + assembler.overflow, kept: items.length },
  });
}
