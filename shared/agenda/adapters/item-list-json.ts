import { LIMITS } from "../../clip/limits";
import type { Agenda, AgendaItem } from "../../model/meeting";
import { bestBy } from "../best";
import { type FoundDnr, scanDnr } from "../dnr";
import { chooseDnr } from "../dnr-choice";
import { isSentence } from "../line-kinds";
import { classOfCell, groupHeading, takeMblMarker } from "../mbl";
import { withNotice } from "../notices";
import { parseNumberOnly } from "../numbers";
import { isProcedural } from "../procedural";
import { withGroupedSubItems } from "../sub-item-groups";
import { cleanText, withoutMarkup } from "../text";
import { titleFieldLines, withoutInlineFacts } from "../title-facts";
import { committeeOf, fieldForm, isRecord, type JsonRecord, meetingDateOf, textOf } from "./json-values";
import type { JsonAdapter } from "./types";

/**
 * Any meeting portal's REST answer that lists agenda items as records, found by the values, not by the field
 * names a platform happens to use: the array (at any depth) of records that carry a short item number
 * ("4", "9 A"), a title-like text and, often, dnr. Which field is which is decided over the whole list: the
 * number field holds item numbers in most records (printed as text, with "9 A" suffixes, rather than a list
 * position or an id), the group field holds group headings ("Beslutsärenden"), the title field is the text
 * most records have, longest and most varied. Every other string field (or list of strings) of a record is
 * scanned for dnr; another body's case in a nested object ("referredBy": { … }) and attachments are not read,
 * and an unlabelled dnr of another form beside the agenda's own is left out as in text (`dnr-choice.ts`).
 * Committee and date come from the objects enclosing the list (`json-values.ts`). Field names only break
 * ties. Tried after the known platforms.
 */

// Names that break ties between fields whose values qualify alike.
const TITLE = new Set([
  "title",
  "rubrik",
  "heading",
  "subject",
  "arendemening",
  "arenderubrik",
  "name",
  "namn",
]);
const NUMBER = new Set(["agendanumber", "itemnumber", "number", "nummer", "punkt", "paragraf", "nr"]);
// A case-number field: a case word joined to a number word ("caseNumber", "errandNo", "diaryNumber",
// "arendenummer"), or a word that is itself the case number ("dnr", "diarienummer").
const DNR_NAME =
  /^(?:dnr|diarie(?:nr|nummer|number)?|(?:case|errand|arende|matter|diary|registration|registrerings)(?:number|nummer|nr|no))$/;
/** A field named for the case number, also as a list: "caseNumbers", "dnrList", "diarienummerLista". */
const isDnrField = (key: string): boolean => {
  const form = fieldForm(key);
  return DNR_NAME.test(form) || DNR_NAME.test(form.replace(/(?:lista|list|array|s)$/, ""));
};
// A list's order or a database key is never the printed item number.
const POSITION = /^(?:sort|position|pos|order|ordning|index|idx|id|seq|rank|rad)/;

/** How deep and how many JSON nodes are searched for the list, and how many records decide its fields. */
const MAX_DEPTH = 8;
const MAX_NODES = 50_000;
const SAMPLE = 300;

interface Fields {
  number: string | null;
  title: string;
  group: string | null;
  /** Fields whose values are dnr in many records: a bare "2024/202" there is a dnr, as in a dnr column. */
  dnrColumns: Set<string>;
  /** A field named for the case number holds one in some record: the list keeps its dnr there. */
  namedDnrUsed: boolean;
}

interface Found {
  list: JsonRecord[];
  /** The objects around the list, nearest first. */
  around: JsonRecord[];
  /** Lists of sections read as one: each record's section heading ("Beslutsärenden"). */
  groups?: string[];
}

const recordsIn = (value: unknown): JsonRecord[] | null => {
  if (!Array.isArray(value)) return null;
  const records = value.filter(isRecord);
  return records.length > 0 ? records : null;
};

/**
 * Sections that each hold a list of items under one field ("sektioner": [{ "rubrik": "Beslutsärenden",
 * "punkter": [ … ] }, …]): their lists joined in order (each record followed by its sub-records), each under
 * its section's heading, the field whose values are group headings in most sections.
 */
