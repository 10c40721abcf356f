import { type FoundDnr, scanDnr } from "./dnr";
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
    before: text.slice(0, run[0]!.start).trim(),
    dnr: run,
    after: text.slice(last.end).trim(),
  };
}
