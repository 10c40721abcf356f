import { type FoundDnr, scanDnr, withoutTrailingLabel } from "./dnr";
import { roleOfHeader } from "./line-kinds";

/**
 * A table copied out of a PDF as single-spaced lines: "Ärende Dnr Föredragande" heads rows such as
 * "3 Taxa 2025 003 – 498 / 24 Jonas Malm", where no gap shows where a column ends. The header says a dnr
 * column stands after the title and, maybe, further columns after it (presenter, time). In a row, the dnr
 * column is the last run of dnr on the line: a number earlier on ("Vinterväghållning 2024/2025 – …") is
 * part of the title, and what follows the run belongs to the later columns.
 */
export interface FlatHeader {
  /** Columns (presenter, documents) follow the dnr column. */
  moreAfterDnr: boolean;
}

/** The header of a flattened table: every word a column name, one of them the dnr column. */
export function flatHeader(text: string): FlatHeader | null {
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 8) return null;
  const roles = words.map(roleOfHeader);
  if (roles.some((role) => role === null)) return null;
  const dnr = roles.indexOf("dnr");
  return dnr < 0 ? null : { moreAfterDnr: dnr < roles.length - 1 };
}

/**
 * A header run together with the first rows: "Nr Ärende Dnr Föredragande 1 Upprop 2 Val av justerare":
 * the header, and the rest of the line from the first item number on. Null for any other line.
 */
export function flatHeaderBeforeItems(text: string): { header: FlatHeader; rest: string } | null {
  const words = text.split(/\s+/, 9);
  let count = 0;
  while (count < words.length && count < 8 && roleOfHeader(words[count] ?? "") !== null) count++;
  const next = words[count] ?? "";
  if (count < 2 || !/^\d{1,3}[.)]?$/.test(next)) return null;
  const header = flatHeader(words.slice(0, count).join(" "));
  if (!header) return null;
  const at = text.indexOf(next, words.slice(0, count).join(" ").length);
  return { header, rest: text.slice(at) };
}

// What may stand between two dnr of one run: "003 – 145 / 23 003 – 146 / 23", "A, B", "A och B".
const BETWEEN = /^\s*(?:,|;|och|samt)?\s*$/u;

export interface FlatRow {
  /** The text before the dnr column: the title (and the number, on an item's line). */
  before: string;
  /** The dnr column's numbers, read as a dnr column reads them (bare forms count). */
  dnr: FoundDnr[];
  /** The text after the dnr column: the later columns, or the title's end when none follow. */
  after: string;
}

/** A row of a flattened table split at its last run of dnr, or null when it holds none. */
export function splitFlatRow(text: string): FlatRow | null {
  const found = scanDnr(text, { column: true }).found.filter((dnr) => !dnr.foreign);
  const last = found.at(-1);
  if (!last) return null;
  let first = found.length - 1;
  while (first > 0 && BETWEEN.test(text.slice(found[first - 1]!.end, found[first]!.start))) first--;
  const run = found.slice(first);
  return {
    before: withoutTrailingLabel(text.slice(0, run[0]!.start)),
    dnr: run,
    after: text.slice(last.end).trim(),
  };
}

/** How many lines under a header are read for the later columns' values, and how many values are kept. */
const LATER_LINES = 400;
const LATER_VALUES = 50;

/**
 * What the later columns (presenter, time) hold on the rows that have a dnr to split at: the same value
 * at the end of a row without a dnr ("3 Information om tillsynen Miljöchef Karin Holm") is that column's.
 */
export function laterValues(texts: readonly string[]): string[] {
  const values = new Set<string>();
  for (const text of texts.slice(0, LATER_LINES)) {
    const after = splitFlatRow(text)?.after ?? "";
    if (/^\p{Lu}/u.test(after) && after.split(/\s+/).length <= 6) values.add(after);
    if (values.size >= LATER_VALUES) break;
  }
  return [...values];
}

/** A title without a later column's value seen on other rows at its end. */
export function withoutLaterValue(title: string, values: readonly string[]): string {
  const value = values.find((entry) => title.length > entry.length + 3 && title.endsWith(` ${entry}`));
  return value ? title.slice(0, -value.length).trim() : title;
}

// A wrapped row's next line: the title's rest, then the later cell's rest, a name of two or more
// capitalised words ("ungdomsföreningar Lars Öhman").
const WRAPPED_LATER = /^(.*\p{Ll}[^\s]*)\s+(\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)+)$/u;

/** The title's part of a line that continues a row whose later column had text too. */
export function titleRestOf(line: string): string {
  if (line.length > 200) return line;
  return WRAPPED_LATER.exec(line)?.[1] ?? line;
}