function joinedSections(sections: readonly JsonRecord[], around: JsonRecord[]): Found | null {
  const counts = new Map<string, number>();
  for (const section of sections.slice(0, SAMPLE))
    for (const key of Object.keys(section).slice(0, MAX_FIELDS))
      if (recordsIn(section[key])) counts.set(key, (counts.get(key) ?? 0) + 1);
  const field = [...counts].find(([, count]) => count >= 2)?.[0];
  if (field === undefined) return null;
  const holders = sections.filter((section) => recordsIn(section[field]));
  const heading = headingField(holders, field);
  const list: JsonRecord[] = [];
  const groups: string[] = [];
  // An item may stand between the sections, in the sections' own list and of their items' shape (the formal
  // points before the first heading and after the last): it is read in its place, under no heading.
  const sample = recordsIn(holders[0]?.[field])?.[0];
  for (const section of sections) {
    const records = recordsIn(section[field]);
    if (!records) {
      if (sample && sameShape(sample, section)) {
        list.push(section);
        groups.push("");
      }
      continue;
    }
    const title = heading === null ? "" : textOf(section[heading]);
    // A section's items may hold their own sub-items, as a list outside sections does.
    for (const record of withSubRecords(records) ?? records) {
      list.push(record);
      groups.push(title);
    }
  }
  return { list, around, groups };
}

function headingField(sections: readonly JsonRecord[], skip: string): string | null {
  const found = bestBy(keysOf(sections), (key) =>
    key === skip ? null : share(sections, (value) => groupHeading(textOf(value)) !== undefined, key),
  );
  return found?.best ?? null;
}

/** Lists keyed by their group heading ({ "Beslutsärenden": [ … ], "Informationsärenden": [ … ] }), joined. */
function joinedByHeading(record: JsonRecord, around: JsonRecord[]): Found | null {
  const keyed = Object.entries(record)
    .slice(0, MAX_FIELDS)
    .map(([key, value]) => [key, recordsIn(value)] as const)
    .filter((entry): entry is readonly [string, JsonRecord[]] => entry[1] !== null);
  if (keyed.length < 2 || !keyed.some(([key]) => groupHeading(key) !== undefined)) return null;
  return {
    list: keyed.flatMap(([, list]) => list),
    around,
    groups: keyed.flatMap(([key, list]) => list.map(() => key)),
  };
}

/**
 * Records naming their group by its id ("sectionId": 2) in a list of the groups beside them ("sections":
 * [{ "id": 2, "name": "Beslutsärenden" }]): each record's group heading, or undefined where none does.
 */
function referencedGroups(list: readonly JsonRecord[], around: readonly JsonRecord[]): string[] | undefined {
  for (const holder of around)
    for (const value of Object.values(holder).slice(0, MAX_FIELDS)) {
      const groups = recordsIn(value);
      if (!groups || groups.includes(list[0]!)) continue;
      const headings = new Map<string, string>();
      for (const group of groups.slice(0, SAMPLE)) {
        const texts = Object.values(group).slice(0, MAX_FIELDS).map(textOf);
        const heading = texts.find((text) => groupHeading(text) !== undefined);
        if (heading) for (const text of texts) if (text !== heading) headings.set(text, heading);
      }
      if (new Set(headings.values()).size < 2) continue;
      const key = keysOf(list.slice(0, SAMPLE)).find(
        (field) =>
          /(?:id|ref|key)$/.test(fieldForm(field)) &&
          fieldForm(field) !== "id" &&
          list.every((record) => headings.has(textOf(record[field]))),
      );
      if (key !== undefined) return list.map((record) => headings.get(textOf(record[key])) ?? "");
    }
  return undefined;
}

/** Whether most of `child`'s fields are fields of `parent` too: a sub-item, not a document or a person. */
function sameShape(parent: JsonRecord, child: JsonRecord): boolean {
  const keys = Object.keys(child).slice(0, MAX_FIELDS);
  return keys.length > 0 && keys.filter((key) => key in parent).length * 2 >= keys.length;
}

/**
 * Records that hold their sub-items in a list of records of their own shape ("children": [ … ]), each
 * followed by its sub-items, depth first; null where no record holds any. Bounded in depth and records.
 */
