import { EMPLOYER, type OrgId, type Person, type Roster } from "../model/meeting";
import { findUnknownOrgMentions, resolvePartyId } from "../unions/resolve";
import { isPersonName } from "./justering";
import type { SourceParagraph } from "./paragraphs";
import { NAMED_ORG } from "./types";

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

const ROSTER_HEADING = /^(?:närvarande|deltagare|närvarande\s+ledamöter|parter|närvarande\s+parter)\s*:?$/i;
/** A role written before a name in a roster: "Kyrkoherde Göran Falk", "Rektor Anna Berg". */
const ROLE_BEFORE_NAME =
  /^\p{Lu}\p{Ll}*(?:herde|chef|direktör|rektor|samordnare|strateg|konsult|specialist|sekreterare|ordförande|ombud)$/u;
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

/** A roster's organisation: one of the catalogue, or a union by its name ("namn:Elektrikerförbundet"). */
function rosterOrg(name: string): OrgId | null {
  const known = resolvePartyId(name);
  if (known) return known;
  const unknown = findUnknownOrgMentions(name.trim());
  return unknown.length === 1 && unknown[0]!.length === name.trim().length
    ? `${NAMED_ORG}${unknown[0]!.name}`
    : null;
}

/** "Kyrkoherde Göran Falk": the person's name without the role written before it. */
function personName(text: string): string | null {
  const trimmed = text.trim();
  const [first, ...rest] = trimmed.split(/\s+/);
  if (first && ROLE_BEFORE_NAME.test(first) && isPersonName(rest.join(" "))) return rest.join(" ");
  return isPersonName(trimmed) ? trimmed : null;
}

/** The organisation in a person's detail: "(Vision)", ", Kommunal", "(Kyrkans Akademikerförbund, nedan …)". */
function detailOrg(detail: string): OrgId | null {
  return rosterOrg(detail) ?? rosterOrg(detail.split(",")[0] ?? "");
}

