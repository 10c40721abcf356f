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

// Month names and their common abbreviations; the key is the first three letters.
const MONTH_BY_PREFIX: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  maj: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  okt: 10,
  nov: 11,
  dec: 12,
};

const NUMERIC_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/;
const WORDED_DATE =
  /(?<!\d)(\d{1,2})(?:e|:e)?\s+(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|okt|nov|dec)\.?\s+(\d{4})(?!\d)/i;

function isoIfValid(year: number, month: number, day: number): IsoDate | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!valid || year < 1900 || year > 2200) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The first valid date in `text` as an ISO date, or null. The earlier of the two forms wins. */
export function findDate(text: string): IsoDate | null {
  const numeric = NUMERIC_DATE.exec(text);
  const worded = WORDED_DATE.exec(text);
  const fromNumeric = numeric ? isoIfValid(Number(numeric[1]), Number(numeric[2]), Number(numeric[3])) : null;
  const month = worded ? MONTH_BY_PREFIX[worded[2]!.slice(0, 3).toLowerCase()] : undefined;
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