function withSubRecords(list: readonly JsonRecord[]): JsonRecord[] | null {
  const out: JsonRecord[] = [];
  let nested = false;
  const add = (records: readonly JsonRecord[], depth: number): void => {
    for (const record of records) {
      if (out.length >= MAX_NODES) return;
      out.push(record);
      if (depth >= MAX_DEPTH) continue;
      for (const value of Object.values(record).slice(0, MAX_FIELDS)) {
        const children = recordsIn(value);
        if (!children || !sameShape(record, children[0]!)) continue;
        nested = true;
        add(children, depth + 1);
      }
    }
  };
  add(list, 0);
  return nested ? out : null;
}

/** Every array of records in `value`, with the objects around it; bounded in depth and nodes. */
function recordLists(value: unknown): Found[] {
  const found: Found[] = [];
  let nodes = 0;
  const visit = (node: unknown, around: JsonRecord[], depth: number): void => {
    if (++nodes > MAX_NODES || depth > MAX_DEPTH) return;
    if (Array.isArray(node)) {
      const list = node.filter(isRecord);
      if (list.length > 0) found.push({ list, around });
      const tree = list.length > 0 ? withSubRecords(list) : null;
      if (tree) found.push({ list: tree, around });
      const sections = list.length > 1 ? joinedSections(list, around) : null;
      if (sections) found.push(sections);
      for (const entry of node.slice(0, SAMPLE)) visit(entry, around, depth + 1);
      return;
    }
    if (!isRecord(node)) return;
    const inside = [node, ...around];
    const keyed = joinedByHeading(node, inside);
    if (keyed) found.push(keyed);
    for (const child of Object.values(node)) visit(child, inside, depth + 1);
  };
  visit(value, [], 0);
  return found;
}

const share = (list: readonly JsonRecord[], test: (value: unknown) => boolean, key: string): number =>
  list.filter((record) => test(record[key])).length / list.length;

/** The fields of the sampled records, at most `MAX_FIELDS` (a record of thousands of keys is no agenda item). */
const MAX_FIELDS = 60;
const keysOf = (list: readonly JsonRecord[]): string[] =>
  [...new Set(list.flatMap((record) => Object.keys(record).slice(0, MAX_FIELDS)))].slice(0, MAX_FIELDS);

function numberField(sample: readonly JsonRecord[], keys: readonly string[]): string | null {
  const found = bestBy(keys, (key) => {
    if (POSITION.test(fieldForm(key))) return null;
    const numbered = share(sample, (value) => parseNumberOnly(textOf(value)) !== null, key);
    if (numbered < 0.6) return null;
    const printed = share(sample, (value) => typeof value === "string", key);
    const suffixed = sample.some((record) => /\D/.test(parseNumberOnly(textOf(record[key])) ?? "")) ? 1 : 0;
    return numbered + printed + suffixed + (NUMBER.has(fieldForm(key)) ? 0.5 : 0);
  });
  return found?.best ?? null;
}

function groupField(sample: readonly JsonRecord[], keys: readonly string[]): string | null {
  const found = bestBy(keys, (key) => {
    const values = sample.map((record) => textOf(record[key])).filter(Boolean);
    // A group's heading ("Beslutsärenden") or each record's own class word ("Beslutsärende", "Info").
    const headings = values.filter((text) => classOfCell(text) !== undefined).length;
    // Nearly all its values are headings; a title field has a "Meddelanden" among other titles.
    return headings >= values.length * 0.8 ? headings : null;
  });
  return found?.best ?? null;
}

/** A text that reads as a title: letters, not a dnr, a date, an address or a file name alone. */
function isTitleLike(value: unknown): boolean {
  const text = textOf(value);
  if (!/\p{L}{2}/u.test(text) || /^(?:https?:|\/|www\.)/i.test(text) || /\.[a-z]{2,4}$/i.test(text))
    return false;
  return (
    scanDnr(text, { column: true }).rest.replace(/[\s,;]/g, "") !== "" && !/^\d{4}-\d{2}-\d{2}/.test(text)
  );
}

