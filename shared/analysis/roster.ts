import { EMPLOYER, type OrgId, type Person, type Roster } from "../model/meeting";
import { resolvePartyId } from "../unions/resolve";
import { isPersonName } from "./justering";
import type { SourceParagraph } from "./paragraphs";

/**
 * The attendance list: "Närvarande:" (a label with the people on it, or a heading over lines of them),
 * parted into employer, unions and those with förhinder by sub-headings ("Arbetsgivare", "Fackliga
 * organisationer", "Förhinder"). Each line gives entries; `addToRoster` collects them.
 */
export type RosterPart = "employer" | "unions" | "absent";

export interface RosterState {
  /** The markdown level of the roster heading (99 for a plain line): a deeper heading is a part of it. */
  level: number;
  part: RosterPart;
}

export type RosterEntry =
  | { side: "absent"; org?: OrgId; name?: string }
  | { side: "employer"; people: Person[] }
  | { side: "union"; org: OrgId; people: string[] };

const ROSTER_HEADING = /^(?:närvarande|deltagare|närvarande\s+ledamöter)\s*:?$/i;
const ROSTER_ABSENT = /förhinder|frånvarande|ej\s+närvarande/i;
const ROSTER_UNIONS = /fackliga|arbetstagar|förbund|organisationer/i;
const ROSTER_PART =
  /förhinder|frånvarande|närvarande|fackliga|arbetstagar|arbetsgivar|förbund|organisationer|förvaltning/i;

/** The roster part a label opens ("Närvarande:", "Förhinder:"), or null for other labels. */
export function rosterPartOfLabel(name: string): RosterPart | null {
  if (name === "närvarande" || name === "deltagare") return "employer";
  if (name === "frånvarande" || name === "förhinder") return "absent";
  return null;
}

export function isRosterHeading(text: string): boolean {
  return ROSTER_HEADING.test(text);
}

const CAPTION_WORD = /^[\p{L}-]+$/u;

/**
 * One to three words of letters and hyphens with an optional colon ("Fackliga organisationer:"). Split into
 * words first: the single pattern for this (`(?:[\p{L}-]+\s*){1,3}`) tried every way to cut a long word in
 * three, cubic in its length.
 */
function isShortCaption(text: string): boolean {
  const words = (text.endsWith(":") ? text.slice(0, -1) : text).trim().split(/\s+/);
  return words.length <= 3 && words.every((word) => CAPTION_WORD.test(word));
}

/** "Arbetsgivare", "Fackliga organisationer", "Förhinder": the part of the roster that follows. */
function subHeadingPart(paragraph: SourceParagraph, state: RosterState): RosterPart | null {
  const text = paragraph.text;
  const deeper = paragraph.mdLevel > 0 && paragraph.mdLevel > state.level;
  const caption =
    paragraph.mdLevel === 0 && !resolvePartyId(text) && isShortCaption(text) && ROSTER_PART.test(text);
  if (!deeper && !caption) return null;
  return ROSTER_ABSENT.test(text) ? "absent" : ROSTER_UNIONS.test(text) ? "unions" : "employer";
}

/** One line of the roster: "Kommunal: Lisa Ek och Omar Ali", "Ledarna", "Anna Berg, förvaltningschef". */
export function readRosterEntry(text: string, part: RosterPart): RosterEntry | null {
  const absent = part === "absent";
  const labelled = /^([^:]+):\s*(.*)$/.exec(text);
  if (labelled) {
    const org = resolvePartyId(labelled[1]!);
    if (!org) return null;
    const people = labelled[2]!
      .split(/,|\s+och\s+/)
      .map((name) => name.trim())
      .filter((name) => isPersonName(name));
    if (absent) return { side: "absent", org };
    if (org === EMPLOYER) return { side: "employer", people: people.map((name) => ({ name })) };
    return { side: "union", org, people };
  }
  const org = resolvePartyId(text.replace(/[.,]$/, ""));
  if (org) {
    if (absent) return { side: "absent", org };
    return org === EMPLOYER ? { side: "employer", people: [] } : { side: "union", org, people: [] };
  }
  const person = /^([^,(]+?)\s*(?:,\s*(.+)|\((.+)\))$/.exec(text);
  if (person && isPersonName(person[1]!)) {
    const name = person[1]!;
    const detail = (person[2] ?? person[3] ?? "").trim();
    const personOrg = resolvePartyId(detail);
    if (absent) return { side: "absent", name, ...(personOrg ? { org: personOrg } : {}) };
    if (personOrg && personOrg !== EMPLOYER) return { side: "union", org: personOrg, people: [name] };
    return { side: "employer", people: [{ name, title: detail }] };
  }
  return absent && isPersonName(text) ? { side: "absent", name: text } : null;
}

/** "Anna Lind (förvaltningschef), Sofia Nyberg (Vision); Kommunal: Kalle Ek": a roster on one line. */
export function readRosterValue(value: string, part: RosterPart): RosterEntry[] {
  const entries: RosterEntry[] = [];
  for (const chunk of value.split(";")) {
    const items = chunk.includes(":") ? [chunk] : splitOutsideParentheses(chunk);
    for (const item of items) {
      const entry = readRosterEntry(item.trim(), part);
      if (entry) entries.push(entry);
    }
  }
  return entries;
}

/** A line inside the roster: a new part, or entries; null when the roster has ended. */
export function readRosterLine(
  paragraph: SourceParagraph,
  state: RosterState,
): { part: RosterPart; entries: RosterEntry[] } | null {
  const part = subHeadingPart(paragraph, state);
  if (part) return { part, entries: [] };
  const entry = readRosterEntry(paragraph.text, state.part);
  return entry ? { part: state.part, entries: [entry] } : null;
}

/** Adds entries to a roster; a union named twice keeps one delegation, in the order first named. */
export function addToRoster(roster: Roster, entries: readonly RosterEntry[]): void {
  for (const entry of entries) {
    if (entry.side === "absent") {
      const { side: _, ...absent } = entry;
      roster.absent.push(absent);
    } else if (entry.side === "employer") roster.employer.push(...entry.people);
    else {
      const people = entry.people.map((name) => ({ name }));
      const existing = roster.unions.find((union) => union.org === entry.org);
      if (existing) existing.people.push(...people);
      else roster.unions.push({ org: entry.org, people });
    }
  }
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
