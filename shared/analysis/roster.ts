import { EMPLOYER, type OrgId, type Roster } from "../model/meeting";
import { isPersonName } from "./justering";
import type { SourceParagraph } from "./paragraphs";
import { findParties } from "./parties";
import {
  captionPart,
  type RosterEntry,
  type RosterPart,
  readLabelledLine,
  readRosterEntries,
  readRosterValue,
  readTableRow,
  readUnlistedOrgLine,
  rosterOrg,
} from "./roster-entries";
import { EMPLOYER_ORGANISATIONS } from "./words/parties";

export type { RosterEntry, RosterPart } from "./roster-entries";
export { readRosterEntries, readRosterValue } from "./roster-entries";

/**
 * The attendance list: "Närvarande:" (a label with the people on it, or a heading over lines of them),
 * parted into employer, unions and those with förhinder by sub-headings ("Arbetsgivare", "Fackliga
 * organisationer", "Förhinder"). Each line gives entries (`roster-entries.ts`); `addToRoster` collects them.
 */
export interface RosterState {
  /** The markdown level of the roster heading (99 for a plain line): a deeper heading is a part of it. */
  level: number;
  part: RosterPart;
  /** "Vårdförbundet (förbundskontoret)" alone on its line: the union whose delegation the lines after it list. */
  delegation?: OrgId;
  /** The roster is a table under its header row ("Roll | Namn | Organisation"): its rows are people, no labels. */
  table?: true;
  /** "Arbetsgivaren | Fackliga organisationer" as a table's header row: the side of each column's people. */
  sides?: RosterPart[];
}

/** A table row's cells in their columns: the empty ones kept where the row has them. */
const rowOf = (paragraph: SourceParagraph): readonly string[] | undefined =>
  paragraph.rowCells ?? paragraph.pairCells ?? paragraph.columns;

/** "Arbetsgivaren | Fackliga organisationer": a header row each of whose cells is a side's caption, or null. */
function sidesOfHeader(cells: readonly string[] | undefined): RosterPart[] | null {
  if (cells === undefined || cells.length < 2) return null;
  const sides = cells.map((cell) => captionPart(cell.replace(/:$/, "")));
  if (!sides.every((side) => side === "employer" || side === "unions")) return null;
  return new Set(sides).size > 1 ? (sides as RosterPart[]) : null;
}

/** A row under the sides' header: each column's people read as its side's. */
function sideColumnsRow(
  cells: readonly string[] | undefined,
  sides: readonly RosterPart[],
): RosterEntry[] | null {
  if (cells?.length !== sides.length) return null;
  const entries = cells.flatMap((cell, k) => (cell === "" ? [] : readRosterValue(cell, sides[k]!)));
  return entries.length > 0 ? entries : null;
}

const ROSTER_HEADING =
  /^(?:närvarande|deltagare|mötesdeltagare|ledamöter|närvarande\s+ledamöter|närvarolista|parter|närvarande\s+parter|(?:närvarande|ledamöter|deltagare|representanter)\s+(?:för\s+|från\s+)?(?:arbetsgivaren|arbetstagarna|arbetstagarsidan|arbetsgivarsidan|arbetstagarorganisationerna|(?:de\s+)?fackliga(?:\s+organisationerna?)?))\s*:?$/i;

/** "Part | Namn | Funktion", "Ledamöter | Organisation | Närvaro": a roster table's header row. */
const ROSTER_COLUMN =
  /^(?:namn|part|organisation|förbund|ledamot|ledamöter|deltagare|roll|funktion|befattning|titel|uppdrag|närvaro|närvarande|representerar)$/i;
// "Närvarande | Roll | Organisation": the people's column captioned by their attendance.
const NAME_COLUMN = /^(?:namn|ledamot|ledamöter|deltagare|närvarande)$/i;

