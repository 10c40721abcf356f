import { t } from "../i18n/i18n";

/**
 * The lines the add-in writes under an agenda item's heading (`agendaItemBlock` in `content.ts`), recognised
 * again in the document. Kept apart from the builders so marking, which only reads them, loads little.
 */
const sv = (key: Parameters<typeof t>[0], params?: Record<string, string>) => t(key, params, "sv");

const FACT_OPENINGS = [
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

/** Is this a line of the kind the add-in writes under an item's heading (dnr/MBL, underlag)? */
export const isItemDetailLine = (line: string) => isFactsLine(line) || isUnderlagLine(line);