/** The people of a labelled line: "Lisa Ek och Omar Ali", "Jenny Sand, regiondirektör; Olof Berg, HR-direktör". */
function peopleOf(value: string): Person[] {
  const people: Person[] = [];
  for (const chunk of value.split(";")) {
    const pair = /^\s*([^,()]+?)\s*,\s*([^,()]+?)\s*$/.exec(chunk);
    if (pair && personName(pair[1]!) && !personName(pair[2]!)) {
      people.push({ name: personName(pair[1]!)!, title: pair[2]! });
      continue;
    }
    for (const item of splitOutsideParentheses(chunk).flatMap((part) => part.split(/\s+och\s+/))) {
      const titled = /^([^(]+?)\s*\((.+)\)$/.exec(item.trim());
      const name = personName(titled ? titled[1]! : item.replace(/^och\s+/, ""));
      if (name) people.push({ name, ...(titled ? { title: titled[2]!.trim() } : {}) });
    }
  }
  return people;
}

/** "Kommunal: Lisa Ek och Omar Ali", "Fackliga: Vision – Lars Ek; Kommunal – Omar Ali": a label and its people. */
function readLabelledLine(label: string, value: string, part: RosterPart): RosterEntry[] | null {
  const org = rosterOrg(label);
  if (org) {
    if (part === "absent") return [{ side: "absent", org }];
    const people = peopleOf(value);
    if (org === EMPLOYER) return [{ side: "employer", people }];
    return [{ side: "union", org, people: people.map((person) => person.name) }];
  }
  const caption = captionPart(label);
  if (!caption) return null;
  const entries = readRosterValue(value, caption);
  return entries.length > 0 ? entries : null;
}

/** "Fackliga", "Arbetstagarparten", "Arbetsgivarsidan", "Förhinder": the roster part a caption names. */
function captionPart(caption: string): RosterPart | null {
  if (!ROSTER_PART.test(caption) || !isShortCaption(caption)) return null;
  return ROSTER_ABSENT.test(caption) ? "absent" : ROSTER_UNIONS.test(caption) ? "unions" : "employer";
}

/**
 * One line of the roster: "Kommunal: Lisa Ek och Omar Ali", "Vision – Lars Ek", "Ledarna", "Anna Berg,
 * förvaltningschef", "Per Ström (Vision)".
 */
export function readRosterEntry(text: string, part: RosterPart): RosterEntry | null {
  return readRosterEntries(text, part)?.[0] ?? null;
}

function readRosterEntries(text: string, part: RosterPart): RosterEntry[] | null {
  const absent = part === "absent";
  const labelled = /^([^:]+):\s*(.*)$/.exec(text);
  if (labelled) return readLabelledLine(labelled[1]!, labelled[2]!, part);
  const dashed = /^(.+?)\s+[–-]\s+(.+)$/.exec(text);
  const dashedOrg = dashed ? rosterOrg(dashed[1]!) : null;
  if (dashed && dashedOrg) return readLabelledLine(dashed[1]!, dashed[2]!, part);
  const org = rosterOrg(text.replace(/[.,]$/, ""));
  if (org) {
    if (absent) return [{ side: "absent", org }];
    return [org === EMPLOYER ? { side: "employer", people: [] } : { side: "union", org, people: [] }];
  }
  const person = /^([^,(]+?)\s*(?:,\s*(.+)|\((.+)\))$/.exec(text);
  const name = person ? personName(person[1]!) : null;
  if (person && name) {
    const detail = (person[2] ?? person[3] ?? "").trim();
    const personOrg = detailOrg(detail);
    if (absent) return [{ side: "absent", name, ...(personOrg ? { org: personOrg } : {}) }];
    if (personOrg && personOrg !== EMPLOYER) return [{ side: "union", org: personOrg, people: [name] }];
    return [{ side: "employer", people: [{ name, title: detail }] }];
  }
  return absent && isPersonName(text) ? [{ side: "absent", name: text }] : null;
}

/** "Anna Lind (förvaltningschef), Sofia Nyberg (Vision); Kommunal: Kalle Ek": a roster on one line. */
export function readRosterValue(value: string, part: RosterPart): RosterEntry[] {
  const entries: RosterEntry[] = [];
  for (const chunk of value.split(";")) {
    const whole =
      chunk.includes(":") || /^[^(),]*,[^(),]*$/.test(chunk) ? readRosterEntries(chunk.trim(), part) : null;
    if (whole) {
      entries.push(...whole);
      continue;
    }
    for (const item of splitOutsideParentheses(chunk))
      entries.push(...(readRosterEntries(item.trim(), part) ?? []));
  }
  return entries;
}

/**
 * An attendance line standing anywhere, "Fackliga: Vision – Lisa Ek; Kommunal – Omar Ali": a caption or a
 * party as its label, and people on it. Not "SSR: Vi vill se en plan." (a statement under a speaker label).
 */
export function readAttendanceLine(text: string): RosterEntry[] | null {
  const labelled = /^([^:]{2,40}):\s*(.+)$/.exec(text);
  if (!labelled || /[.!?]$/.test(text)) return null;
  const entries = readLabelledLine(labelled[1]!, labelled[2]!, "employer");
  const named = entries?.some((entry) => entry.side !== "employer" || entry.people.length > 0);
  const people = entries?.some((entry) => "people" in entry && entry.people.length > 0) ?? false;
  return named && people ? entries : null;
}

/** A line inside the roster: a new part, or entries; null when the roster has ended. */
export function readRosterLine(
  paragraph: SourceParagraph,
  state: RosterState,
): { part: RosterPart; entries: RosterEntry[] } | null {
  const part = subHeadingPart(paragraph, state);
  if (part) return { part, entries: [] };
  const entries = readRosterEntries(paragraph.text, state.part);
  return entries ? { part: state.part, entries } : null;
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
