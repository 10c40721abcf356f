import type { IsoDate } from "../model/meeting";
import { addDays, dayOfWeek, toIso } from "./calendar";

/**
 * Swedish public holidays (lag 1989:253 om allmänna helgdagar) plus the eves that lag 1930:173 om
 * beräkning av lagstadgad tid treats like holidays when a time limit ends: midsommarafton, julafton and
 * nyårsafton. Påskafton and pingstafton always fall on a Saturday, so they need no entry.
 */
export interface Holiday {
  date: IsoDate;
  name: string;
}

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return toIso(year, month, day);
}

/** The first date on or after `from` that falls on `weekday` (0 = Sunday … 6 = Saturday). */
function firstWeekdayFrom(from: IsoDate, weekday: number): IsoDate {
  return addDays(from, (weekday - dayOfWeek(from) + 7) % 7);
}

const cache = new Map<number, Holiday[]>();

export function swedishHolidays(year: number): Holiday[] {
  const cached = cache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const midsommardagen = firstWeekdayFrom(toIso(year, 6, 20), 6);
  const holidays: Holiday[] = [
    { date: toIso(year, 1, 1), name: "nyårsdagen" },
    { date: toIso(year, 1, 6), name: "trettondedag jul" },
    { date: addDays(easter, -2), name: "långfredagen" },
    { date: easter, name: "påskdagen" },
    { date: addDays(easter, 1), name: "annandag påsk" },
    { date: toIso(year, 5, 1), name: "första maj" },
    { date: addDays(easter, 39), name: "Kristi himmelsfärdsdag" },
    { date: addDays(easter, 49), name: "pingstdagen" },
    { date: toIso(year, 6, 6), name: "Sveriges nationaldag" },
    { date: addDays(midsommardagen, -1), name: "midsommarafton" },
    { date: midsommardagen, name: "midsommardagen" },
    { date: firstWeekdayFrom(toIso(year, 10, 31), 6), name: "alla helgons dag" },
    { date: toIso(year, 12, 24), name: "julafton" },
    { date: toIso(year, 12, 25), name: "juldagen" },
    { date: toIso(year, 12, 26), name: "annandag jul" },
    { date: toIso(year, 12, 31), name: "nyårsafton" },
  ].sort((x, y) => x.date.localeCompare(y.date));
  cache.set(year, holidays);
  return holidays;
}

export function holidayName(iso: IsoDate): string | null {
  return swedishHolidays(Number(iso.slice(0, 4))).find((holiday) => holiday.date === iso)?.name ?? null;
}

/** Monday to Friday and not a holiday or one of the eves above. */
export function isWorkingDay(iso: IsoDate): boolean {
  const weekday = dayOfWeek(iso);
  return weekday !== 0 && weekday !== 6 && holidayName(iso) === null;
}

export function nextWorkingDayOnOrAfter(iso: IsoDate): IsoDate {
  let day = iso;
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}
