import { isValidYmd, MONTHS, toIso } from "../dates/calendar";
import type { IsoDate } from "../model/meeting";

/**
 * The committee and the meeting date as an agenda page or document shows them in its header:
 * "Socialnämnden", "Barn- och utbildningsnämnden", "Kommunstyrelsen" (also in the genitive); "Sammanträde 2024-02-20",
 * "tisdagen den 20 februari 2024", "20 feb. 2024".
 */
const COMMITTEE =
  /(?<![\p{L}-])(\p{Lu}[\p{Ll}]*(?:-\s(?:och|eller)\s\p{Ll}+)?(?:nämnd(?:en)?|styrelse(?:n)?|fullmäktige|utskott(?:et)?))s?(?![\p{L}])/u;

export function findCommittee(text: string): string | null {
  return COMMITTEE.exec(text)?.[1]?.trim() ?? null;
}

const NUMERIC_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/;
// A month written out or abbreviated as tables and headers do ("feb.", "sept").
const WORDED_DATE = new RegExp(
  `(?<!\\d)(\\d{1,2})(?:e|:e)?\\s+(${MONTHS.join("|")}|jan|feb|mar|apr|jun|jul|aug|sept?|okt|nov|dec)\\.?\\s+(\\d{4})(?!\\d)`,
  "i",
);

function isoIfValid(year: number, month: number, day: number): IsoDate | null {
  // Agendas are about meetings of this era; other years are numbers that only look like dates.
  if (year < 1900 || year > 2200 || !isValidYmd(year, month, day)) return null;
  return toIso(year, month, day);
}

const monthNumber = (word: string): number =>
  MONTHS.findIndex((name) => name.startsWith(word.toLowerCase().slice(0, 3))) + 1;

/** The first valid date in `text` as an ISO date, or null. The earlier of the two forms wins. */
export function findDate(text: string): IsoDate | null {
  const numeric = NUMERIC_DATE.exec(text);
  const worded = WORDED_DATE.exec(text);
  const fromNumeric = numeric ? isoIfValid(Number(numeric[1]), Number(numeric[2]), Number(numeric[3])) : null;
  const month = worded ? monthNumber(worded[2]!) : 0;
  const fromWorded = worded && month ? isoIfValid(Number(worded[3]), month, Number(worded[1])) : null;
  if (fromNumeric && fromWorded) return numeric!.index <= worded!.index ? fromNumeric : fromWorded;
  return fromNumeric ?? fromWorded;
}

/** Committee and date from the texts around the agenda, the header first. */
export function findMeta(texts: readonly string[]): {
  committee: string | null;
  meetingDate: IsoDate | null;
} {
  let committee: string | null = null;
  let meetingDate: IsoDate | null = null;
  for (const text of texts) {
    committee ??= findCommittee(text);
    meetingDate ??= findDate(text);
    if (committee && meetingDate) break;
  }
  return { committee, meetingDate };
}