function titleField(sample: readonly JsonRecord[], keys: readonly string[]): string | null {
  const found = bestBy(keys, (key) => {
    if (
      sample.some(
        (record) => record[key] !== undefined && record[key] !== null && typeof record[key] !== "string",
      )
    )
      return null;
    const present = share(sample, isTitleLike, key);
    if (present < 0.5) return null;
    const texts = sample.map((record) => textOf(record[key])).filter(Boolean);
    // One value in every record ("kind": "dnr") names the records' type, not each one's title.
    if (texts.length >= 3 && new Set(texts).size === 1) return null;
    const varied = new Set(texts).size / texts.length;
    const length = Math.min(texts.reduce((sum, text) => sum + text.length, 0) / texts.length / 40, 1);
    return present * 2 + varied + length + (TITLE.has(fieldForm(key)) ? 0.5 : 0);
  });
  return found?.best ?? null;
}

const wholeDnr = (value: unknown): boolean => {
  const text = textOf(value);
  if (text === "") return false;
  const scanned = scanDnr(text);
  return scanned.found.length > 0 && scanned.rest.replace(/[\s,;]/g, "") === "";
};

function fieldsOf(list: readonly JsonRecord[]): Fields | null {
  const sample = list.slice(0, SAMPLE);
  const keys = keysOf(sample);
  const number = numberField(sample, keys);
  const group = groupField(
    sample,
    keys.filter((key) => key !== number),
  );
  const title = titleField(
    sample,
    keys.filter((key) => key !== number && key !== group),
  );
  if (!title) return null;
  const dnrColumns = new Set(keys.filter((key) => isDnrField(key) || share(sample, wholeDnr, key) >= 1 / 3));
  const namedDnrUsed = keys.some(
    (key) =>
      isDnrField(key) &&
      sample.some((record) => scanDnr(textOf(record[key]), { column: true }).found.length > 0),
  );
  return { number, title, group, dnrColumns, namedDnrUsed };
}

// A field naming another body or the case a referral came from: its case numbers are not the item's (also a
// counterparty's, "motpartsDiarienr", "counterpartCaseNo", or any other's, "annanMyndighetDnr", "otherDnr").
const OTHER_CASE_FIELD =
  /parent|overordn|remi|referr|from|fran|sender|avsand|author|ursprung|origin|instans|extern|relat|motpart|counterpart|annan|other/;

/**
 * Every dnr in the record's own string fields and lists of strings, and the fields wholly a dnr of a list of
 * case records ("cases": [{ "caseNumber": "TN 2025/101" }]); not in other nested objects ("referredBy": {…}),
 * another body's records or attachments (a file name is more than a dnr).
 */
function dnrOf(record: JsonRecord, fields: Fields): FoundDnr[] {
  const found: FoundDnr[] = [];
  // Where the list keeps its case numbers in a field of their own, a dnr a record's description cites
  // ("Protokoll 2025-03-25 (dnr …) har justerats") is another case's.
  const ownField = fields.namedDnrUsed;
  for (const [key, value] of Object.entries(record)) {
    if (key === fields.number || key === fields.group || key === fields.title) continue;
    if (OTHER_CASE_FIELD.test(fieldForm(key))) continue;
    const column = fields.dnrColumns.has(key);
    if (ownField && !column && typeof value === "string" && isSentence(cleanText(value))) continue;
    const texts = Array.isArray(value) ? value.filter((entry) => typeof entry === "string") : [value];
    for (const text of texts)
      if (typeof text === "string") found.push(...scanDnr(cleanText(withoutMarkup(text)), { column }).found);
    // The record's case as an object of its own ("case": { "number": … }) or a list of case records.
    const caseLike = CASE_OBJECT.test(fieldForm(key));
    if (isRecord(value) && caseLike) found.push(...caseRecordDnr(value, caseLike));
    else if (Array.isArray(value))
      // A sub-item of the record's own shape carries its own dnr.
      for (const entry of value.slice(0, SAMPLE))
        if (isRecord(entry) && !sameShape(record, entry)) found.push(...caseRecordDnr(entry, caseLike));
  }
  return found;
}

// An object named for the case ("case", "arende", "errand", "caseInfo"): read as the record's case, its plain
// "number" the case number. Another object ("meeting", "otherBody", "file") is not.
const CASE_OBJECT = /^(?:case|arende|errand|diarie|diary|matter)/;
const NUMBER_FIELD = /^(?:number|nummer|nr|no)$/;

