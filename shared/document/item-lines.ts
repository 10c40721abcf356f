import { t } from "../i18n/i18n";

/**
 * The lines the add-in writes under an agenda item's heading (`agendaItemBlock` in `content.ts`), recognised
 * again in the document. Kept apart from the builders so marking, which only reads them, loads little.
 */
const sv = (key: Parameters<typeof t>[0], params?: Record<string, string>) => t(key, params, "sv");

// The committee's number opens the line when there is one ("Nämndens punkt 7", "Nämndens § 12", as
// `committeeNumber` writes it); a note that merely starts with "Nämndens" is the secretary's.
const COMMITTEE_OPENINGS = ["punkt ", "§ "].map((number) => sv("core.minutes.committeeItem", { number }));
const FACT_OPENINGS = [
  ...COMMITTEE_OPENINGS,
  sv("word.minutes.dnr", { dnr: "" }),
  sv("word.minutes.mbl11"),
  sv("word.minutes.mbl19"),
];
const UNDERLAG = sv("word.minutes.underlag");
const isFactsLine = (line: string) => FACT_OPENINGS.some((opening) => line.startsWith(opening));
const isUnderlagLine = (line: string) => line.startsWith(UNDERLAG);

/**
 * How many of an agenda item's first lines the add-in wrote (`agendaItemBlock`): the heading, then the
 * dnr/MBL line and the underlag line where they follow in that order. Lines after them are the secretary's.
 */
export function writtenItemLines(lines: readonly string[]): number {
  let count = 1;
  if (lines[count] !== undefined && isFactsLine(lines[count]!)) count++;
  if (lines[count] !== undefined && isUnderlagLine(lines[count]!)) count++;
  return Math.min(count, lines.length);
}

/**
 * Where an item's number stands in the lines the add-in wrote: after the opening of the line under the heading
 * ("Nämndens punkt 10 a – …" gives "10 a – …"), in an older document at the start of the heading ("7. Budget").
 * `agendaOrder` reads the number from the start of what this returns.
 */
export function writtenItemNumber(lines: readonly string[]): string {
  const facts = lines[1] ?? "";
  const opening = COMMITTEE_OPENINGS.find((start) => facts.startsWith(start));
  return opening ? facts.slice(opening.length) : (lines[0] ?? "");
}

/** Is this a line of the kind the add-in writes under an item's heading (dnr/MBL, underlag)? */
export const isItemDetailLine = (line: string) => isFactsLine(line) || isUnderlagLine(line);
