import type { IsoDate } from "../model/meeting";
import { isValidYmd, MONTHS, toIso } from "./calendar";
import { weekdayIndex } from "./format";

export interface ParseDateOptions {
  /** Year for forms that leave it out ("fredagen den 16 februari", "25/1"); without it they give null. */
  referenceYear?: number;
}

export interface ParsedDate {
  iso: IsoDate;
  /** The weekday as written ("fredagen"), for checking it with `weekdayMatches`; null when none. */
  weekday: string | null;
}

const MONTH_WORD = "([a-zåäö]+)\\.?";
const CLOCK_SUFFIX = "(?:\\s+kl\\.?\\s*\\d{1,2}[:.]\\d{2})?";
const TEXTUAL = new RegExp(
  `^(?:(?!den\\s)([a-zåäö]+)\\s+)?(?:den\\s+)?(\\d{1,2})(?::[ae])?\\s+${MONTH_WORD}(?:\\s+(\\d{4}))?${CLOCK_SUFFIX}$`,
);
const ISO = new RegExp(`^(\\d{4})-(\\d{1,2})-(\\d{1,2})${CLOCK_SUFFIX}$`);
const COMPACT = /^(\d{2}|\d{4})(\d{2})(\d{2})$/;
const SLASHED = /^(\d{1,2})\/(\d{1,2})(?:[\s-]+(\d{2}|\d{4}))?$/;

function monthNumber(word: string): number | null {
  const full = MONTHS.indexOf(word as (typeof MONTHS)[number]);
  if (full !== -1) return full + 1;
  // Abbreviations as in tables and headers: "jan", "febr", "sept".
  if (word.length < 3) return null;
  const abbreviated = MONTHS.findIndex((name) => name.startsWith(word));
  return abbreviated === -1 ? null : abbreviated + 1;
}

/** Two-digit years in the minutes ("210301", "25/1-21") are this century. */
function fullYear(written: string): number {
  const year = Number(written);
  return written.length === 2 ? 2000 + year : year;
}

function result(year: number | undefined, month: number | null, day: number, weekday: string | null) {
  if (year === undefined || month === null || !isValidYmd(year, month, day)) return null;
  return { iso: toIso(year, month, day), weekday };
}

/**
 * Reads one date as Swedish minutes write it: "den 29 april 2019", "2023-09-25", "13 januari 2024",
 * "fredagen den 16 februari" (year from the options), "210301" (YYMMDD), "25/1", "den 6:e december 2019".
 * Returns null for anything else, including impossible dates; never throws.
 */
export function parseSwedishDateParts(text: string, options: ParseDateOptions = {}): ParsedDate | null {
  if (typeof text !== "string" || text.length > 100) return null;
  const input = text
    .normalize("NFC")
    .toLocaleLowerCase("sv")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.,;:]$/, "");
  const referenceYear = Number.isInteger(options.referenceYear) ? options.referenceYear : undefined;

  let match = ISO.exec(input);
  if (match) return result(Number(match[1]), Number(match[2]), Number(match[3]), null);

  match = COMPACT.exec(input);
  if (match) return result(fullYear(match[1] as string), Number(match[2]), Number(match[3]), null);

  match = SLASHED.exec(input);
  if (match) {
    const year = match[3] ? fullYear(match[3]) : referenceYear;
    return result(year, Number(match[2]), Number(match[1]), null);
  }

  match = TEXTUAL.exec(input);
  if (match) {
    const weekday = match[1] ?? null;
    if (weekday !== null && weekdayIndex(weekday) === null) return null;
    const year = match[4] ? Number(match[4]) : referenceYear;
    return result(year, monthNumber(match[3] as string), Number(match[2]), weekday);
  }
  return null;
}

/** As `parseSwedishDateParts`, the ISO date only. */
export function parseSwedishDate(text: string, options: ParseDateOptions = {}): IsoDate | null {
  return parseSwedishDateParts(text, options)?.iso ?? null;
}