/** A table's header row whose every cell names a roster column, one of them the people's. */
export const isRosterTableHeader = (columns: readonly string[]) =>
  columns.length >= 2 &&
  columns.every((cell) => ROSTER_COLUMN.test(cell)) &&
  columns.some((cell) => NAME_COLUMN.test(cell));

/** "Förhinder:", "Anmält förhinder:", "Ej närvarande:", "Anmäld frånvaro:": those who sent apologies. */
const ABSENCE_LABEL = /^(?:frånvarande|förhinder|anmält\s+förhinder|anmäld\s+frånvaro|ej\s+närvarande)$/;

/** The side an attendance label names: "Närv. AG", "Närvarande arbetsgivare"; "Närv. AT", "Närvarande fack". */
const PRESENT_EMPLOYER = /\s(?:för\s+|från\s+)?(?:ag|arbetsgivar\p{L}*)$/u;
const PRESENT_UNIONS = /\s(?:för\s+|från\s+)?(?:at|arbetstagar\p{L}*|fack\p{L}*)$/u;

/** The roster part a label opens ("Närvarande:", "Förhinder:"), or null for other labels. */
export function rosterPartOfLabel(name: string): RosterPart | null {
  if (name === "deltagare") return "present";
  // "närvarande", "närv. ag", "närvarande för arbetstagarna" (the labels `readLabel` reads).
  if (name.startsWith("närv"))
    return PRESENT_EMPLOYER.test(name) ? "employer" : PRESENT_UNIONS.test(name) ? "unions" : "present";
  if (ABSENCE_LABEL.test(name)) return "absent";
  return null;
}

/** "Närvarande för bolaget", "Ledamöter från myndigheten": the employer's part, by the organisation it is. */
const EMPLOYER_HEADING = new RegExp(
  `^(?:närvarande|ledamöter|deltagare|representanter)\\s+(?:för|från)\\s+(?:${EMPLOYER_ORGANISATIONS.join("|")})\\s*:?$`,
  "i",
);

/**
 * "Pastoratets representanter:", "Arbetsgivarens ledamöter", "Arbetstagarorganisationernas representanter": a
 * side's people captioned in the genitive of the side or of the organisation the employer is.
 */
const GENITIVE_HEADING = new RegExp(
  `^(?:(arbetsgivaren|arbetsgivarsidan|arbetsgivarparten|${EMPLOYER_ORGANISATIONS.join("|")})|(?:de\\s+)?(arbetstagarorganisationerna|arbetstagarna|arbetstagarsidan|arbetstagarparten|facken|fackförbunden|förbunden|fackliga\\s+organisationerna|fackliga))s\\s+(?:representanter|företrädare|ledamöter)\\s*:?$`,
  "i",
);

/** "Närvarande", "Parter", "Närvarande för arbetsgivaren": the roster heading and the part it opens. */
export function rosterHeadingPart(text: string): RosterPart | null {
  const genitive = text.length < GENITIVE_HEADING_LENGTH ? GENITIVE_HEADING.exec(text) : null;
  if (genitive) return genitive[1] ? "employer" : "unions";
  if (!ROSTER_HEADING.test(text)) return EMPLOYER_HEADING.test(text) ? "employer" : null;
  return captionPart(text.replace(/:$/, "")) ?? "present";
}

/** "Arbetsgivare", "Fackliga organisationer", "Förhinder": the part of the roster that follows. */
function subHeadingPart(paragraph: SourceParagraph, state: RosterState): RosterPart | null {
  const text = paragraph.text;
  if (paragraph.mdLevel > 0 && paragraph.mdLevel > state.level) return captionPart(text) ?? "present";
  // A table's row ("Ove Berg | Unionen | förhinder") is a person, whatever words its cells join into.
  if (paragraph.mdLevel > 0 || (paragraph.columns?.length ?? 0) > 1) return null;
  const part = rosterHeadingPart(text) ?? captionPart(text);
  // The organisation decides only a short line or a caption: a longer line naming no part is none, whatever
  // it names (most roster lines, which are not read as an organisation's name first).
  if (part === null && text.length > EMPLOYER_CAPTION_LENGTH) return null;
  const org = rosterOrg(text);
  // "För arbetsgivaren:" alone on its line: the employer's part, its people under it.
  if (org === EMPLOYER && text.length <= EMPLOYER_CAPTION_LENGTH) return "employer";
  if (org) return null;
  return part;
}

