import type { Agenda, AgendaItem } from "../../model/meeting";
import { ownDnr, scanDnr } from "../dnr";
import { findCommittee, findDate } from "../meta";
import { isProcedural } from "../procedural";
import {
  agendaOfElement,
  emptyNotice,
  hasLogin,
  lockedNotice,
  noticeOnly,
  pageTexts,
  records,
  stringOf,
  urlParts,
} from "./common";
import type { JsonAdapter, SiteAdapter } from "./types";

/**
 * Ciceron (Formpipe, formerly Visma), "CiceronsokServer": the public web diary is a JavaScript client of a
 * JSON-RPC 2.0 service (`POST <host>/json`, methods `CiceronsokServer:Search`, `ReadItems`,
 * `ReadObjectDetails`, `ReadArendeFiles`). `ReadObjectDetails` of a meeting answers, as a JSON string in
 * `result.value`, the meeting's `tid` and `plats`, its `documents` (kallelse, handlingar, each with its own
 * `dok_id`) and its `items` (`title`, `diarie`, `motedat`, …) in agenda order without item numbers.
 * Structure from public scraper code (Höör, Kungälv, Falköping notes); see the test cases beside this file.
 */
const PLATFORM = "Ciceron";

interface Details {
  tid?: unknown;
  documents?: unknown;
  items?: unknown;
}

/** `result.value` holds the details as a JSON string (double-encoded); some answers give the object. */
function detailsOf(value: unknown): Details | null {
  const result = (value as { result?: unknown } | null)?.result;
  const inner = (result as { value?: unknown } | null)?.value ?? result;
  if (typeof inner === "string") {
    try {
      return JSON.parse(inner) as Details;
    } catch {
      return null;
    }
  }
  return typeof inner === "object" && inner !== null ? (inner as Details) : null;
}

function itemOf(entry: Record<string, unknown>): AgendaItem | null {
  const title = stringOf(entry.title);
  if (!title) return null;
  const dnr = ownDnr(scanDnr(stringOf(entry.diarie), { column: true }));
  return { number: null, title, dnr, mbl: null, procedural: isProcedural(title), links: [] };
}

export const ciceronJsonAdapter: JsonAdapter = {
  id: "ciceron-read-object-details",
  platform: PLATFORM,
  matches: (value) => {
    const details = detailsOf(value);
    return (
      (value as { jsonrpc?: unknown } | null)?.jsonrpc !== undefined &&
      details !== null &&
      Array.isArray(details.items)
    );
  },
  extract(value): Agenda {
    const details = detailsOf(value) ?? {};
    const items = records(details.items)
      .map(itemOf)
      .filter((item): item is AgendaItem => item !== null);
    const documents = records(details.documents);
    // The documents' subtitles name the committee and the meeting ("Samhällsbyggnadsnämnden 2024-10-22").
    const committee =
      documents.map((document) => findCommittee(stringOf(document.subtitle))).find(Boolean) ?? null;
    const meetingDate =
      findDate(stringOf(details.tid)) ??
      records(details.items)
        .map((entry) => findDate(stringOf(entry.motedat)))
        .find(Boolean) ??
      null;
    return { items, committee, meetingDate };
  },
};

export const ciceronAdapter: SiteAdapter = {
  id: "ciceron",
  platform: PLATFORM,
  matches: (doc, url) =>
    /ciceron/i.test(urlParts(url).host + urlParts(url).path) ||
    doc.querySelector("script[src*='ciceron' i], [class*='ciceron' i], [id*='ciceron' i]") !== null,
  extract(doc, url): Agenda {
    const meta = pageTexts(doc, "h1, h2");
    if (hasLogin(doc)) return noticeOnly(lockedNotice(PLATFORM), meta);
    // The client renders the meeting into the page: read what it shows, or say it shows nothing yet.
    const agenda = agendaOfElement(doc.body ?? doc, url, meta);
    return agenda.items.length > 0 ? agenda : noticeOnly(emptyNotice(PLATFORM), meta);
  },
};