/** The dnr of a case object: fields wholly a dnr, and a field named for the case number, bare ones too. */
function caseRecordDnr(entry: JsonRecord, caseLike: boolean): FoundDnr[] {
  const keys = Object.keys(entry).slice(0, MAX_FIELDS);
  if (keys.some((key) => OTHER_CASE_FIELD.test(fieldForm(key)))) return [];
  const named = (key: string) => isDnrField(key) || (caseLike && NUMBER_FIELD.test(fieldForm(key)));
  return keys
    .filter((key) => wholeDnr(entry[key]) || named(key))
    .flatMap((key) => scanDnr(cleanText(textOf(entry[key])), { column: true }).found);
}

/**
 * Records that carry their case as an object of its own ({ "punkt": "2", "arende": { "rubrik": …,
 * "diarienummer": … } }), where the record has no title of its own: that object's fields read as the
 * record's ("arende.rubrik"). Only an object most records carry, and not another body's.
 */
function withCaseFields(list: JsonRecord[]): JsonRecord[] {
  const sample = list.slice(0, SAMPLE);
  const nested = keysOf(sample).filter(
    (key) => !OTHER_CASE_FIELD.test(fieldForm(key)) && share(sample, isRecord, key) >= 0.8,
  );
  if (nested.length === 0) return list;
  return list.map((record) => {
    const flat: JsonRecord = { ...record };
    for (const key of nested) {
      const inner = record[key];
      if (isRecord(inner))
        for (const [field, value] of Object.entries(inner).slice(0, MAX_FIELDS))
          flat[`${key}.${field}`] = value;
    }
    return flat;
  });
}

/**
 * A record's printed number; a lone letter ("a", "b)") in the number field is a sub-item's, numbered under
 * the item before it ("10 a"), as a number cell's letter is.
 */
function numberOfRecord(text: string, before: string | null | undefined): string | null {
  const letter = /^([a-zA-Z])\)?$/.exec(text)?.[1];
  const parent = before ? /^(?:§ )?\d+/.exec(before)?.[0] : undefined;
  return letter && parent ? `${parent} ${letter}` : parseNumberOnly(text);
}

// A record's type naming it a heading ("Typ": "Rubrik", "kind": "section"), not an item.
const HEADING_TYPE = /^(?:rubrik|heading|header|section|sektion|avsnitt|grupp|group)$/i;

/**
 * A numbered record its own type names a heading, whose title is a group's ("3", "Ärenden för beslut",
 * "Rubrik"): the group of the records numbered under it ("3.1"), no item. "7 Anmälningsärenden" of type
 * "item" is an item, its sub-items under it.
 */
const declaredHeading = (record: JsonRecord, title: string): boolean =>
  groupHeading(title) !== undefined &&
  Object.values(record)
    .slice(0, MAX_FIELDS)
    .some((value) => typeof value === "string" && HEADING_TYPE.test(value.trim()));

interface Read {
  items: AgendaItem[];
  found: FoundDnr[][];
}

