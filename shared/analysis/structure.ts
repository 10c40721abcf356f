import { EMPLOYER, type ItemCategory, type OrgId, type Roster } from "../model/meeting";
import { resolveOrg } from "../unions/resolve";
import {
  isJusteringListHeading,
  isPersonName,
  parseJusteringLine,
  parseJusteringParagraph,
  parseJusteringSentence,
} from "./justering";
import type { SourceParagraph } from "./paragraphs";
import { findParties } from "./parties";
import type { AnalysedSection, JusteringEntry } from "./types";

/**
 * What each paragraph of the minutes is: the title, page furniture, a label ("Tidpunkt:"), the roster, a
 * group heading (Information/Dialog/Beslut, MBL § 11/§ 19 parts), an item heading, a speaker block
 * ("Fackliga inspel"), justering lines or body text. One pass with a little state.
 */
export type ParagraphKind =
  | "title"
  | "meta"
  | "label"
  | "roster"
  | "group"
  | "heading"
  | "block"
  | "justering"
  | "body";

export interface Label {
  name: string;
  value: string;
  paragraph: number;
}

export interface SpeakerBlock {
  title: string;
  /** The speaker of paragraphs in the block that name none. */
  org: OrgId;
  paragraph: number;
}

export interface Structure {
  kinds: ParagraphKind[];
  /** Index into `sections` of the section each paragraph belongs to, -1 before the first. */
  sectionOf: number[];
  /** The speaker block a paragraph lies in, if any. */
  blockOf: (SpeakerBlock | null)[];
  title: string | null;
  titleParagraph: number;
  sections: AnalysedSection[];
  labels: Label[];
  roster: Roster;
  rosterFound: boolean;
  justering: JusteringEntry[];
  blocks: SpeakerBlock[];
}

const TITLE = /^(?:minnesanteckningar|mötesanteckningar|anteckningar|protokoll)\b/i;
const DATE_IN_TITLE = /\d{4}|\b\d{1,2}\s+\p{Ll}+\b/u;
const LABEL =
  /^(tidpunkt|datum|mötesdatum|tid|plats|lokal|ordförande|sekreterare|protokollförare|närvarande|deltagare|frånvarande|förhinder)\s*:\s*(.*)$/i;
const INLINE_LABEL = /\b(tidpunkt|datum|tid|plats|lokal)\s*:\s*/gi;
const GROUP =
  /^(information|informationsärenden|informationspunkter|dialog|dialogärenden|diskussionsärenden|beslut|beslutsärenden)\s*:?$/i;
