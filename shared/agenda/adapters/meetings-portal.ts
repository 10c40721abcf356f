import type { Agenda, AgendaItem } from "../../model/meeting";
import { findDnr } from "../dnr";
import { linksIn, nodeText } from "../dom-text";
import { mblReference, takeMblMarker } from "../mbl";
import { findCommittee, findDate } from "../meta";
import { parseNumberOnly } from "../numbers";
import { trimSeparators } from "../text";
import type { SiteAdapter } from "./types";

/**
 * Meeting portals in the style of Meetings Plus: every item is a `.mp-agenda-item` box whose number,
 * title and dnr sit in adjacent inline elements that only CSS separates, so the generic extractor
 * would read "5Budget". Fixture: test/fixtures/agenda/portal-meetings.html.
 */
const textAt = (root: ParentNode, selector: string): string => {
  const element = root.querySelector(selector);
  return element ? nodeText(element) : "";
};

function itemOf(box: Element, base: string): AgendaItem | null {
  const rawTitle = textAt(box, ".mp-item-title");
  const marker = takeMblMarker(rawTitle);
  const titleDnr = findDnr(marker.title);
  const title = trimSeparators(titleDnr ? titleDnr.rest : marker.title);
  if (!title) return null;
  const numberText = textAt(box, ".mp-item-number");
  const group = box.closest(".mp-agenda-group")?.querySelector(".mp-group-title");
  return {
    number: parseNumberOnly(numberText) ?? (numberText || null),
    title,
    dnr: [findDnr(textAt(box, ".mp-item-dnr"))?.dnr ?? titleDnr?.dnr].filter((dnr) => dnr !== undefined),
    mbl: marker.mbl ?? (group ? mblReference(nodeText(group)) : null),
    procedural: false,
    links: Array.from(box.querySelectorAll(".mp-item-documents")).flatMap((list) => linksIn(list, base)),
  };
}

export const meetingsPortalAdapter: SiteAdapter = {
  id: "meetings-portal",
  matches: (doc) => doc.querySelector(".mp-agenda .mp-agenda-item") !== null,
  extract(doc, url): Agenda {
    const items = Array.from(doc.querySelectorAll(".mp-agenda-item"))
      .map((box) => itemOf(box, url))
      .filter((item): item is AgendaItem => item !== null);
    return {
      items,
      committee: findCommittee(textAt(doc, ".mp-committee")),
      meetingDate: findDate(textAt(doc, ".mp-meeting-date")),
    };
  },
};
