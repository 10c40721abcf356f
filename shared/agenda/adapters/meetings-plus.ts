import type { Agenda } from "../../model/meeting";
import {
  agendaOfElement,
  documentNotice,
  hasLogin,
  kallelseLink,
  kallelseName,
  lockedNotice,
  noticeOnly,
  pageTexts,
  urlParts,
} from "./common";
import type { SiteAdapter } from "./types";

/**
 * Formpipe Meetings Plus: `<tenant>.ondemand.formpipe.com` (or a municipality's own host) with committee
 * pages `/committees/<slug>` and meeting pages `/committees/<slug>/<meeting>` whose tabs "Kallelse" and
 * "Protokoll" list documents (`…/agenda/<file>pdf?downloadMode=open`, `…/protocol/…`) and a download-all
 * link `/api/v2.0/meetings/<id>/download/Agenda`. The agenda itself is the kallelse PDF: where the page
 * lists no items, the adapter points to that PDF, which the popup fetches with the page's own origin.
 * Structure from public retrieval notes (Ragunda, Tranås) and scrapers; see test cases beside this file.
 */
const PLATFORM = "Meetings Plus";

function isMeetingsPlus(doc: Document, url: string): boolean {
  const { host, path } = urlParts(url);
  if (host.endsWith(".ondemand.formpipe.com")) return true;
  const fingerprint =
    doc.querySelector("a[href*='/api/v2.0/meetings/'], a[href*='downloadMode='], #meetingAgendaContent") !==
    null;
  return (
    fingerprint && (/^\/committees\//.test(path) || /meetings\s*plus/i.test(doc.body?.textContent ?? ""))
  );
}

export const meetingsPlusAdapter: SiteAdapter = {
  id: "meetings-plus",
  platform: PLATFORM,
  matches: isMeetingsPlus,
  extract(doc, url): Agenda {
    const meta = pageTexts(doc, "h1, .meeting-title, .meeting-details, dl, .breadcrumb [aria-current]");
    if (hasLogin(doc)) return noticeOnly(lockedNotice(PLATFORM), meta);
    const panel = doc.querySelector("#meetingAgendaContent, [role='tabpanel'][aria-labelledby*='agenda' i]");
    const listed = panel ? agendaOfElement(panel, url, meta) : null;
    if (listed && listed.items.length > 0) return listed;
    const links = Array.from(
      (panel ?? doc).querySelectorAll("a[href*='/agenda/'], a[href*='/download/Agenda']"),
    );
    const kallelse = kallelseLink(links, url);
    return kallelse
      ? noticeOnly(documentNotice(PLATFORM, kallelseName(kallelse)), meta)
      : { items: [], committee: null, meetingDate: null };
  },
};
