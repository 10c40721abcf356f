import type { Meeting, MeetingType } from "../../../shared/model/meeting";
import type { DocumentIdentity } from "../../word/ops";
import { readStored, removeStored, writeStored } from "../storage";

/**
 * What the Möte form keeps outside the document: an autosaved draft per document (nothing typed is lost
 * before it is saved to the document, and a draft is offered only in the document it was typed for) and the
 * last saved meeting of each group, whose roster the next meeting reuses.
 */
const DRAFT_KEY = "draft.";
const DRAFTS_KEY = "drafts";
// Before drafts were keyed to a document: one draft for every document, which is how one leaked into another.
const UNKEYED_DRAFT_KEY = "draft";
const MAX_DRAFTS = 20;
const LAST_KEY = "last.";

export function emptyMeeting(today: string, type: MeetingType = "fsg-vsg"): Meeting {
  return { type, date: today, roster: { employer: [], unions: [], absent: [] }, justerare: [] };
}

/** Today as an ISO date in the user's own time zone (a meeting at 00:30 is on the local date). */
export function localToday(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** none: nothing unsaved; kept: unsaved edits safe in the pane's storage; failed: storage refused them. */
export type DraftState = "none" | "kept" | "failed";

interface StoredDraft {
  meeting: Meeting;
  /** The document's address when the draft was typed, where Word had one. */
  url?: string;
}

/**
 * The unsaved draft of this document, or null. A draft typed at another address (a copy of the document,
 * which keeps its id) is not offered here.
 */
export function loadDraft(document: DocumentIdentity): Meeting | null {
  removeStored(UNKEYED_DRAFT_KEY);
  const stored = readStored<StoredDraft>(DRAFT_KEY + document.id);
  if (!stored?.meeting) return null;
  if (stored.url && document.url && stored.url !== document.url) return null;
  return stored.meeting;
}

/** Keeps the draft of this document; the drafts of the least recently edited documents beyond 20 go. */
export function saveDraft(document: DocumentIdentity, meeting: Meeting): boolean {
  const draft: StoredDraft = { meeting, ...(document.url ? { url: document.url } : {}) };
  if (!writeStored(DRAFT_KEY + document.id, draft)) return false;
  const ids = [document.id, ...(readStored<string[]>(DRAFTS_KEY) ?? []).filter((id) => id !== document.id)];
  for (const id of ids.slice(MAX_DRAFTS)) removeStored(DRAFT_KEY + id);
  writeStored(DRAFTS_KEY, ids.slice(0, MAX_DRAFTS));
  return true;
}

export function clearDraft(document: DocumentIdentity): void {
  removeStored(DRAFT_KEY + document.id);
  writeStored(
    DRAFTS_KEY,
    (readStored<string[]>(DRAFTS_KEY) ?? []).filter((id) => id !== document.id),
  );
}

/** A group is its meeting type plus its own name (or administration): two FSGs keep separate rosters. */
export function groupKey(meeting: Pick<Meeting, "type" | "groupName" | "forvaltning">): string {
  const name = (meeting.groupName || meeting.forvaltning || "").trim().toLocaleLowerCase("sv");
  return `${meeting.type}|${name}`;
}

/** The last meeting of this group, else (group name not typed yet) the last one of the same type. */
export function loadLastMeeting(meeting: Meeting): Meeting | null {
  return readStored<Meeting>(LAST_KEY + groupKey(meeting)) ?? readStored<Meeting>(LAST_KEY + meeting.type);
}

export function saveLastMeeting(meeting: Meeting): boolean {
  return writeStored(LAST_KEY + groupKey(meeting), meeting) && writeStored(LAST_KEY + meeting.type, meeting);
}

/**
 * The standing group carried into this meeting: the people (roster, chair, secretary) and the standing facts
 * (place, administration, group, committee). What belongs to one meeting only stays as it is: date, time,
 * protocol number, negotiation outcome, and who sent apologies and who approves the minutes this time.
 */
export function reuseFromLast(current: Meeting, last: Meeting): Meeting {
  return {
    ...current,
    place: current.place || last.place,
    forvaltning: current.forvaltning || last.forvaltning,
    groupName: current.groupName || last.groupName,
    committee: current.committee || last.committee,
    chair: last.chair,
    secretary: last.secretary,
    roster: { ...structuredClone(last.roster), absent: current.roster.absent },
  };
}
