import type { IsoDate } from "../../model/meeting";
import { findCommittee, findDate } from "../meta";
import { withoutReferences } from "../text";
import { stringOf } from "./common";

/** Reading a portal's JSON by its values: field names in one form, texts of any value, the meeting's facts. */

export type JsonRecord = Record<string, unknown>;

/** A JSON object: no array, no null. */
export const isRecord = (value: unknown): value is JsonRecord =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** "agendaNumber", "Ärendemening", "diarie_nr" → "agendanumber", "arendemening", "diarienr". */
export const fieldForm = (name: string): string =>
  name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "");

const NAME_FIELDS = ["name", "namn", "title", "rubrik", "benamning", "label", "text"];

/** A string, a number written as text, or an object's name ({ "namn": "Beslutsärenden" }); else "". */
export function textOf(value: unknown): string {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (isRecord(value)) {
    const byForm = new Map(Object.entries(value).map(([key, entry]) => [fieldForm(key), entry]));
    for (const name of NAME_FIELDS)
      if (typeof byForm.get(name) === "string") return stringOf(byForm.get(name));
    return "";
  }
  return typeof value === "string" ? stringOf(withoutReferences(value)) : "";
}

interface Value {
  /** The field's name and, for a value of a nested object, its parent's ("previousmeeting date"). */
  path: string;
  text: string;
  nested: boolean;
}

/** How deep into an object's objects (not its arrays) the meeting's facts are looked for. */
const FACT_DEPTH = 3;

/** The string values of an object and of the objects inside it, nearest first within each field. */
function valuesOf(holder: JsonRecord, path = "", depth = 0, values: Value[] = []): Value[] {
  for (const [key, value] of Object.entries(holder)) {
    const at = path ? `${path} ${fieldForm(key)}` : fieldForm(key);
    if (typeof value === "string") values.push({ path: at, text: stringOf(value), nested: depth > 0 });
    // A time as a number (epoch milliseconds or seconds): read only where the field names a date.
    else if (typeof value === "number" && Number.isFinite(value))
      values.push({ path: at, text: String(value), nested: depth > 0 });
    else if (depth + 1 < FACT_DEPTH && isRecord(value)) valuesOf(value, at, depth + 1, values);
  }
  return values;
}

// A body named as the one above, or the one a case came from, is not the body that meets.
const OTHER_BODY_FIELD = /parent|overordn|remit|referr|from|sender|avsand|author/;
const BODY_FIELD = /organ|committee|body|board|namnd|forum|instans|styrelse/;

/** The body that meets: a value that is a committee's name, nearest object first, the list's parent first. */
export function committeeOf(holders: readonly JsonRecord[]): string | null {
  for (const holder of holders) {
    let best: string | null = null;
    let bestScore = 0;
    for (const { path, text, nested } of valuesOf(holder)) {
      const name = findCommittee(text);
      if (!name) continue;
      let score = 2;
      if (text.length <= name.length + 2) score += 2;
      if (BODY_FIELD.test(path)) score += 1;
      if (OTHER_BODY_FIELD.test(path)) score -= 5;
      if (nested) score -= 0.5;
      if (score > bestScore) [best, bestScore] = [name, score];
    }
    if (best) return best;
  }
  return null;
}

// Dates that are not the meeting's: made, published, changed, checked, the meetings before and after.
const OTHER_DATE_FIELD =
  /creat|skapa|publi|generat|updat|andr|modif|juste|adjust|previous|next|foreg|nasta|deadline|sista|anslag|utskick|sent|skick|end|slut/;
const MEETING_DATE_FIELD = /start|datum|date|tid|time|meeting|sammantrade|mote|when/;
// A key or a number of the meeting ("meetingId"): no time, however many digits it has.
const KEY_FIELD = /(?:id|nr|no|number|nummer)$/;

// A date as programs write it: "/Date(1756807200000+0200)/" (.NET), epoch milliseconds or seconds, "20250902T1300".
const DOTNET_DATE = /^\/Date\((\d{9,15})(?:[+-]\d{4})?\)\/$/;
const EPOCH = /^\d{10}(?:\d{3})?$/;
const COMPACT_DATE = /^((?:19|20)\d{2})(\d{2})(\d{2})(?:T\d{4,6})?$/;
const SWEDISH_DAY = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Europe/Stockholm",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** A program's date in a field named for one: the day it is in Sweden. */
function programDate(text: string, dateField: boolean): IsoDate | null {
  const epoch = DOTNET_DATE.exec(text)?.[1] ?? (dateField && EPOCH.test(text) ? text : null);
  if (epoch) {
    const ms = epoch.length <= 10 ? Number(epoch) * 1000 : Number(epoch);
    const year = new Date(ms).getUTCFullYear();
    return year >= 2000 && year < 2100 ? findDate(SWEDISH_DAY.format(new Date(ms))) : null;
  }
  const compact = dateField ? COMPACT_DATE.exec(text) : null;
  return compact ? findDate(`${compact[1]}-${compact[2]}-${compact[3]}`) : null;
}

/** The meeting's date: the date value of the nearest object whose field says it is the meeting's. */
export function meetingDateOf(holders: readonly JsonRecord[]): IsoDate | null {
  for (const holder of holders) {
    let best: IsoDate | null = null;
    let bestScore = -1;
    for (const { path, text, nested } of valuesOf(holder)) {
      const date =
        findDate(text) ?? programDate(text, MEETING_DATE_FIELD.test(path) && !KEY_FIELD.test(path));
      if (!date || OTHER_DATE_FIELD.test(path)) continue;
      let score = 0;
      if (MEETING_DATE_FIELD.test(path)) score += 2;
      if (/\d[T ]\d{2}:\d{2}|kl\.?\s*\d/.test(text)) score += 1;
      if (nested) score -= 0.5;
      if (score > bestScore) [best, bestScore] = [date, score];
    }
    if (best) return best;
  }
  return null;
}
