import type { IsoDate } from "../model/meeting";
import { dayOfWeek, MONTHS, WEEKDAYS, ymd } from "./calendar";

export interface SwedishDateStyle {
  /** "måndagen den 13 februari 2024" instead of "13 februari 2024". */
  weekday?: boolean;
  /** Leave out the year ("fredagen den 16 februari"), as minutes do for a date in the same year. */
  year?: boolean;
}

/** Weekday name in lower case, e.g. "måndag". */
export function weekdayName(iso: IsoDate): string {
  return WEEKDAYS[dayOfWeek(iso)] as string;
}

/** The definite form the minutes use before a date: "måndagen", "fredagen". */
function weekdayDefinite(name: string): string {
  return `${name}en`;
}

/** ISO date to Swedish running text: "13 februari 2024", "måndagen den 13 februari 2024". */
export function formatSwedishDate(iso: IsoDate, style: SwedishDateStyle = {}): string {
  const { year, month, day } = ymd(iso);
  const date = `${day} ${MONTHS[month - 1]}${style.year === false ? "" : ` ${year}`}`;
  return style.weekday ? `${weekdayDefinite(weekdayName(iso))} den ${date}` : date;
}

/**
 * Does a weekday as written ("fredagen", "Fredag", "fre") name the weekday of this date? Used to catch
 * "torsdagen den 15 januari" when the 15th is a Monday. An unknown name never matches.
 */
export function weekdayMatches(written: string, iso: IsoDate): boolean {
  const index = weekdayIndex(written);
  return index !== null && index === dayOfWeek(iso);
}

/** 0 = Sunday … 6 = Saturday for a weekday name in any of its forms, or null. */
export function weekdayIndex(written: string): number | null {
  const word = written.trim().toLocaleLowerCase("sv").replace(/\.$/, "");
  if (word.length < 3) return null;
  const index = WEEKDAYS.findIndex(
    (name) => word === name || word === weekdayDefinite(name) || (word.length === 3 && name.startsWith(word)),
  );
  return index === -1 ? null : index;
}
