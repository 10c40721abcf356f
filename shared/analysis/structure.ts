import type { ItemCategory, OrgId, Roster } from "../model/meeting";
import { readSpeakerBlock, type SpeakerBlock } from "./blocks";
import { isByline, isPageFurniture, isSignatureLine, isSigner } from "./furniture";
import { groupOf, mblOfTitle, ownGroupOfTitle, readGroup } from "./groups";
import {
  boldItemTitle,
  type Heading,
  isDeliberatelyEmpty,
  isHeadingLike,
  isItemLabel,
  isSubLetter,
  NUMBERED,
  numberDepth,
  readHeading,
} from "./headings";
import { type JusteringLine, type JusteringList, type ParsedJusterare, readJustering } from "./justering";
import { chairSigner, withChairs } from "./justering-chair";
import { isAttachmentCaption, type LabelLine, readLabel, splitInlineLabels } from "./labels";
import type { SourceParagraph } from "./paragraphs";
import {
  addFederationMembers,
  addToRoster,
  isRosterTableHeader,
  othersPresent,
  type RosterEntry,
  type RosterPart,
  type RosterState,
  readAttendanceLine,
  readRosterEntries,
  readRosterLine,
  readRosterValue,
  rosterHeadingPart,
  rosterPartOfLabel,
} from "./roster";
import { captionPart } from "./roster-entries";
import { findTitle } from "./title";
import type { AnalysedSection, JusteringEntry, Paragraph } from "./types";
import { ITEM_PARTS } from "./words/labels";

export type { SpeakerBlock } from "./blocks";

/**
 * What each paragraph of the minutes is: the title, page furniture, a label ("Tidpunkt:"), the roster, a
 * group heading (Information/Dialog/Beslut, MBL § 11/§ 19 parts), an item heading, a speaker block
 * ("Fackliga inspel"), justering lines or body text. One pass: each paragraph goes through the stages in
 * order (`classify`) and the first that claims it decides; `apply` records the claim.
 */
export type ParagraphKind = Paragraph["kind"];

export interface Label extends LabelLine {
  paragraph: number;
}

export interface Structure {
  kinds: ParagraphKind[];
  /** Index into `sections` of the section each paragraph belongs to, -1 before the first. */
  sectionOf: number[];
  /** The speaker block a paragraph lies in, if any. */
  blockOf: (SpeakerBlock | null)[];
  /** A press article's crossheads: no items, but a word referring back does not reach across them. */
  crossheads: number[];
  title: string | null;
  titleParagraph: number;
  sections: AnalysedSection[];
  labels: Label[];
  roster: Roster;
  rosterFound: boolean;
  /** The unions the roster lists under each federation, by the federation's id (`addFederationMembers`). */
  federationMembers: Map<OrgId, OrgId[]>;
  justering: JusteringEntry[];
  blocks: SpeakerBlock[];
}

/** What one stage says a paragraph is, with what it read from it. */
type Claim =
  | { kind: "title" }
  | { kind: "meta"; signature?: true; crosshead?: true; chair?: ParsedJusterare }
  | { kind: "label"; labels: LabelLine[]; roster?: RosterState; entries?: RosterEntry[]; pending?: string }
  | { kind: "roster"; part: RosterPart; entries: RosterEntry[]; delegation?: OrgId; sides?: RosterPart[] }
  | ({ kind: "justering" } & JusteringLine)
  | {
      kind: "group";
      group?: ItemCategory;
      numbered?: true;
      mbl?: ItemCategory;
      overItems?: true;
      ofItem?: ItemCategory;
    }
  | { kind: "block"; block: Omit<SpeakerBlock, "paragraph"> }
  | { kind: "heading"; heading: Heading }
  | { kind: "body"; deliberatelyEmpty: boolean; endsBlock?: true };

/** The little the pass remembers from one paragraph to the next. */
interface PassState {
  section: number;
  group?: ItemCategory;
  /** The group came from a numbered heading over its sub-items ("3. Information" over "3.1 …"). */
  groupNumbered?: true;
  mbl?: ItemCategory;
  block: SpeakerBlock | null;
  roster: RosterState | null;
  justeringList: JusteringList | null;
  /** An MBL part named before the first item (or in the title) holds for the whole text (an MBL § 11 protocol). */
  documentMbl?: ItemCategory;
  /** An MBL part named between top-level items holds for those after it, until the next part or group. */
  partMbl?: ItemCategory;
  /** A top-level item titled with a group word ("5. Information", "§ 9 Övriga frågor") gives it to its sub-items. */
  itemGroup?: { number: string; category: ItemCategory };
  /** A label whose value is on the next line ("Tidpunkt:" / "13 februari 2024"). */
  pendingLabel: string | null;
  /** The line before was a signature line or its signer. */
  signature: boolean;
  /** Nothing but the title and page furniture so far: a plain heading-like line is the title's subtitle. */
  underTitle: boolean;
}

