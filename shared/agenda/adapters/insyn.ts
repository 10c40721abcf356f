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
 * Insyn Sverige (Open24) and Stockholm's committee pages built on it: ASP.NET WebForms pages
 * (`insynsverige.se/<kommun>-<nämnd>/protokoll?date=…`) with the committee in
 * `#ctl00_ctrMain_lblCommitteeName`, the meeting in `…lblMeetingHeader`, a "Kallelse" tab listing each
 * item's title in an `h4`, its dnr as text and its PDF attachments (`/documentHandler.ashx?did=…`), and a
 * "Protokoll" tab with the minutes (hidden until chosen). Structure from public retrieval notes (Tyresö,
 * Stockholms stad); see the test cases beside this file.
 */
const PLATFORM = "Insyn Sverige";

export const insynAdapter: SiteAdapter = {
  id: "insyn-sverige",
  platform: PLATFORM,
  matches: (doc, url) =>
    /(?:^|\.)insynsverige\.se$|^insyn\./.test(urlParts(url).host) ||
    doc.querySelector("[id^='ctl00_ctrMain_'] .agendaitem, #ctl00_ctrMain_pnlKallelse") !== null,
  extract(doc, url): Agenda {
    const meta = pageTexts(doc, "[id$='lblCommitteeName'], [id$='lblMeetingHeader'], [id$='pnlMeetingInfo']");
    if (hasLogin(doc)) return noticeOnly(lockedNotice(PLATFORM), meta);
    // Only the kallelse tab: the protocol tab repeats the items as §§ with decisions.
    const panel = doc.querySelector("[id$='pnlKallelse']") ?? doc.body ?? doc;
    const agenda = agendaOfElement(panel, url, meta);
    if (agenda.items.length > 0) return agenda;
    const kallelse = kallelseLink(
      Array.from(panel.querySelectorAll?.("a[href*='documentHandler']") ?? []),
      url,
    );
    return kallelse ? noticeOnly(documentNotice(PLATFORM, kallelseName(kallelse)), meta) : agenda;
  },
};