const EMPLOYER_CAPTION_LENGTH = 40;
const GENITIVE_HEADING_LENGTH = 60;

/**
 * "Vårdförbundet (förbundskontoret)" over "Sanna Lidén, ombudsman": a union's name alone on a short line of the
 * roster heads its delegation, as a caption heads a side. Blind 22 read its people as the employer's.
 */
function delegationOf(paragraph: SourceParagraph): OrgId | null {
  const text = paragraph.text;
  if (text.length > EMPLOYER_CAPTION_LENGTH || /[:,|]/.test(text) || (paragraph.columns?.length ?? 0) > 1)
    return null;
  const org = rosterOrg(text);
  return org && org !== EMPLOYER && findParties(text).length === 1 ? org : null;
}

/** Two columns, an organisation's name and the people it sends: read as "Org: people", or null. */
function orgColumnLine(columns: readonly string[] | undefined, part: RosterPart): RosterEntry[] | null {
  if (columns?.length !== 2 || part === "absent") return null;
  const [org, people] = columns as [string, string];
  if (org.includes(":") || rosterOrg(org) === null) return null;
  const entries = readRosterValue(`${org}: ${people}`, part);
  return entries.length > 0 ? entries : null;
}

/** The people of a delegation's line that names no organisation of its own are the delegation's union's. */
function inDelegation(entries: RosterEntry[], union: OrgId, text: string): RosterEntry[] {
  if (findParties(text).length > 0) return entries;
  return entries.map((entry) =>
    entry.side === "employer"
      ? { side: "union", org: union, people: entry.people.map((p) => p.name) }
      : entry,
  );
}

/** A line inside the roster: a new part, a union's delegation, or entries; null when the roster has ended. */
export function readRosterLine(
  paragraph: SourceParagraph,
  state: RosterState,
): { part: RosterPart; entries: RosterEntry[]; delegation?: OrgId; sides?: RosterPart[] } | null {
  const sides = sidesOfHeader(rowOf(paragraph));
  if (sides) return { part: state.part, entries: [], sides };
  if (state.sides) {
    const entries = sideColumnsRow(rowOf(paragraph), state.sides);
    return entries ? { part: state.part, entries, sides: state.sides } : null;
  }
  // "Vårdförbundet      Elin Gustavsson, Tove Rydberg": an organisation's column beside its people's is their
  // label (its name is no caption of a part, whatever word it ends in).
  const orgColumn = orgColumnLine(paragraph.columns, state.part);
  if (orgColumn) return { part: state.part, entries: orgColumn };
  const part = subHeadingPart(paragraph, state);
  if (part) return { part, entries: [] };
  // Under "Förhinder" a union's name alone is the union absent.
  const delegation = state.part === "absent" ? null : delegationOf(paragraph);
  if (delegation) return { part: state.part, entries: [], delegation };
  const columns = paragraph.columns;
  // "Arbetsgivaren | Eva Holm, HR-chef", "Arbetstagarorganisationer | Seko: Ali Demir": the part's caption in
  // the first column of a two-column roster, its first entry in the second.
  const captioned = columns?.length === 2 ? captionPart(columns[0]!.replace(/:$/, "")) : null;
  if (captioned) return { part: captioned, entries: readRosterValue(columns![1]!, captioned) };

  const row = columns && columns.length > 2 ? columns : paragraph.pairCells;
  const entries =
    (row ? readTableRow(row, state.part) : null) ??
    readRosterEntries(paragraph.text, state.part) ??
    readUnlistedOrgLine(paragraph.text) ??
    (isGuestLine(paragraph.text) ? guestEntries(paragraph.text) : null);
  if (!entries) return null;
  if (!state.delegation) return { part: state.part, entries };
  const own = inDelegation(entries, state.delegation, paragraph.text);
  return { part: state.part, entries: own, delegation: state.delegation };
}