interface Context {
  paragraphs: readonly SourceParagraph[];
  titleParagraph: number;
  hasNumbered: boolean;
  plainNumbered: boolean;
  lettered: boolean;
  /** The first and the last plain numbered item heading. */
  numberedFrom: number;
  numberedTo: number;
  /** Items are markdown headings: a line below the title's level is one. */
  markdownItems: boolean;
  /** The text heads its items with lines ending in a colon ("Budget:"), and numbers none. */
  colonHeadings: boolean;
  /** The letterhead and preamble lines, which a page header repeats on every page. */
  letterhead: Set<string>;
  /** A press article (it has a byline): its unnumbered headings are crossheads, not items. */
  article: boolean;
}

/** "Tid och plats      Onsdagen den 14 februari …": a label in the first column, its value in the next. */
const COLUMN_LABEL =
  /^(?:tid\s+och\s+plats|tid|plats|datum|lokal|närvarande|övriga(?:\s+närvarande)?|deltagare|frånvarande|förhinder|ordförande|sekreterare|protokollförare|justerare|justering|paragrafer)$/i;

// Kept out of the function: esbuild (tsx) compiles a `\p{…}` literal to `new RegExp`, built per call.
const HEADER_CELL = /^\p{Lu}\p{Ll}+$/u;
/** "Justerare | Organisation | Datum": a table's header row, one word a cell, is no label over a value. */
const isHeaderRow = (columns: readonly string[]) =>
  columns.length > 2 && columns.every((cell) => HEADER_CELL.test(cell));

function labelledColumns(paragraph: SourceParagraph): SourceParagraph {
  const columns = paragraph.columns;
  if (!columns || columns.length < 2 || !COLUMN_LABEL.test(columns[0]!) || isHeaderRow(columns))
    return paragraph;
  return { ...paragraph, text: `${columns[0]}: ${columns.slice(1).join(" ")}`, columns: undefined };
}

function labelClaim(label: LabelLine, paragraph: SourceParagraph): Claim {
  const part = rosterPartOfLabel(label.name);
  if (part) {
    const entries = label.value === "" ? [] : readRosterValue(label.value, part);
    return { kind: "label", labels: [], roster: { level: paragraph.mdLevel || 99, part }, entries };
  }
  if (label.value === "") return { kind: "label", labels: [], pending: label.name };
  const labels = splitInlineLabels(label.name, label.value);
  return OTHERS_PRESENT.test(label.name)
    ? { kind: "label", labels, entries: othersPresent(label.value) }
    : { kind: "label", labels };
}

/** Labels of people present who sit for neither side by the label ("Övriga", "Övriga närvarande"). */
const OTHERS_PRESENT = /^övriga(?: närvarande)?$/;

/**
 * An item as a record of a meeting system, its fields in columns: "Paragraf | § 2025:14" (its number, no item
 * of its own), "Ärende | Budget" (its title), "Ärendetyp | Information enligt MBL § 19" (its group, also as a label
 * on its line: "Ärendetyp: Övrigt").
 */
const ATTACHMENT_CAPTION_LENGTH = 140;
const RECORD_NUMBER = /^(?:paragraf|ärendenummer|ärendenr|diarienummer|dnr)$/i;
const RECORD_TITLE = /^(?:ärende|rubrik|ärenderubrik)$/i;
const RECORD_TYPE = /^(?:ärendetyp|typ\s+av\s+ärende|ärendekategori|typ|ärendeform|form|beslutsstatus)$/i;
/**
 * "Ärendetyp: Information (MBL § 19)", "Typ: MBL § 11", "Form: Samverkan", "Beslutsstatus: Information (MBL § 19)":
 * the type field written as a label on its line under an item's heading (an export as text).
 */