function readList(list: readonly JsonRecord[], fields: Fields, groups?: readonly string[]): Read {
  const items: AgendaItem[] = [];
  const found: FoundDnr[][] = [];
  // A heading record among the items ({ "typ": "rubrik", "text": "Beslutsärenden" }): the group of those after it.
  let heading: string | undefined;
  let headingNumber: string | null = null;
  const bare = new Set<number>();
  for (const [index, record] of list.entries()) {
    const dnr = dnrOf(record, fields);
    const number = fields.number ? numberOfRecord(textOf(record[fields.number]), items.at(-1)?.number) : null;
    const titleValue = record[fields.title];
    const marker = takeMblMarker(
      withoutInlineFacts(textOf(typeof titleValue === "string" ? titleFieldLines(titleValue) : titleValue)),
    );
    // A dnr written into the title ("Budget 2025, SN 2024/71") is the item's, not its wording.
    const inTitle = scanDnr(marker.title);
    const title = cleanText(inTitle.rest);
    dnr.push(...inTitle.found);
    const unmarked = number === null && dnr.length === 0;
    // Numbers under a heading's own ("3.1" after "3 Ärenden för beslut") end where a record is not under it.
    if (headingNumber !== null && !number?.startsWith(`${headingNumber}.`)) {
      heading = undefined;
      headingNumber = null;
    }
    const headingRecord =
      (unmarked && groupHeading(title) !== undefined) ||
      (number !== null && dnr.length === 0 && declaredHeading(record, title));
    if (headingRecord) heading = title;
    if (headingRecord && number !== null) {
      // Its group ends where its own numbers do, if the records after it are numbered under it; numbered on
      // ("1 Beslutsärenden", "2 …"), it lasts to the next heading.
      const next = fields.number ? parseNumberOnly(textOf(list[index + 1]?.[fields.number])) : null;
      headingNumber = next?.startsWith(`${number}.`) ? number : null;
      continue;
    }
    // A record without the group field (a sub-item in its parent's "subItems") is in the group before it.
    if (fields.group && fields.group in record) heading = textOf(record[fields.group]);
    // In a numbered list a record without number or dnr is no item, unless it is a formal point, which
    // carries neither ("Sammanträdets öppnande" before item 1).
    const formal = !headingRecord && isProcedural(title);
    if (title === "" || (unmarked && ((fields.number !== null && !formal) || headingRecord))) continue;
    if (unmarked) bare.add(items.length);
    const group = fields.group
      ? { mbl: classOfCell(heading ?? "") ?? null }
      : groupHeading(groups?.[index] ?? heading ?? "");
    items.push({
      number,
      title,
      dnr: [],
      mbl: marker.mbl ?? group?.mbl ?? null,
      procedural: isProcedural(title),
      links: [],
    });
    found.push(dnr);
  }
  // A titled record with neither number nor dnr is an item ("Val av justerare") where the list numbers nothing
  // and two or more of its records carry a dnr; else it is a document's, a person's or a heading's record,
  // unless it names a formal point ("Sammanträdets öppnande" before the numbered items), which has neither.
  if (bare.size === 0 || found.filter((dnr) => dnr.length > 0).length >= 2) return { items, found };
  const kept = (_: unknown, at: number) => !bare.has(at) || items[at]?.procedural === true;
  return { items: items.filter(kept), found: found.filter(kept) };
}

interface Best extends Found, Read {}

// `matches` and then `extract` ask for the same answer's list: search and read it once.
const bestOf = new WeakMap<object, Best | null>();

/** The list of the answer whose records read as the most agenda items. */
function bestList(value: unknown): Best | null {
  if (typeof value !== "object" || value === null) return null;
  const known = bestOf.get(value);
  if (known !== undefined) return known;
  const best = searchBestList(value);
  bestOf.set(value, best);
  return best;
}

function searchBestList(value: object): Best | null {
  let best: Best | null = null;
  for (const found of recordLists(value)) {
    const own = fieldsOf(found.list);
    const candidate = own ? found : { ...found, list: withCaseFields(found.list) };
    const fields = own ?? fieldsOf(candidate.list);
    if (!fields) continue;
    const groups = candidate.groups ?? referencedGroups(candidate.list, candidate.around);
    const read = readList(candidate.list, fields, groups);
    if (read.items.length > (best?.items.length ?? 0)) best = { ...candidate, ...read };
  }
  return best;
}

export const itemListJsonAdapter: JsonAdapter = {
  id: "agenda-item-list",
  platform: "REST",
  matches: (value) => bestList(value) !== null,
  extract(value): Agenda {
    const best = bestList(value);
    if (!best) return { items: [], committee: null, meetingDate: null };
    const dnr = chooseDnr(best.found);
    const items = withGroupedSubItems(best.items.map((item, index) => ({ ...item, dnr: dnr[index] ?? [] })));
    // The meeting's facts: in the objects around the list, or in an object each item carries.
    const holders = [...best.around, ...Object.values(best.list[0] ?? {}).filter(isRecord)];
    const agenda: Agenda = {
      items: items.slice(0, LIMITS.items),
      committee: committeeOf(holders),
      meetingDate: meetingDateOf(holders),
    };
    if (items.length <= LIMITS.items) return agenda;
    return withNotice(agenda, {
      key: "agenda.notice.itemsCut",
      params: { found: items.length, kept: LIMITS.items },
    });
  },
};