const MBL = /MBL\s*§\s*(11|19)\b|§\s*(11|19)\s*MBL|MBL\s*(11|19)\s*§/i;
// "3. Val av justerare", "1 Mötets öppnande", "§ 4 Förhandlingsfråga", "Punkt 2: Budget", "Ärende 5. …".
const NUMBERED =
  /^(?:(§\s*\d+\s?[a-z]?)|(?:[Pp]unkt|[Ää]rende)\s+(\d{1,2}[a-z]?)[:.]?|(\d{1,2}(?:\.\d{1,2})*)[.)]?)\s+(?=[\p{Lu}"”])(.+)$/u;
const LETTERHEAD = /^\p{Lu}[\p{L}-]*s?\s+(?:stad|kommun|region|stadsdelsförvaltning)$/u;
const BARE_DATE = /^(?:\p{L}+dag(?:en)?\s+)?(?:den\s+)?(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+\p{Ll}+\s+\d{4})$/u;
const PREAMBLE_META = /^(?:bilaga\s+(?:till|nr)|protokoll\s+nr|sid\b|diarienummer|dnr\b)/i;
const BLOCK =
  /^(?:(?:fackliga|arbetsgivarens|arbetstagarnas)\s+(?:inspel|synpunkter|kommentarer|frågor)|(?:inspel|synpunkter|kommentarer|frågor)\s+från\s+(.+?))\s*:?$/i;
// Signature lines: "Vid protokollet" / "Karin Ek", "Ordförande" / name.
const SIGNATURE =
  /^(?:vid\s+protokollet|protokollförare|sekreterare|ordförande|underskrift(?:er)?|signatur)\s*:?$/i;
const ROSTER_HEADING = /^(?:närvarande|deltagare|närvarande\s+ledamöter)\s*:?$/i;
const ROSTER_ABSENT = /förhinder|frånvarande|ej\s+närvarande/i;
const ROSTER_UNIONS = /fackliga|arbetstagar|förbund|organisationer/i;
const ROSTER_PART =
  /förhinder|frånvarande|närvarande|fackliga|arbetstagar|arbetsgivar|förbund|organisationer|förvaltning/i;
const DELIBERATE_NOTHING =
  /^(?:[-–—]+|inget(?:\s+att\s+(?:rapportera|anmärka|notera))?\.?|inga\s+(?:frågor|övriga\s+frågor)\.?|ingenting\.?)$/i;

export function isDeliberatelyEmpty(text: string): boolean {
  return DELIBERATE_NOTHING.test(text.trim());
}

function groupOf(text: string): ItemCategory | null {
  const word = GROUP.exec(text)?.[1]?.toLocaleLowerCase("sv");
  if (!word) return null;
  if (word.startsWith("info")) return "information";
  if (word.startsWith("beslut")) return "beslut";
  return "dialog";
}

function mblGroup(paragraph: SourceParagraph): ItemCategory | null {
  const match = MBL.exec(paragraph.text);
  if (!match || paragraph.text.split(/\s+/).length > 15 || NUMBERED.test(paragraph.text)) return null;
  return (match[1] ?? match[2] ?? match[3]) === "11" ? "mbl11" : "mbl19";
}

/** Short, capitalised, unpunctuated lines (or marked-up ones) are headings; bullets and links never. */
function isHeadingLike(paragraph: SourceParagraph): boolean {
  const text = paragraph.text;
  if (paragraph.bullet || /https?:|@|<|>/.test(text)) return false;
  if (!/^[\p{Lu}\d§"”]/u.test(text)) return false;
  if (paragraph.mdLevel > 0) return text.length <= 200;
  if (/[!?;:,–-]$/.test(text)) return false;
  const abbreviated = /(?:^|\s)(?:m\.fl|m\.m|resp|etc|osv|bl\.a)\.$/i.test(text);
  if (text.endsWith(".") && !abbreviated && !(paragraph.emphasised && NUMBERED.test(text))) return false;
  if (text.length > 110 || text.split(/\s+/).length > 16) return false;
  if (!paragraph.emphasised && NUMBERED.test(text) && text.length > 80) return false;
  return /\p{L}{2}/u.test(text);
}

function orgId(name: string): OrgId | null {
  const org = resolveOrg(name);
  if (!org) return null;
  return org.side === "employer" ? EMPLOYER : org.id;
}

function numberDepth(number: string): number {
  return number.startsWith("§") ? 1 : number.split(".").length;
}

interface RosterState {
  level: number;
  part: "employer" | "unions" | "absent";
}

export function analyseStructure(paragraphs: readonly SourceParagraph[]): Structure {
  const count = paragraphs.length;
  const kinds: ParagraphKind[] = new Array(count).fill("body");
  const sectionOf: number[] = new Array(count).fill(-1);
  const blockOf: (SpeakerBlock | null)[] = new Array(count).fill(null);
  const sections: AnalysedSection[] = [];
  const labels: Label[] = [];
  const justering: JusteringEntry[] = [];
  const blocks: SpeakerBlock[] = [];
  const roster: Roster = { employer: [], unions: [], absent: [] };
  let rosterFound = false;

  let titleParagraph = -1;
  for (let i = 0; i < Math.min(count, 20); i++) {
    const text = paragraphs[i]!.text;
    // A title is a line, not a text that happens to start with "Protokoll" (all minutes on one line).
    if (!TITLE.test(text) || text.length <= 25 || text.length > 200) continue;
    if (DATE_IN_TITLE.test(text)) {
      titleParagraph = i;
      break;
    }
    if (titleParagraph < 0) titleParagraph = i;
  }
  // Without a "Protokoll …"/"Minnesanteckningar …" line, a top-level markdown heading opening the text is the title.
  if (titleParagraph < 0 && paragraphs[0]?.mdLevel === 1) titleParagraph = 0;
  const hasNumbered = paragraphs.some((p) => (p.mdLevel > 0 || p.emphasised) && NUMBERED.test(p.text));

  let rosterState: RosterState | null = null;
  let inJusteringList = false;
  let pendingLabel: string | null = null;
  let signature = false;
  let group: ItemCategory | undefined;
  let mbl: ItemCategory | undefined;
  let block: SpeakerBlock | null = null;
  let section = -1;

  const addUnion = (org: OrgId, people: string[]) => {
    const existing = roster.unions.find((u) => u.org === org);
    const persons = people.map((name) => ({ name }));
    if (existing) existing.people.push(...persons);
    else roster.unions.push({ org, people: persons });
  };

  const rosterEntry = (text: string, state: RosterState): boolean => {
    const labelled = /^([^:]+):\s*(.*)$/.exec(text);
    if (labelled) {
      const org = orgId(labelled[1]!);
      if (!org) return false;
      const people = labelled[2]!
        .split(/,|\s+och\s+/)
        .map((n) => n.trim())
        .filter((n) => isPersonName(n));
      if (state.part === "absent") roster.absent.push({ org });
      else if (org === EMPLOYER) roster.employer.push(...people.map((name) => ({ name })));
      else addUnion(org, people);
      return true;
    }
    const org = orgId(text.replace(/[.,]$/, ""));
    if (org) {
      if (state.part === "absent") roster.absent.push({ org });
      else if (org !== EMPLOYER) addUnion(org, []);
      return true;
    }
    const person = /^([^,(]+?)\s*(?:,\s*(.+)|\((.+)\))$/.exec(text);
    if (person && isPersonName(person[1]!)) {
      const detail = (person[2] ?? person[3] ?? "").trim();
      const personOrg = orgId(detail);
      if (state.part === "absent")
        roster.absent.push({ name: person[1]!, ...(personOrg ? { org: personOrg } : {}) });
      else if (personOrg && personOrg !== EMPLOYER) addUnion(personOrg, [person[1]!]);
      else roster.employer.push({ name: person[1]!, title: detail });
      return true;
    }
    if (isPersonName(text) && state.part === "absent") {
      roster.absent.push({ name: text });
      return true;
    }
    return false;
  };

  const openSection = (i: number, paragraph: SourceParagraph) => {
    const numbered = NUMBERED.exec(paragraph.text);
    const number = numbered ? (numbered[1] ?? numbered[2] ?? numbered[3])!.replace(/\s+/g, " ") : undefined;
    const title = (numbered ? numbered[4]! : paragraph.text).trim();
    if (number && numberDepth(number) === 1) mbl = undefined;
    const ovrigt = /^övrig(?:t|a\s+frågor)\b/i.test(title);
    const category = ovrigt ? "ovrigt" : (mbl ?? group);
    sections.push({
      id: `s${sections.length + 1}`,
      title,
      ...(number ? { number } : {}),
      ...(category ? { group: category } : {}),
      paragraph: i,
      bodyParagraphs: 0,
      deliberatelyEmpty: false,
      structured: number !== undefined || paragraph.mdLevel > 0 || (paragraph.emphasised && hasNumbered),
    });
    section = sections.length - 1;
    block = null;
  };

  for (let i = 0; i < count; i++) {
    const paragraph = paragraphs[i]!;
    const text = paragraph.text;
    sectionOf[i] = section;

    if (i === titleParagraph) {
      kinds[i] = "title";
      continue;
    }
    if (
      LETTERHEAD.test(text) ||
      (/<?https?:\/\/\S+>?\s*$/.test(text) && text.length < 200 && !/[.!?]\s/.test(text))
    ) {
      kinds[i] = "meta";
      continue;
    }
    if (
      BARE_DATE.test(text) ||
      (i < titleParagraph && !NUMBERED.test(text)) ||
      (section < 0 && PREAMBLE_META.test(text))
    ) {
      kinds[i] = "meta";
      continue;
    }
    if (SIGNATURE.test(text)) {
      kinds[i] = "meta";
      signature = true;
      continue;
    }
    if (signature && isPersonName(text)) {
      kinds[i] = "meta";
      continue;
    }
    signature = false;
    if (pendingLabel !== null) {
      labels.push({ name: pendingLabel, value: text, paragraph: i });
      pendingLabel = null;
      kinds[i] = "label";
      continue;
    }
    const label = LABEL.exec(text);
    if (
      label &&
      !(section >= 0 && /^(närvarande|deltagare)$/i.test(label[1]!) === false && label[2]!.length > 80)
    ) {
      const name = label[1]!.toLocaleLowerCase("sv");
      kinds[i] = "label";
      rosterState = null;
      if (name === "närvarande" || name === "deltagare") {
        rosterState = { level: paragraph.mdLevel || 99, part: "employer" };
        rosterFound = true;
      } else if (name === "frånvarande" || name === "förhinder") {
        rosterState = { level: paragraph.mdLevel || 99, part: "absent" };
        rosterFound = true;
      }
      const value = label[2]!.trim();
      if (rosterState && value !== "") {
        // "Närvarande: Anna Lind (förvaltningschef), Sofia Nyberg (Vision); Kommunal: Kalle Ek"
        for (const chunk of value.split(";")) {
          const entries = chunk.includes(":") ? [chunk] : splitOutsideParentheses(chunk);
          for (const entry of entries) rosterEntry(entry.trim(), rosterState);
        }
      } else if (value === "") {
        if (!rosterState) pendingLabel = name;
      } else {
        for (const part of splitInlineLabels(name, value)) labels.push({ ...part, paragraph: i });
      }
      continue;
    }
    if (ROSTER_HEADING.test(text)) {
      kinds[i] = "label";
      rosterState = { level: paragraph.mdLevel || 99, part: "employer" };
      rosterFound = true;
      continue;
    }
    if (rosterState) {
      const subHeading =
        (paragraph.mdLevel > 0 && paragraph.mdLevel > rosterState.level) ||
        (paragraph.mdLevel === 0 &&
          !orgId(text) &&
          /^(?:[\p{L}-]+\s*){1,3}:?$/u.test(text) &&
          ROSTER_PART.test(text));
      if (subHeading) {
        rosterState.part = ROSTER_ABSENT.test(text)
          ? "absent"
          : ROSTER_UNIONS.test(text)
            ? "unions"
            : "employer";
        kinds[i] = "roster";
        continue;
      }
      if (rosterEntry(text, rosterState)) {
        kinds[i] = "roster";
        continue;
      }
      rosterState = null;
    }
    if (inJusteringList) {
      const entry = parseJusteringLine(text);
      if (entry) {
        justering.push({ ...entry, paragraph: i });
        kinds[i] = "justering";
        if (section >= 0) sections[section]!.bodyParagraphs++;
        continue;
      }
      inJusteringList = false;
    }
    if (isJusteringListHeading(text)) {
      kinds[i] = "justering";
      inJusteringList = true;
      for (const entry of parseJusteringSentence(text)) justering.push({ ...entry, paragraph: i });
      if (section >= 0) sections[section]!.bodyParagraphs++;
      continue;
    }
    const named = parseJusteringParagraph(text);
    if (named.length > 0) {
      kinds[i] = "justering";
      for (const entry of named) justering.push({ ...entry, paragraph: i });
      if (section >= 0) sections[section]!.bodyParagraphs++;
      continue;
    }
    const groupHeading = groupOf(text);
    if (groupHeading) {
      kinds[i] = "group";
      group = groupHeading;
      mbl = undefined;
      block = null;
      continue;
    }
    const mblHeading = mblGroup(paragraph);
    if (mblHeading && paragraph.mdLevel === 0) {
      kinds[i] = "group";
      mbl = mblHeading;
      block = null;
      if (section >= 0) sections[section]!.bodyParagraphs++;
      continue;
    }
    const blockHeading = BLOCK.exec(text);
    if (blockHeading && text.length < 60) {
      const from = blockHeading[1];
      const org = from
        ? (findParties(from)[0]?.org ?? null)
        : /arbetsgivar/i.test(text)
          ? EMPLOYER
          : "fackliga";
      if (org) {
        block = { title: text.replace(/:$/, ""), org, paragraph: i };
        blocks.push(block);
        kinds[i] = "block";
        continue;
      }
    }
    const next = paragraphs[i + 1];
    // A plain last line is a closing remark; a numbered or marked-up one is an item left without text.
    const marked = paragraph.mdLevel > 0 || paragraph.emphasised || NUMBERED.test(text);
    if (isHeadingLike(paragraph) && (next || marked) && (i > titleParagraph || paragraph.mdLevel > 0)) {
      kinds[i] = "heading";
      openSection(i, paragraph);
      sectionOf[i] = section;
      continue;
    }
    kinds[i] = "body";
    blockOf[i] = block;
    if (section >= 0) {
      const current = sections[section]!;
      current.bodyParagraphs++;
      if (isDeliberatelyEmpty(text)) current.deliberatelyEmpty = true;
    }
  }

  const title = titleParagraph >= 0 ? paragraphs[titleParagraph]!.text : null;
  return {
    kinds,
    sectionOf,
    blockOf,
    title,
    titleParagraph,
    sections,
    labels,
    roster,
    rosterFound,
    justering,
    blocks,
  };
}

function splitOutsideParentheses(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === "(") depth++;
    else if (char === ")") depth = Math.max(0, depth - 1);
    else if (char === "," && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.filter((part) => part.trim() !== "");
}

/** "Datum: 2023-09-25 Plats: Bredgatan 515" holds two labels. */
function splitInlineLabels(first: string, value: string): { name: string; value: string }[] {
  const parts: { name: string; value: string }[] = [];
  let name = first;
  let start = 0;
  for (const match of value.matchAll(INLINE_LABEL)) {
    const index = match.index ?? 0;
    parts.push({ name, value: value.slice(start, index).trim() });
    name = match[1]!.toLocaleLowerCase("sv");
    start = index + match[0].length;
  }
  parts.push({ name, value: value.slice(start).trim() });
  return parts.filter((part) => part.value !== "");
}