const RECORD_TYPE_LINE =
  /^(ärendetyp|typ\s+av\s+ärende|ärendekategori|typ|ärendeform|form|beslutsstatus)\s*:\s*(\S.{0,100})$/i;
/** A type field's value: the MBL part it names ("Information (MBL § 19)"), else its group word. */
function groupOfType(value: string): ItemCategory | null {
  if (/^övrig/i.test(value)) return "ovrigt";
  return mblOfTitle(value) ?? groupOf(value);
}

const fieldOf = (paragraph: SourceParagraph | undefined) =>
  paragraph?.columns?.length === 2 && paragraph.mdLevel === 0 ? paragraph.columns[0]! : null;

/** A record's field; its title opens an item only beside its number or its type, not as a preamble's label. */
function recordField(paragraphs: readonly SourceParagraph[], i: number): Claim | null {
  const paragraph = paragraphs[i]!;
  const title = boldItemTitle(paragraph);
  if (title) return { kind: "heading", heading: { title, structured: true } };
  const typeLine =
    paragraph.mdLevel === 0 && !paragraph.columns ? RECORD_TYPE_LINE.exec(paragraph.text) : null;
  const field = typeLine ? typeLine[1]! : fieldOf(paragraph);
  if (field === null) return null;
  const value = typeLine ? typeLine[2]!.trim() : paragraph.columns![1]!;
  if (RECORD_NUMBER.test(field)) return { kind: "meta" };
  if (RECORD_TITLE.test(field)) {
    const inRecord =
      RECORD_NUMBER.test(fieldOf(paragraphs[i - 1]) ?? "") ||
      RECORD_TYPE.test(fieldOf(paragraphs[i + 1]) ?? "");
    return inRecord ? { kind: "heading", heading: { title: value, structured: true } } : null;
  }
  if (!RECORD_TYPE.test(field)) return null;
  const ofItem = groupOfType(value);
  return ofItem ? { kind: "group", ofItem } : { kind: "meta" };
}

/** A line drawn with dashes, underscores or equals signs, nothing else. */
const RULE_LINE = /^[-_=–—]{3,}$/;

