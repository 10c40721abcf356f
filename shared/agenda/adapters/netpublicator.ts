import type { Agenda } from "../../model/meeting";
import { assembleAgenda } from "../assemble";
import type { Block } from "../blocks";
import { findMeta } from "../meta";
import {
  emptyNotice,
  hasLogin,
  lockedNotice,
  noticeOnly,
  records,
  stringOf,
  textsOf,
  urlParts,
} from "./common";
import type { JsonAdapter, SiteAdapter } from "./types";

/**
 * Netpublicator's public reader: a meeting is a folder of "channels", one per agenda item ("4. Ekonomisk
 * uppföljning april 2024 (UN 2024/34)"), beside documents (the kallelse) and, after the meeting, a
 * "Protokoll" channel. On a page the reader renders `div.rdivItem.rdivItemIcon_Channel` rows under a
 * breadcrumb `div.rbDiv` (committee, year, date); its API
 * (`docs.netpublicator.com/api/public/<reader>/read?hash=…`) answers `{history, items}` of
 * `{id, text, type}`. Structure from the reader's public script and retrieval notes (Nyköping, Åtvidaberg,
 * Öckerö, Sigtuna); see the test cases beside this file.
 */
const PLATFORM = "Netpublicator";

// Channels that are no agenda item.
const NOT_ITEM = /^(?:protokoll|justerat protokoll|handlingar|övriga handlingar|bilagor)$/i;

/** Items from the channel texts, committee and date from the breadcrumb texts. */
function agendaOfChannels(channels: readonly string[], breadcrumb: readonly string[]): Agenda {
  const blocks: Block[] = channels
    .filter((text) => !NOT_ITEM.test(text))
    .map((text) => ({ kind: "paragraph", text, links: [] }));
  const agenda = assembleAgenda(blocks);
  // The breadcrumb runs root, committee, year, meeting date: the deepest named body and date win.
  return { ...agenda, ...findMeta([...breadcrumb].reverse()) };
}

export const netpublicatorAdapter: SiteAdapter = {
  id: "netpublicator",
  platform: PLATFORM,
  matches: (doc, url) =>
    urlParts(url).host === "docs.netpublicator.com" ||
    doc.querySelector("#npReader, .rdivBody .rdivItem, script[src*='netpublicator.com']") !== null,
  extract(doc): Agenda {
    const breadcrumb = textsOf(doc, ".rbDiv > div, #breadCrumb > div");
    if (hasLogin(doc)) return noticeOnly(lockedNotice(PLATFORM), breadcrumb);
    const channels = textsOf(doc, ".rdivItem.rdivItemIcon_Channel");
    if (channels.length === 0) {
      // The reader loads its rows after the page: a page read too early shows none.
      return doc.querySelector("#npReader")
        ? noticeOnly(emptyNotice(PLATFORM), breadcrumb)
        : { items: [], committee: null, meetingDate: null };
    }
    return agendaOfChannels(channels, breadcrumb);
  },
};

interface ReaderEntry {
  text?: unknown;
  type?: unknown;
  index?: unknown;
}

const textOf = (entry: ReaderEntry): string => stringOf(entry.text);
const isChannel = (entry: ReaderEntry): boolean => stringOf(entry.type).toLowerCase() === "channel";

/** The reader shows its entries by `index`, which need not be the answer's order; entries without one stay. */
function inReaderOrder<T extends ReaderEntry>(entries: readonly T[]): T[] {
  const indexed = entries.every((entry) => typeof entry.index === "number");
  return indexed ? [...entries].sort((a, b) => (a.index as number) - (b.index as number)) : [...entries];
}

export const netpublicatorJsonAdapter: JsonAdapter = {
  id: "netpublicator-read",
  platform: PLATFORM,
  matches: (value) =>
    typeof value === "object" &&
    value !== null &&
    Array.isArray((value as { items?: unknown }).items) &&
    Array.isArray((value as { history?: unknown }).history),
  extract(value): Agenda {
    const { items, history } = value as { items: unknown; history: unknown };
    const channels = inReaderOrder(records(items)).filter(isChannel).map(textOf);
    return agendaOfChannels(channels, inReaderOrder(records(history)).map(textOf));
  },
};