/**
 * "Adjungerad: Oskar Lilja, controller (§ 5)": a guest whose role is one of the employer's is the employer's
 * person; a guest of no side's role ("Ulla Sten, Hälsopartner") is no one's.
 */
function guestEntries(text: string): RosterEntry[] {
  return othersPresent(text.slice(text.indexOf(":") + 1));
}

/**
 * The value of a label of others present ("Övriga: Amir Hadzic, HR-strateg (sekreterare)"): as on a guest line,
 * a person of the employer's role is the employer's, one of no side's role no one's.
 */
export function othersPresent(value: string): RosterEntry[] {
  const entries = readRosterValue(value, "present");
  return entries.filter(
    (entry) =>
      entry.side === "employer" &&
      entry.people.every((person) => findParties(person.title ?? "")[0]?.org === EMPLOYER),
  );
}

/**
 * "Företagshälsovården (adjungerad): Ulla Sten, Hälsopartner": inside the roster, a caption naming no party
 * over a person is attendance of someone who is neither side's.
 */
function isGuestLine(text: string): boolean {
  const labelled = /^([^:]{2,60}):\s*([^,;]+)/.exec(text);
  return labelled !== null && !endsAsSentence(text) && isPersonName(labelled[2]!);
}

/**
 * Whether a line ends as a sentence does. A full stop after a list's last part of one short word ("HR-specialist,
 * sekr.", "ekonom, adj.") is that word's, cut short, not a statement's end.
 */
const CUT_LAST_PART = /[,;]\s*\p{Ll}{2,6}\.$/u;
const endsAsSentence = (text: string) => /[.!?]$/.test(text) && !CUT_LAST_PART.test(text);

const ATTENDANCE_LABEL = /^([^:]{2,60}):\s*(.+)$/;
const ATTENDANCE_LABEL_LENGTH = 60;

/** "Seko: Ali Berg. Unionen: Mia Ek.": the value is itself parties each with its own label. */
const PARTIES_BY_LABEL = /^[^.:;]{2,40}:\s[^:]*\.\s+[^.:;]{2,40}:\s/;

/**
 * An attendance line standing anywhere, "Fackliga: Vision – Lisa Ek; Kommunal – Omar Ali": a caption or a
 * party as its label, and people on it. Not "SSR: Vi vill se en plan." (a statement under a speaker label).
 */
export function readAttendanceLine(text: string): RosterEntry[] | null {
  // The label ends at the text's first colon, after two to sixty characters: other texts are not tried.
  const colon = text.indexOf(":");
  const labelled = colon >= 2 && colon <= ATTENDANCE_LABEL_LENGTH ? ATTENDANCE_LABEL.exec(text) : null;
  // A full stop ends a statement under a speaker label, not a list of parties each with its own label.
  if (!labelled || (endsAsSentence(text) && !PARTIES_BY_LABEL.test(labelled[2]!))) return null;
  const entries = readLabelledLine(labelled[1]!, labelled[2]!, "present");
  const named = entries?.some((entry) => entry.side !== "employer" || entry.people.length > 0);
  const people = entries?.some((entry) => "people" in entry && entry.people.length > 0) ?? false;
  return named && people ? entries : null;
}

/** The unions the roster lists under each federation ("OFR: Vision – …; Vårdförbundet – …"), by the federation. */
export function addFederationMembers(members: Map<OrgId, OrgId[]>, entries: readonly RosterEntry[]): void {
  for (const entry of entries) {
    if (entry.side !== "union" || !entry.federation) continue;
    const listed = members.get(entry.federation) ?? [];
    if (!listed.includes(entry.org)) listed.push(entry.org);
    members.set(entry.federation, listed);
  }
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