/** The stages in order; the first to claim the paragraph decides what it is. */
function classify(i: number, state: PassState, context: Context): Claim {
  // "Ordförande | Eva Ek | …" in a roster table's role column is a person's row, no label over a value.
  const source = context.paragraphs[i]!;
  const paragraph = state.roster?.table && source.columns ? source : labelledColumns(source);
  const text = paragraph.text;
  if (i === context.titleParagraph) return { kind: "title" };
  // "-----" boxing "Justering" or an item's heading: a rule, nothing; what is under way goes on past it.
  if (state.justeringList && RULE_LINE.test(text)) return { kind: "meta" };
  const field = i > context.titleParagraph ? recordField(context.paragraphs, i) : null;
  if (field) return field;
  // "Bilaga 1: Protokollsanteckning från Seko" after the items: the attachment's caption, no item.
  if (state.section >= 0 && text.length < ATTACHMENT_CAPTION_LENGTH && isAttachmentCaption(text))
    return { kind: "meta" };
  // "För arbetsgivaren | För Seko" under "Justeras": a row of the list, though its pipes look like a running header's;
  // "Ali Berg, Vision" though the roster above the items wrote it so.
  const listRow =
    state.justeringList && (text.includes("|") || isRepeatedLetterhead(text, context))
      ? readJustering(text, state.justeringList, paragraph.columns)
      : null;
  if (listRow) return { kind: "justering", ...listRow };
  const furniture = { beforeTitle: i < context.titleParagraph, beforeSections: state.section < 0 };
  if (isPageFurniture(paragraph, furniture) || isRepeatedLetterhead(text, context)) return { kind: "meta" };
  // "Ordförande" over "Eva Ek" after the items: the chair's signature, a justerare beside the justering's lines.
  const chair =
    state.section >= 0 ? chairSigner(text, paragraph.columns, context.paragraphs[i - 1]?.text) : null;
  if (chair) return { kind: "meta", signature: true, chair };
  if (isSignatureLine(text) || isSigner(text, state.signature)) return { kind: "meta", signature: true };
  if (state.pendingLabel !== null) {
    return { kind: "label", labels: [{ name: state.pendingLabel, value: text }] };
  }
  const label = readLabel(text, state.section >= 0);
  if (label) return labelClaim(label, paragraph);
  // "Part | Namn | Funktion" above the first item, under no "Närvarande": the roster's own header row.
  if (state.section < 0 && paragraph.columns && isRosterTableHeader(paragraph.columns))
    return { kind: "label", labels: [], roster: { level: 99, part: "present", table: true } };
  const rosterHeading =
    rosterHeadingPart(text) ??
    (state.section < 0 && !state.roster ? partOverEntries(text, context.paragraphs[i + 1]) : null);
  if (rosterHeading) {
    return { kind: "label", labels: [], roster: { level: paragraph.mdLevel || 99, part: rosterHeading } };
  }
  const rosterLine = state.roster ? readRosterLine(paragraph, state.roster) : null;
  if (rosterLine) return { kind: "roster", ...rosterLine };
  const justering = readJustering(text, state.justeringList, paragraph.columns);
  if (justering) return { kind: "justering", ...justering };
  const attendance = readAttendanceLine(text);
  if (attendance) return { kind: "roster", part: state.roster?.part ?? "present", entries: attendance };
  if (state.section >= 0 && isItemPart(text, context.paragraphs[i + 1])) {
    return { kind: "body", deliberatelyEmpty: false, endsBlock: true };
  }
  const group = readGroup(paragraph, context.paragraphs[i + 1]);
  if (group) return { kind: "group", ...group };
  const block = readSpeakerBlock(text);
  if (block) return { kind: "block", block };
  if (state.underTitle && isSubtitle(paragraph, context.markdownItems)) return { kind: "meta" };
  // "**Planeringsdagar:**" alone on its line: its markup makes it a heading also where the text numbers its items.
  if (
    (context.colonHeadings || paragraph.emphasised) &&
    i > context.titleParagraph &&
    isColonHeading(paragraph, context.paragraphs[i + 1])
  ) {
    return { kind: "heading", heading: { title: text.slice(0, -1).trim(), structured: false } };
  }
  const heading = readHeading(paragraph, {
    hasNext: i + 1 < context.paragraphs.length,
    afterTitle: i > context.titleParagraph,
    hasNumbered: context.hasNumbered,
    // "Mötets syfte" before "Ärende 1: …", "Övriga frågor" after the last: unnumbered items at the edges.
    plainNumbered:
      context.plainNumbered &&
      !(
        (i < context.numberedFrom || i > context.numberedTo) &&
        isSentence(context.paragraphs[i + 1]) &&
        !isSentence(paragraph)
      ),
    lettered: context.lettered,
  });
  // "Facket kräver en riskbedömning" in a press article: a crosshead, no item.
  if (heading && context.article && heading.number === undefined) return { kind: "meta", crosshead: true };
  if (heading) return { kind: "heading", heading };
  return { kind: "body", deliberatelyEmpty: isDeliberatelyEmpty(text) };
}

/**
 * "Arbetsgivaren" over "Eva Holm, HR-chef" above the first item: a part of the roster under no heading of its
 * own, where the line under it reads as the part's entries.
 */
function partOverEntries(text: string, next: SourceParagraph | undefined): RosterPart | null {
  const part = text.length < PART_CAPTION_LENGTH && SIDE_CAPTION.test(text) ? captionPart(text) : null;
  return part && next && readRosterEntries(next.text, part) ? part : null;
}
const PART_CAPTION_LENGTH = 40;
/** A side's caption, not a letterhead's "Socialförvaltningen": "Arbetsgivaren", "Fackliga organisationer". */
const SIDE_CAPTION = /^(?:arbetsgivar|arbetstagar|fackliga)[\p{L}\s]*$/iu;

const ITEM_PART = new RegExp(`^(?:${ITEM_PARTS.join("|")})\\s*:?$`, "i");
/** A sentence, or a paragraph too long for a heading: what stands under an item's part, not under a group. */
const isSentence = (paragraph: SourceParagraph | undefined) =>
  paragraph !== undefined && (/[.!?]$/.test(paragraph.text) || paragraph.text.length > 110);

/** "Bakgrund", "Beslut" over an item's text: a part of the item (a "Beslut" over items is their group). */
const isItemPart = (text: string, next: SourceParagraph | undefined) =>
  text.length < 40 && ITEM_PART.test(text) && isSentence(next);

