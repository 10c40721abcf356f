import { isJusterareList, JUSTERARE_FIELD, justerareField } from "../../shared/document/content";
import { allFieldTags, fieldValue } from "../../shared/document/fields";
import type { Meeting } from "../../shared/model/meeting";
import { WordOpError } from "./errors";
import type { MeetingStorage, SaveMeetingOptions, SaveMeetingResult } from "./ops";
import { supportsWordApi } from "./requirements";
import {
  loadRosterLists,
  loadUnfieldedRosters,
  writeRosterLists,
  writeUnfieldedRosters,
} from "./roster-list";
import { replaceContent } from "./write-blocks";
import { fieldsNamed, loadWrittenFields, mayRewrite, stampWritten } from "./written-fields";

/** Meeting-level facts live in one CustomXmlPart in this namespace; version 1 of its format. */
export const MEETING_NAMESPACE = "urn:samverkansprotokoll:meeting:1";
/** Without CustomXmlParts (WordApi 1.3) the same JSON is kept in the document's add-in settings. */
export const MEETING_SETTING = "samverkansprotokoll.meeting";

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(Number.parseInt(code, 16)))
    .replace(/&amp;/g, "&");

/**
 * The meeting as the part's XML: the model as JSON in one element, so the model can grow freely. An XML
 * fragment without a declaration: with `<?xml …?>` in front Word kept the old XML without an error
 * (office-js #1643).
 */
export function meetingToXml(meeting: Meeting): string {
  return `<meeting xmlns="${MEETING_NAMESPACE}"><json>${escapeXml(JSON.stringify(meeting))}</json></meeting>`;
}

function looksLikeMeeting(value: unknown): value is Meeting {
  if (typeof value !== "object" || value === null) return false;
  const m = value as Record<string, unknown>;
  const roster = m.roster as Record<string, unknown> | undefined;
  return (
    typeof m.type === "string" &&
    typeof m.date === "string" &&
    Array.isArray(m.justerare) &&
    typeof roster === "object" &&
    roster !== null &&
    Array.isArray(roster.employer) &&
    Array.isArray(roster.unions) &&
    Array.isArray(roster.absent)
  );
}

/** The meeting from the part's XML; Word may add a namespace prefix, so the element is matched loosely. */
export function meetingFromXml(xml: string): Meeting {
  const match = /<(?:[\w.-]+:)?json\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?json>/.exec(xml);
  let value: unknown;
  try {
    value = match ? JSON.parse(unescapeXml(match[1] ?? "")) : undefined;
  } catch {
    value = undefined;
  }
  if (!looksLikeMeeting(value)) throw new WordOpError("word.error.meetingUnreadable");
  return value;
}

export function meetingStorage(): MeetingStorage {
  return supportsWordApi("1.4") ? "customXmlPart" : "documentSettings";
}

/** With CustomXmlParts two syncs: find the part, then read its XML. In the settings, no sync. */
export async function readMeeting(): Promise<Meeting | null> {
  if (meetingStorage() === "documentSettings") {
    const stored: unknown = Office.context.document.settings.get(MEETING_SETTING);
    if (stored === null || stored === undefined) return null;
    if (!looksLikeMeeting(stored)) throw new WordOpError("word.error.meetingUnreadable");
    return stored;
  }
  return Word.run(async (context) => {
    const parts = context.document.customXmlParts.getByNamespace(MEETING_NAMESPACE);
    parts.load("id");
    await context.sync();
    const part = parts.items[0];
    if (!part) return null;
    const xml = part.getXml();
    await context.sync();
    return meetingFromXml(xml.value);
  });
}

function saveSettings(): Promise<boolean> {
  return new Promise((resolve) =>
    Office.context.document.settings.saveAsync((result) =>
      resolve(result.status === Office.AsyncResultStatus.Succeeded),
    ),
  );
}

/** Queues loading the document's fields of each placeholder the meeting has a value for. */
function loadFields(context: Word.RequestContext, meeting: Meeting) {
  return allFieldTags().flatMap(({ name, tag }) => {
    const value = fieldValue(name, meeting);
    if (value === undefined) return [];
    const controls = context.document.contentControls.getByTag(tag);
    controls.load("id");
    return [{ value, controls }];
  });
}

