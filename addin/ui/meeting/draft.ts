import type { Meeting, MeetingType } from "../../../shared/model/meeting";
import { readStored, removeStored, writeStored } from "../storage";

/**
 * What the Möte form keeps outside the document: an autosaved draft (nothing typed is lost before it is
 * saved to the document) and the last saved meeting of each group, whose roster the next meeting reuses.
 */
const DRAFT_KEY = "draft";
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

export const loadDraft = () => readStored<Meeting>(DRAFT_KEY);
export const saveDraft = (meeting: Meeting) => writeStored(DRAFT_KEY, meeting);
export const clearDraft = () => removeStored(DRAFT_KEY);

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