/** An unnumbered colon heading has up to this many words (a numbered one, `headings.ts`, up to eight). */
const COLON_HEADING_WORDS = 10;
// Kept out of the function: esbuild (tsx) compiles a `\p{…}` literal to `new RegExp`, built per call.
const CAPITAL_START = /^\p{Lu}/u;
/**
 * "Ekonomisk uppföljning februari:" over the item's text: a short capitalised line ending in its only colon,
 * with a sentence (not a list) or an item label under it.
 */
function isColonHeading(paragraph: SourceParagraph, next: SourceParagraph | undefined): boolean {
  const text = paragraph.text;
  if (paragraph.mdLevel > 0 || paragraph.bullet || !text.endsWith(":") || text.indexOf(":") < text.length - 1)
    return false;
  if (!CAPITAL_START.test(text) || text.split(/\s+/).length > COLON_HEADING_WORDS) return false;
  // "Föredragande: Eva Lund" may stand between the heading and its text.
  return next !== undefined && !next.bullet && (isSentence(next) || isItemLabel(next.text));
}

/** Two such lines, in a text that numbers no items, say that the text heads its items so. */
function headsItemsWithColons(paragraphs: readonly SourceParagraph[]): boolean {
  let count = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    if (isColonHeading(paragraphs[i]!, paragraphs[i + 1]) && ++count >= PLAIN_NUMBERED_ITEMS) return true;
  }
  return false;
}

/**
 * Two plain numbered heading lines ("§ 4 Budget", "2. Schema", "B. Lokaler") say how this text marks its items;
 * two numbered by letter or roman numeral say that "A." and "IV." are numbers here, not initials.
 */
const PLAIN_NUMBERED_ITEMS = 2;
/** A cheap test before NUMBERED: the line opens as a numbered heading may. */
const MAY_BE_NUMBERED =
  /^(?:[§\d]|\[\d|[A-Za-z]\d{0,2}[.)]|[A-Z]\.?\d|[IVX]{2,5}[.)]|[Pp]u?n?kt|PU?N?KT|[Ää]rende|ÄRENDE|[Mm]oment|MOMENT)/;
function itemNumbering(paragraphs: readonly SourceParagraph[]): {
  plain: boolean;
  lettered: boolean;
  /** The first and the last plain numbered heading line. */
  first: number;
  last: number;
} {
  let plain = 0;
  let lettered = 0;
  let first = -1;
  let last = -1;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (p.bullet || !MAY_BE_NUMBERED.test(p.text)) continue;
    const match = NUMBERED.exec(p.text);
    if (!match || !isHeadingLike(p)) continue;
    if (match[4] !== undefined) lettered++;
    if (p.mdLevel > 0 || p.emphasised) continue;
    plain++;
    if (first < 0) first = i;
    last = i;
  }
  return { plain: plain >= PLAIN_NUMBERED_ITEMS, lettered: lettered >= PLAIN_NUMBERED_ITEMS, first, last };
}

/** Header lines are short: a long paragraph is never looked up. */
const LETTERHEAD_LENGTH = 160;
const isRepeatedLetterhead = (text: string, context: Context) =>
  text.length < LETTERHEAD_LENGTH && context.letterhead.has(text);

/**
 * A plain heading-like line right under the title: "Divisionens samverkansgrupp (DSG)", "SKYDDSKOMMITTÉN"; in
 * bold too where the text's items are markdown headings.
 */
function isSubtitle(paragraph: SourceParagraph, markdownItems: boolean): boolean {
  return (
    paragraph.mdLevel === 0 &&
    (markdownItems || !paragraph.emphasised) &&
    !NUMBERED.test(paragraph.text) &&
    isHeadingLike(paragraph)
  );
}

