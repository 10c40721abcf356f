import { formatSwedishDate } from "../dates/format";
import type { Meeting } from "../model/meeting";
import { flattenSections } from "./registry";
import type { Template } from "./types";

/** A day near the meeting as the minutes announce it: weekday, and the year only when it is another one. */
const dayNearMeeting = (date: string, meeting: Meeting) =>
  formatSwedishDate(date, { weekday: true, year: date.slice(0, 4) !== meeting.date?.slice(0, 4) });

/**
 * The `{placeholders}` a template text may hold, each read from the meeting. A placeholder whose value the
 * meeting does not have yet stays as written, so the secretary sees in the draft what is left to fill in.
 */
export const PLACEHOLDERS: Record<string, (meeting: Meeting) => string | undefined> = {
  /** "13 februari 2024" */
  datum: (m) => (m.date ? formatSwedishDate(m.date) : undefined),
  /** "tisdagen den 13 februari 2024" */
  veckodag: (m) => (m.date ? formatSwedishDate(m.date, { weekday: true }) : undefined),
  år: (m) => m.date?.slice(0, 4),
  tid: (m) => m.time,
  plats: (m) => m.place,
  /** The protocol number as written, e.g. "4/2019". */
  nr: (m) => m.protocolNumber,
  förvaltning: (m) => m.forvaltning,
  nämnd: (m) => m.committee,
  grupp: (m) => m.groupName,
  ordförande: (m) => m.chair?.name,
  sekreterare: (m) => m.secretary?.name,
  /** "fredagen den 16 februari", as the minutes announce the justering. */
  justeringsdag: (m) => (m.justeringDate ? dayNearMeeting(m.justeringDate, m) : undefined),
  /** "torsdagen den 15 februari kl. 13:00": the last moment to send comments on the draft before justering. */
  synpunkter_senast: (m) => {
    if (!m.commentsDueDate) return undefined;
    const day = dayNearMeeting(m.commentsDueDate, m);
    return m.commentsDueTime ? `${day} kl. ${m.commentsDueTime}` : day;
  },
  /** MBL negotiations: "enighet" or "oenighet". */
  utfall: (m) => m.negotiation?.result,
  /** MBL negotiations: the day the negotiation was declared ended, "15 februari 2024". */
  avslutad: (m) => (m.negotiation?.endedOn ? formatSwedishDate(m.negotiation.endedOn) : undefined),
};

const PATTERN = /\{([\p{L}_]+)\}/gu;

/** Replaces the known `{placeholders}` of a template text with the meeting's values. */
export function fillPlaceholders(text: string, meeting: Meeting): string {
  return text.replace(PATTERN, (whole, name: string) => {
    const value = Object.hasOwn(PLACEHOLDERS, name) ? PLACEHOLDERS[name]?.(meeting) : undefined;
    return value === undefined || value === "" ? whole : value;
  });
}

/**
 * A template text cut at its known placeholders: plain parts, and each placeholder with its value from the
 * meeting, or as written ("{justeringsdag}") while the meeting has none. The document keeps each as a field
 * the add-in can fill in later.
 */
export function placeholderParts(text: string, meeting: Meeting): { text: string; field?: string }[] {
  const parts: { text: string; field?: string }[] = [];
  let at = 0;
  for (const match of text.matchAll(PATTERN)) {
    const name = match[1] as string;
    if (!Object.hasOwn(PLACEHOLDERS, name)) continue;
    if (match.index > at) parts.push({ text: text.slice(at, match.index) });
    parts.push({ text: fillPlaceholders(match[0], meeting), field: name });
    at = match.index + match[0].length;
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at) });
  return parts;
}

/** Placeholder names in a text that no meeting can fill (a typo in an imported template). */
export function unknownPlaceholders(text: string): string[] {
  return [...text.matchAll(PATTERN)]
    .map((match) => match[1] as string)
    .filter((name) => !Object.hasOwn(PLACEHOLDERS, name));
}

/**
 * A template text as the pane lists it (section choices, insert targets): filled where the meeting knows the
 * value, else the placeholder's name in brackets ("Föredragningslistan (nämnd)"), never a raw "{nämnd}".
 */
export function displayText(text: string, meeting: Meeting): string {
  return fillPlaceholders(text, meeting).replace(PATTERN, (_whole, name: string) => `(${name})`);
}

/** The placeholder names a template's texts use (title, header lines, section titles and bodies). */
export function placeholdersOf(template: Template): Set<string> {
  const texts = [
    template.title,
    ...template.headerLines,
    ...flattenSections(template.sections).flatMap((section) => [section.title, section.body ?? ""]),
  ];
  return new Set(texts.flatMap((text) => [...text.matchAll(PATTERN)].map((match) => match[1] as string)));
}
