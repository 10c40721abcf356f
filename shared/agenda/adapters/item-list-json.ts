import { LIMITS } from "../../clip/limits";
import type { Agenda, AgendaItem, IsoDate } from "../../model/meeting";
import { ownDnr, scanDnr } from "../dnr";
import { groupHeading, takeMblMarker } from "../mbl";
import { findCommittee, findDate } from "../meta";
import { withNotice } from "../notices";
import { isProcedural } from "../procedural";
import { cleanText } from "../text";
import { records, stringOf } from "./common";
import type { JsonAdapter } from "./types";

/**
 * A meeting portal's REST answer that lists agenda items as records (`/meetings/{id}/agendaitems`): no one
 * platform's, so fields are found by the names such APIs use, in English or Swedish ("title"/"rubrik",
 * "agendaNumber"/"nummer", "caseNumber"/"diarienummer", "category"/"grupp", and the meeting's "organ" and
 * "startsAt"). The array may be the answer itself or stand under "items", "agendaItems", "data" … A record
 * needs a title and a number or a case number to count; "sortOrder", "id" and "externalReference" (another
 * body's case) are never read as the item's.
 */
const TITLE = ["title", "rubrik", "heading", "subject", "arendemening", "arenderubrik", "name", "namn"];
const NUMBER = ["agendanumber", "itemnumber", "number", "nummer", "punkt", "paragraf", "paragraph"];
const DNR = ["casenumber", "caseno", "diarienummer", "diarienr", "dnr", "diarie", "registrationnumber"];
const GROUP = ["category", "group", "section", "kategori", "grupp", "avsnitt"];
const MEETING = ["meeting", "mote", "sammantrade"];
const BODY = ["organ", "committee", "body", "board", "namnd", "instans"];
const DATE = ["startsat", "start", "starttime", "meetingdate", "date", "datum", "motesdatum"];
const LISTS = ["items", "agendaitems", "agenda", "arenden", "data", "results", "value"];

/** "agendaNumber", "Ärendemening", "diarie_nr" → "agendanumber", "arendemening", "diarienr". */
const fieldForm = (name: string): string =>
  name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "");

/** The first field of `record` named as one of `names` (in their order). */
function field(record: Record<string, unknown>, names: readonly string[]): unknown {
  const byForm = new Map<string, unknown>();
  for (const [name, value] of Object.entries(record)) byForm.set(fieldForm(name), value);
  for (const name of names) if (byForm.has(name)) return byForm.get(name);
  return undefined;
}

/** A string field, a number written as text, or an object's "name"/"title" ({ "name": "Beslutsärenden" }). */
function textOf(value: unknown): string {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "object" && value !== null && !Array.isArray(value))
    return stringOf(field(value as Record<string, unknown>, ["name", "namn", "title", "rubrik"]));
  return stringOf(value);
}

const isItemRecord = (record: Record<string, unknown>): boolean =>
  textOf(field(record, TITLE)) !== "" &&
  (textOf(field(record, NUMBER)) !== "" || field(record, DNR) !== undefined);

function listOf(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return records(value);
  if (typeof value !== "object" || value === null) return [];
  return records(field(value as Record<string, unknown>, LISTS));
}

function itemOf(record: Record<string, unknown>): AgendaItem {
  const marker = takeMblMarker(textOf(field(record, TITLE)));
  const title = cleanText(marker.title);
  const group = groupHeading(textOf(field(record, GROUP)));
  return {
    number: textOf(field(record, NUMBER)) || null,
    title,
    dnr: ownDnr(scanDnr(textOf(field(record, DNR)), { column: true })),
    mbl: marker.mbl ?? group?.mbl ?? null,
    procedural: isProcedural(title),
    links: [],
  };
}

/** The meeting's facts: in each item's "meeting" object, or in the answer beside the list (or its "meeting"). */
function metaOf(value: unknown, first: Record<string, unknown> | undefined): Agenda {
  const top = typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
  const holders = [
    first ? field(first, MEETING) : undefined,
    field(top as Record<string, unknown>, MEETING),
    top,
  ].filter(
    (holder): holder is Record<string, unknown> =>
      typeof holder === "object" && holder !== null && !Array.isArray(holder),
  );
  let committee: string | null = null;
  let meetingDate: IsoDate | null = null;
  for (const holder of holders) {
    const body = textOf(field(holder, BODY));
    committee ??= body ? (findCommittee(body) ?? body) : null;
    meetingDate ??= findDate(textOf(field(holder, DATE)));
  }
  return { items: [], committee, meetingDate };
}

export const itemListJsonAdapter: JsonAdapter = {
  id: "agenda-item-list",
  platform: "REST",
  matches: (value) => listOf(value).slice(0, LIMITS.items).some(isItemRecord),
  extract(value): Agenda {
    const list = listOf(value).filter(isItemRecord);
    const agenda = { ...metaOf(value, list[0]), items: list.slice(0, LIMITS.items).map(itemOf) };
    if (list.length <= LIMITS.items) return agenda;
    return withNotice(agenda, {
      key: "agenda.notice.itemsCut",
      params: { found: list.length, kept: LIMITS.items },
    });
  },
};