/** The section a heading opens: its group is the MBL part or group heading it stands under. */
function openSection(structure: Structure, before: PassState, heading: Heading, i: number): PassState {
  const top = heading.number !== undefined && numberDepth(heading.number) === 1;
  // The next item at a numbered group heading's level is no longer under it ("3. Övriga frågor", "3.1 …",
  // "4. Nästa möte").
  const state =
    top && before.groupNumbered ? { ...before, group: undefined, groupNumbered: undefined } : before;
  // A whole document under MBL ("Protokoll … enligt MBL § 11") holds for an unnumbered item too.
  const mbl = top ? (state.partMbl ?? state.documentMbl) : (state.mbl ?? state.documentMbl);
  const ovrigt = /^övrig(?:t|a\s+frågor)\b/i.test(heading.title);
  const named = ovrigt ? "ovrigt" : groupOf(heading.title);
  const parent = state.itemGroup;
  // "7.1", "7 b" and "7b" stand under item 7, "b" under the item above.
  const under =
    heading.below === true ||
    (heading.number !== undefined &&
      (heading.number.startsWith(`${parent?.number}.`) ||
        isSubLetter(heading.number) ||
        (parent !== undefined &&
          heading.number.replace(/\s?[a-z]$/, "") === parent.number &&
          numberDepth(heading.number) === 2)));
  const inherited = parent && under ? parent.category : undefined;
  const category = named ?? ownGroupOfTitle(heading.title) ?? inherited ?? mbl ?? state.group;
  // "§ 9 Övriga frågor" over "9.1 Friskvård": the sub-items are numbered without the "§".
  const number = heading.number?.replace(/^§\s*/, "");
  const itemGroup = top ? (named ? { number: number!, category: named } : undefined) : state.itemGroup;
  structure.sections.push({
    id: `s${structure.sections.length + 1}`,
    title: heading.title,
    ...(heading.number ? { number: heading.number } : {}),
    ...(category ? { group: category } : {}),
    paragraph: i,
    bodyParagraphs: 0,
    deliberatelyEmpty: false,
    structured: heading.structured,
  });
  const section = structure.sections.length - 1;
  structure.sectionOf[i] = section;
  // "§ 8 Övriga frågor" closes the group or MBL part before it: the items after it stand under none.
  const closes = top && named === "ovrigt" ? { group: undefined, partMbl: undefined } : {};
  return { ...state, section, mbl, block: null, itemGroup, ...closes };
}

/** Nothing a body paragraph ends is under way: no signature, subtitle, roster or justering list. */
const isSettled = (state: PassState) =>
  !state.signature && !state.underTitle && state.roster === null && state.justeringList === null;

/** A group heading or an MBL part's heading stands over the item under way. */
const underGroupHeading = (state: PassState) =>
  state.group !== undefined || state.partMbl !== undefined || state.mbl !== undefined;

/** Records a claim and gives the state for the next paragraph. */
function apply(structure: Structure, state: PassState, claim: Claim, i: number): PassState {
  structure.kinds[i] = claim.kind;
  if (claim.kind === "title") return { ...state, underTitle: true };
  if (claim.kind === "meta") {
    if (claim.crosshead) structure.crossheads.push(i);
    return claim.signature ? { ...state, signature: true } : state;
  }
  const current = structure.sections[state.section];
  // Most paragraphs are body text in a state they do not change: no new state for them.
  if (claim.kind === "body" && !claim.endsBlock && isSettled(state)) {
    structure.blockOf[i] = state.block;
    if (current) {
      current.bodyParagraphs++;
      if (claim.deliberatelyEmpty) current.deliberatelyEmpty = true;
    }
    return state;
  }
  const next: PassState = { ...state, signature: false, underTitle: false };
  if (claim.kind === "label") {
    for (const label of claim.labels) structure.labels.push({ ...label, paragraph: i });
    if (claim.roster) structure.rosterFound = true;
    addToRoster(structure.roster, claim.entries ?? []);
    addFederationMembers(structure.federationMembers, claim.entries ?? []);
    return { ...next, roster: claim.roster ?? null, pendingLabel: claim.pending ?? null };
  }
  if (claim.kind === "roster") {
    addToRoster(structure.roster, claim.entries);
    addFederationMembers(structure.federationMembers, claim.entries);
    structure.rosterFound = true;
    if (!state.roster) return next;
    const delegation = claim.delegation ? { delegation: claim.delegation } : {};
    const table = state.roster.table ? { table: true as const } : {};
    const sides = claim.sides ? { sides: claim.sides } : {};
    return {
      ...next,
      roster: { level: state.roster.level, part: claim.part, ...delegation, ...table, ...sides },
    };
  }
  next.roster = null;
  next.justeringList = claim.kind === "justering" ? claim.list : null;
  switch (claim.kind) {
    case "justering": {
      const above = structure.justering.slice(-(claim.ofLast?.length ?? 0));
      claim.ofLast?.forEach((party, k) => {
        const entry = above[k];
        // A notes row gives no party, only the note of a name that has none yet.
        if (entry && !party.org && party.note) entry.note ??= party.note;
        if (!party.org || !entry || entry.org !== null) return;
        entry.org = party.org;
        entry.note ??= party.note ?? null;
      });
      for (const entry of claim.entries) structure.justering.push({ ...entry, paragraph: i });
      if (current) current.bodyParagraphs++;
      return next;
    }
    case "group":
      // "Ärendetyp | Övrigt": the group of the item it stands in, unless a group heading above gives it one (the
      // lead's convention of 2026-12-03).
      if (claim.ofItem) {
        if (current && !underGroupHeading(state)) current.group = claim.ofItem;
        return next;
      }
      if (claim.group) {
        const numbered = claim.numbered ? { groupNumbered: claim.numbered } : { groupNumbered: undefined };
        return { ...next, group: claim.group, ...numbered, mbl: undefined, partMbl: undefined, block: null };
      }
      if (current) current.bodyParagraphs++;
      return {
        ...next,
        mbl: claim.mbl,
        block: null,
        // Over the first items it is their part's marker, which a group heading ends; else the document's.
        ...(current || claim.overItems ? {} : { documentMbl: claim.mbl }),
        ...(claim.overItems ? { partMbl: claim.mbl } : {}),
      };
    case "block": {
      const block = { ...claim.block, paragraph: i };
      structure.blocks.push(block);
      return { ...next, block };
    }
    case "heading":
      return openSection(structure, next, claim.heading, i);
    case "body":
      structure.blockOf[i] = claim.endsBlock ? null : state.block;
      if (current) {
        current.bodyParagraphs++;
        if (claim.deliberatelyEmpty) current.deliberatelyEmpty = true;
      }
      return claim.endsBlock ? { ...next, block: null } : next;
  }
}

