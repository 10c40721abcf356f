import {
  type ClipEnvelope,
  ENVELOPE_KIND,
  ENVELOPE_VERSION,
  LIMITS,
  newClipId,
} from "../../shared/clip/envelope";
import type { Agenda, AgendaItem, AgendaLink } from "../../shared/model/meeting";

/** Where a clip came from: the page, or a document opened from disk (no address; its file name as title). */
export interface ClipSource {
  url: string | null;
  title: string;
}

const clamp = (text: string, max: number) => {
  const clean = text.replace(/\s+/g, " ").trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
};

const clampOrNull = (text: string | null, max: number) => {
  if (text === null) return null;
  const clean = clamp(text, max);
  return clean || null;
};

function isHttp(href: string): boolean {
  try {
    return ["http:", "https:"].includes(new URL(href).protocol);
  } catch {
    return false;
  }
}

function cleanLinks(links: readonly AgendaLink[]): AgendaLink[] {
  return links
    .filter((link) => isHttp(link.href) && link.href.length <= LIMITS.url)
    .slice(0, LIMITS.links)
    .map((link) => ({ text: clamp(link.text, LIMITS.linkText), href: link.href }));
}

function cleanItem(item: AgendaItem): AgendaItem {
  return {
    number: clampOrNull(item.number, LIMITS.number),
    title: clamp(item.title, LIMITS.title),
    dnr: item.dnr.slice(0, LIMITS.dnrPerItem).map((dnr) => clamp(dnr, LIMITS.dnr)),
    mbl: item.mbl,
    procedural: item.procedural,
    links: cleanLinks(item.links),
  };
}

/**
 * Wraps chosen agenda items in a clip envelope. Page text is longer and looser than the schema allows, so
 * titles are shortened and non-http links dropped here; what still does not fit (no items, a file:// page)
 * is left for `validateEnvelope` to refuse with its Swedish reasons.
 */
export function envelopeFromAgenda(
  agenda: Pick<Agenda, "items" | "committee" | "meetingDate">,
  source: ClipSource,
  now: Date = new Date(),
  id: string = newClipId(),
): ClipEnvelope {
  return {
    kind: ENVELOPE_KIND,
    version: ENVELOPE_VERSION,
    id,
    createdAt: now.toISOString(),
    source: { url: source.url, title: clamp(source.title, LIMITS.pageTitle) },
    agenda: {
      committee: clampOrNull(agenda.committee, LIMITS.committee),
      meetingDate:
        agenda.meetingDate && /^\d{4}-\d{2}-\d{2}$/.test(agenda.meetingDate) ? agenda.meetingDate : null,
      items: agenda.items.map(cleanItem).filter((item) => item.title.length > 0),
    },
  };
}