/**
 * Queues the document's placeholder fields from the meeting: each one it has a value for, drawn as a filled
 * field from then on.
 */
function writeFields(fields: ReturnType<typeof loadFields>): boolean {
  let wrote = false;
  for (const { value, controls } of fields) {
    for (const control of controls.items) {
      control.insertText(value, "Replace");
      control.appearance = "BoundingBox";
      wrote = true;
    }
  }
  return wrote;
}

/**
 * Queues each list of chosen justerare ("Till justerare valdes:") from the meeting where it holds what the
 * add-in wrote or nothing; returns whether it wrote and how many lists it kept because the secretary edited them.
 */
function writeJusterareLists(
  lists: Word.ContentControlCollection,
  meeting: Meeting,
): { wrote: boolean; kept: number } {
  let wrote = false;
  let kept = 0;
  for (const list of fieldsNamed(lists, JUSTERARE_FIELD)) {
    if (!mayRewrite(list, JUSTERARE_FIELD, isJusterareList)) {
      kept++;
      continue;
    }
    const field = justerareField(meeting);
    replaceContent(list, field.paragraphs);
    stampWritten(list, JUSTERARE_FIELD, field.fingerprint);
    wrote = true;
  }
  return { wrote, kept };
}

/**
 * Saves the meeting and writes each placeholder field, the list of chosen justerare and the roster's lines in
 * the document again from it (a field the meeting has no value for is left as the user left it; a list of
 * justerare or roster lines she edited are kept and counted in the result, roster lines rewritten only with
 * `replaceRoster`). Two syncs: find the part and the fields, then write them and read the part back in the
 * same batch; a third only in minutes created before the roster's lines had a field of their own, where an
 * empty place under the roster's heading (read in the second) gets them. Word has been seen to drop a part's
 * new XML without an error (office-js #1643, #5910), so a read-back that differs is reported, never passed
 * over.
 */
export async function saveMeeting(
  meeting: Meeting,
  options: SaveMeetingOptions = {},
): Promise<SaveMeetingResult> {
  const xml = meetingToXml(meeting);
  const inPart = meetingStorage() === "customXmlPart";
  const outcome = await Word.run(async (context): Promise<SaveMeetingResult> => {
    const fields = loadFields(context, meeting);
    const lists = loadWrittenFields(context, JUSTERARE_FIELD);
    const rosterLists = loadRosterLists(context);
    const parts = inPart ? context.document.customXmlParts.getByNamespace(MEETING_NAMESPACE) : null;
    parts?.load("id");
    await context.sync();
    const roster = writeRosterLists(rosterLists, meeting, options.replaceRoster === true);
    const justerare = writeJusterareLists(lists, meeting);
    const wroteFields = writeFields(fields) || justerare.wrote;
    const unfielded = loadUnfieldedRosters(rosterLists);
    let readBack: OfficeExtension.ClientResult<string> | null = null;
    if (parts) {
      const [existing, ...strays] = parts.items;
      const part = existing ?? context.document.customXmlParts.add(xml);
      if (existing) existing.setXml(xml);
      for (const stray of strays) stray.delete();
      readBack = part.getXml();
    }
    if (readBack || wroteFields || roster.wrote || unfielded.length > 0) await context.sync();
    if (readBack && readBack.value !== xml) throw new WordOpError("word.error.meetingNotSaved");
    const placed = writeUnfieldedRosters(unfielded, meeting);
    if (placed.wrote) await context.sync();
    return { rosterKept: roster.kept, rosterByHand: placed.byHand, justerareKept: justerare.kept };
  });
  if (inPart) return outcome;
  Office.context.document.settings.set(MEETING_SETTING, meeting);
  const saved = await saveSettings();
  const readBack: unknown = Office.context.document.settings.get(MEETING_SETTING);
  if (!saved || JSON.stringify(readBack) !== JSON.stringify(meeting)) {
    throw new WordOpError("word.error.meetingNotSaved");
  }
  return outcome;
}
