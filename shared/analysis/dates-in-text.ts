import { ymd } from "../dates/calendar";
import { weekdayIndex } from "../dates/format";
import { parseSwedishDateParts } from "../dates/parse";
import type { IsoDate } from "../model/meeting";
import { matchesOf } from "./matches";
import { splitSentences } from "./sentences";
import type { DateRole } from "./types";

/** A date as written in running text, before its year (when left out) is known. */
export interface WrittenDate {
  text: string;
  index: number;
}

const WEEKDAY = "(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?";
const MONTH = "(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)";
const DATE_SOURCE = `(?<![@W@])(?:(?:${WEEKDAY}\\s+)?(?:den\\s+)?\\d{1,2}(?::[ae])?\\s+${MONTH}(?:\\s+\\d{4})?|\\d{4}-\\d{2}-\\d{2})(?![@W@])`;
// Run on the lower-cased text without the Unicode flag (much faster); Unicode only when lower-casing
// changes the length.
const DATE_PATTERN = new RegExp(DATE_SOURCE.replaceAll("@W@", "a-z0-9\\u00df-\\u024f"), "g");
const DATE_PATTERN_UNICODE = new RegExp(DATE_SOURCE.replaceAll("@W@", "\\p{L}\\p{N}"), "giu");
// Every date written holds a month's name or an ISO date: a text without either is not read sentence by sentence.
const MAY_HOLD_DATE = new RegExp(`\\d{4}-\\d{2}-\\d{2}|${MONTH}`);

const MAY_HOLD_DATE_ANY_CASE = new RegExp(MAY_HOLD_DATE.source, "i");
const FIGURE = /\d/;
/** "İ", whose lower case is two characters; the Kelvin sign, whose lower case is the letter k. */
const DOTTED_I = "\u0130";
const KELVIN = "\u212a";

/**
 * Whether a text may hold a date at all (most paragraphs do not), as the test on its lower case (where dates are
 * found) says, without lower-casing it: lower case makes an ASCII letter or changes the length only of "İ" and the
 * Kelvin sign, and the case-insensitive pattern without the Unicode flag matches the months' ASCII letters in
 * either case and nothing else.
 */
export function mayHoldDate(text: string): boolean {
  // Every date written has a figure: a text without one is not read further.
  if (!FIGURE.test(text)) return false;
  // Lower-casing changes the length: the dates are found by the Unicode pattern.
  if (text.includes(DOTTED_I)) return true;
  if (text.includes(KELVIN)) return MAY_HOLD_DATE.test(text.toLowerCase());
  return MAY_HOLD_DATE_ANY_CASE.test(text);
}

export function findWrittenDates(text: string): WrittenDate[] {
  const lower = text.toLowerCase();
  const sameLength = lower.length === text.length;
  return matchesOf(sameLength ? DATE_PATTERN : DATE_PATTERN_UNICODE, sameLength ? lower : text).map(
    (match) => {
      const index = match.index;
      return { text: text.slice(index, index + match[0].length), index };
    },
  );
}

function dayNumber(iso: IsoDate): number {
  const { year, month, day } = ymd(iso);
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/**
 * Resolves a written date. A date without a year ("fredagen den 16 februari") takes the year that puts it
 * nearest the reference date, so a justering in early January after a December meeting lands in the next year.
 */
export function resolveWrittenDate(
  written: string,
  reference: IsoDate | null,
): { date: IsoDate; yearWritten: boolean; weekday: number | null } | null {
  const withYear = parseSwedishDateParts(written);
  if (withYear) {
    return { date: withYear.iso, yearWritten: true, weekday: weekdayOf(withYear.weekday) };
  }
  if (!reference) return null;
  const year = ymd(reference).year;
  const referenceDay = dayNumber(reference);
  let best: { date: IsoDate; weekday: number | null } | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of [year - 1, year, year + 1]) {
    const parsed = parseSwedishDateParts(written, { referenceYear: candidate });
    if (!parsed) continue;
    // Each candidate's distance worked out once, not again for every later comparison.
    const distance = Math.abs(dayNumber(parsed.iso) - referenceDay);
    if (!best || distance < bestDistance) {
      best = { date: parsed.iso, weekday: weekdayOf(parsed.weekday) };
      bestDistance = distance;
    }
  }
  return best ? { ...best, yearWritten: false } : null;
}

function weekdayOf(written: string | null): number | null {
  return written ? weekdayIndex(written) : null;
}

/** A date's role in its sentence: a deadline ("senast …"), a justering date or other. */
function roleIn(sentence: string, index: number, aboutJustering: boolean): DateRole {
  const before = sentence.slice(Math.max(0, index - 40), index);
  return /\bsenast\b/i.test(before) ? "deadline" : aboutJustering ? "justering" : "other";
}

/**
 * The dates of a paragraph with their roles, each by its own sentence: a deadline ("senast …"), a justering
 * date (the sentence is about justering) or other. The paragraph is split into sentences only when it holds a
 * date (a month's name alone, "majoritet", does not).
 */
export function datesInParagraph(paragraph: string): (WrittenDate & { role: DateRole })[] {
  const dates = findWrittenDates(paragraph);
  if (dates.length === 0) return [];
  const sentences = splitSentences(paragraph);
  let s = 0;
  // Whether the sentence is about justering, asked once a sentence: a sentence of thousands of dates is read once.
  let aboutJustering = /\bjuster/i.test(sentences[0]!.text);
  return dates.map((date) => {
    while (s + 1 < sentences.length && sentences[s + 1]!.start <= date.index) {
      s++;
      aboutJustering = /\bjuster/i.test(sentences[s]!.text);
    }
    const sentence = sentences[s]!;
    const role = roleIn(sentence.text, date.index - sentence.start, aboutJustering);
    return { text: date.text, index: date.index, role };
  });
}
