import {
  type ClipEnvelope,
  ENVELOPE_KIND,
  ENVELOPE_VERSION,
  LIMITS,
  newClipId,
} from "../../shared/clip/envelope";
import { oneLine } from "../../shared/clip/text";
import { normaliseHref, pageAddress } from "../../shared/clip/urls";
import type { Agenda, AgendaItem, AgendaLink } from "../../shared/model/meeting";

/** Where a clip came from: the page, or a document opened from disk (no address; its file name as title). */
export interface ClipSource {
  url: string | null;
  title: string;
}

const clamp = (text: string, max: number) => {
  const clean = oneLine(text).replace(/\s+/g, " ").trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
};

const clampOrNull = (text: string | null, max: number) => {
  if (text === null) return null;
  const clean = clamp(text, max);
  return clean || null;
};

/** The item's web links as the envelope stores them (normalised http(s)), at most the envelope's number. */
function cleanLinks(links: readonly AgendaLink[]): AgendaLink[] {
  return links
    .flatMap((link) => {
      const href = normaliseHref(link.href);
      return href ? [{ text: clamp(link.text, LIMITS.linkText), href }] : [];
    })
    .slice(0, LIMITS.links);
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
 * titles are shortened, control characters and non-http links dropped and addresses normalised here; what
 * still does not fit (no items) is left for the envelope's check to refuse with its Swedish reason.
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
    // A page address too long to keep loses its query, or is left out beside the page's title.
    source: { url: source.url && pageAddress(source.url).url, title: clamp(source.title, LIMITS.pageTitle) },
    agenda: {
      committee: clampOrNull(agenda.committee, LIMITS.committee),
      meetingDate:
        agenda.meetingDate && /^\d{4}-\d{2}-\d{2}$/.test(agenda.meetingDate) ? agenda.meetingDate : null,
      items: agenda.items.map(cleanItem).filter((item) => item.title.length > 0),
    },
  };
}