export function analyseStructure(paragraphs: readonly SourceParagraph[]): Structure {
  const count = paragraphs.length;
  const titleParagraph = findTitle(paragraphs);
  const numbering = itemNumbering(paragraphs);
  const context: Context = {
    paragraphs,
    titleParagraph,
    hasNumbered: paragraphs.some((p) => (p.mdLevel > 0 || p.emphasised) && NUMBERED.test(p.text)),
    plainNumbered: numbering.plain,
    lettered: numbering.lettered,
    numberedFrom: numbering.first,
    numberedTo: numbering.last,
    markdownItems: paragraphs.some(
      (p, i) => i > titleParagraph && p.mdLevel > (paragraphs[titleParagraph]?.mdLevel ?? 0),
    ),
    colonHeadings: false,
    letterhead: new Set(),
    article: paragraphs.some((p) => isByline(p.text)),
  };
  context.colonHeadings = !context.hasNumbered && !context.plainNumbered && headsItemsWithColons(paragraphs);
  const structure: Structure = {
    kinds: new Array(count).fill("body"),
    sectionOf: new Array(count).fill(-1),
    blockOf: new Array(count).fill(null),
    crossheads: [],
    title: titleParagraph >= 0 ? paragraphs[titleParagraph]!.text : null,
    titleParagraph,
    sections: [],
    labels: [],
    roster: { employer: [], unions: [], absent: [] },
    rosterFound: false,
    federationMembers: new Map(),
    justering: [],
    blocks: [],
  };
  const titleMbl = titleParagraph >= 0 ? mblOfTitle(paragraphs[titleParagraph]!.text) : null;
  let state: PassState = {
    ...(titleMbl ? { documentMbl: titleMbl } : {}),
    section: -1,
    block: null,
    roster: null,
    justeringList: null,
    pendingLabel: null,
    signature: false,
    underTitle: false,
  };
  const chairs: JusteringEntry[] = [];
  for (let i = 0; i < count; i++) {
    structure.sectionOf[i] = state.section;
    const claim = classify(i, state, context);
    if (claim.kind === "meta" && claim.chair) chairs.push({ ...claim.chair, paragraph: i });
    // What stands above the first item as the title or furniture is what a page header repeats.
    if (state.section < 0 && (claim.kind === "title" || (claim.kind === "meta" && !claim.signature))) {
      context.letterhead.add(paragraphs[i]!.text);
    }
    state = apply(structure, state, claim, i);
  }
  if (chairs.length > 0) {
    const lines = structure.kinds.flatMap((kind, i) => (kind === "justering" ? [i] : []));
    structure.justering = withChairs(structure.justering, chairs, lines);
  }
  return structure;
}
