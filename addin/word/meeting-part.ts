import type { Meeting } from "../../shared/model/meeting";
import { WordOpError } from "./errors";
import { requireWordApi } from "./requirements";

/** Meeting-level facts live in one CustomXmlPart in this namespace; version 1 of its format. */
export const MEETING_NAMESPACE = "urn:samverkansprotokoll:meeting:1";

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

/** The meeting as the part's XML: the model as JSON in one element, so the model can grow freely. */
export function meetingToXml(meeting: Meeting): string {
  return `<?xml version="1.0" encoding="UTF-8"?><meeting xmlns="${MEETING_NAMESPACE}"><json>${escapeXml(
    JSON.stringify(meeting),
  )}</json></meeting>`;
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

/** Two syncs: find the part, then read its XML. */
export async function readMeeting(): Promise<Meeting | null> {
  requireWordApi("1.4");
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

/** Two syncs: find the part, then replace its XML (or add it); strays from old copies are removed. */
export async function saveMeeting(meeting: Meeting): Promise<void> {
  requireWordApi("1.4");
  await Word.run(async (context) => {
    const xml = meetingToXml(meeting);
    const parts = context.document.customXmlParts.getByNamespace(MEETING_NAMESPACE);
    parts.load("id");
    await context.sync();
    const [part, ...strays] = parts.items;
    if (part) part.setXml(xml);
    else context.document.customXmlParts.add(xml);
    for (const stray of strays) stray.delete();
    await context.sync();
  });
}
