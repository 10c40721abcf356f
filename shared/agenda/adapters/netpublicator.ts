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
import { isRecord } from "./json-values";
import type { JsonAdapter, SiteAdapter } from "./types";

/**
 * Netpublicator's public reader: a meeting is a folder of "channels", one per agenda item ("4. Ekonomisk
 * uppföljning april 2024 (UN 2024/34)"), beside documents (the kallelse) and, after the meeting, a
 * "Protokoll" channel. On a page the reader renders `div.rdivItem.rdivItemIcon_Channel` rows under a
 * breadcrumb `div.rbDiv` (committee, year, date); its API
 * (`docs.netpublicator.com/api/public/<reader>/read?hash=…`) answers `{history, items}` of
 * `{id, text, type}`. A meeting's own answer is a tree instead: the meeting (`name`, `meetingDate`, a `path` of
 * folders) whose `items` mix documents and channels, a group heading's channel ("Informationsärenden") holding
 * its items' channels, an item's channel its sub-items' ("12 a) …") and a "Bilagor" channel. Structure from the reader's public script and retrieval notes (Nyköping, Åtvidaberg,
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
  name?: unknown;
  type?: unknown;
  index?: unknown;
  items?: unknown;
}

const textOf = (entry: ReaderEntry): string => stringOf(entry.text) || stringOf(entry.name);
const isChannel = (entry: ReaderEntry): boolean => stringOf(entry.type).toLowerCase() === "channel";

/** The reader shows its entries by `index`, which need not be the answer's order; entries without one stay. */
function inReaderOrder<T extends ReaderEntry>(entries: readonly T[]): T[] {
  const indexed = entries.every((entry) => typeof entry.index === "number");
  return indexed ? [...entries].sort((a, b) => (a.index as number) - (b.index as number)) : [...entries];
}

// Bounds of the tree walk: a reader nests a meeting's folders a few levels deep.
const MAX_DEPTH = 8;
const MAX_CHANNELS = 50_000;

/** The channel texts of a tree in the reader's order, each before its own channels; no documents or Bilagor. */
function treeChannels(entries: readonly ReaderEntry[]): string[] {
  const texts: string[] = [];
  const walk = (level: readonly ReaderEntry[], depth: number): void => {
    for (const entry of inReaderOrder(level)) {
      if (texts.length >= MAX_CHANNELS) return;
      const text = textOf(entry);
      if (!isChannel(entry) || NOT_ITEM.test(text)) continue;
      if (text !== "") texts.push(text);
      if (depth < MAX_DEPTH) walk(records(entry.items), depth + 1);
    }
  };
  walk(entries, 0);
  return texts;
}

const hasChannels = (value: unknown): boolean => records((value as ReaderEntry).items).some(isChannel);

/** The meeting of a tree answer: the answer itself, or the one object of it whose items hold channels. */
function treeMeeting(value: unknown): Record<string, unknown> | null {
  if (!isRecord(value)) return null;
  if (hasChannels(value)) return value;
  const inner = Object.values(value).filter(
    (field) => typeof field === "object" && field !== null && hasChannels(field),
  );
  return inner.length === 1 ? (inner[0] as Record<string, unknown>) : null;
}

// The meeting's own date fields; created, published and changed dates are not the meeting's.
const MEETING_DATE_FIELDS = ["meetingDate", "startDate", "meetingStart", "date"] as const;

function meetingDateOf(meeting: Record<string, unknown>): string | null {
  for (const field of MEETING_DATE_FIELDS) {
    const date = /^\d{4}-\d{2}-\d{2}/.exec(stringOf(meeting[field]));
    if (date) return date[0];
  }
  return null;
}

/** Items of a tree answer; committee from the meeting's name and its path (deepest first), date from its field. */
function agendaOfTree(meeting: Record<string, unknown>): Agenda {
  const path = records(meeting.path).map(textOf);
  const agenda = agendaOfChannels(treeChannels(records(meeting.items)), [...path, textOf(meeting)]);
  return { ...agenda, meetingDate: meetingDateOf(meeting) ?? agenda.meetingDate };
}

const isReadAnswer = (value: unknown): boolean =>
  typeof value === "object" &&
  value !== null &&
  Array.isArray((value as { items?: unknown }).items) &&
  Array.isArray((value as { history?: unknown }).history);

export const netpublicatorJsonAdapter: JsonAdapter = {
  id: "netpublicator-read",
  platform: PLATFORM,
  matches: (value) => isReadAnswer(value) || treeMeeting(value) !== null,
  extract(value): Agenda {
    if (!isReadAnswer(value)) {
      const meeting = treeMeeting(value);
      if (meeting) return agendaOfTree(meeting);
    }
    const { items, history } = value as { items: unknown; history: unknown };
    const channels = inReaderOrder(records(items)).filter(isChannel).map(textOf);
    return agendaOfChannels(channels, inReaderOrder(records(history)).map(textOf));
  },
};
