import type { Agenda } from "../../model/meeting";
import { findCommittee, findDate } from "../meta";
import { cleanText } from "../text";
import {
  agendaOfElement,
  documentNotice,
  emptyNotice,
  hasLogin,
  lockedNotice,
  noticeOnly,
  pageTexts,
  stringOf,
  urlParts,
} from "./common";
import type { JsonAdapter, SiteAdapter } from "./types";

/**
 * Lex2Publish (Formpipe's Lex, web diary and meeting publication): a Blazor WebAssembly app at
 * `<host>/Lex2PublishWasm` whose API `POST …/publish/getmeeting/{tenant}` answers a meeting (`unit`,
 * `description` "BUN/2025-09-23", `date`) with its `documents` (`description`, `type.name` "Kallelse",
 * "Protokoll", "Tjänsteskrivelse", owners). It publishes no agenda list: the agenda is the "Kallelse"
 * document. Structure from public retrieval notes (Tyresö, Sunne); see the test cases beside this file.
 */
const PLATFORM = "Lex2Publish";

const typeName = (document: Record<string, unknown>): string =>
  stringOf((document.type as { name?: unknown } | null | undefined)?.name);

export const lex2PublishJsonAdapter: JsonAdapter = {
  id: "lex2publish-getmeeting",
  platform: PLATFORM,
  matches: (value) =>
    typeof value === "object" &&
    value !== null &&
    typeof (value as { unit?: unknown }).unit === "string" &&
    Array.isArray((value as { documents?: unknown }).documents),
  extract(value): Agenda {
    const meeting = value as { unit: string; description?: unknown; date?: unknown; documents: unknown[] };
    const documents = meeting.documents.filter(
      (document): document is Record<string, unknown> => typeof document === "object" && document !== null,
    );
    const kallelse = documents.find((document) =>
      /kallelse|föredragningslista|dagordning/i.test(typeName(document)),
    );
    const agenda: Agenda = {
      items: [],
      committee: findCommittee(meeting.unit) ?? (cleanText(meeting.unit) || null),
      meetingDate: findDate(stringOf(meeting.description)) ?? findDate(stringOf(meeting.date)),
    };
    const name = kallelse ? stringOf(kallelse.description) || typeName(kallelse) : "kallelsen";
    return { ...agenda, notices: [documentNotice(PLATFORM, name)] };
  },
};

export const lex2PublishAdapter: SiteAdapter = {
  id: "lex2publish",
  platform: PLATFORM,
  matches: (doc, url) =>
    /lex2publish/i.test(urlParts(url).path) ||
    doc.querySelector("base[href*='Lex2Publish' i], script[src*='lex2publish' i]") !== null,
  extract(doc, url): Agenda {
    const meta = pageTexts(doc, "h1, h2, h3");
    if (hasLogin(doc)) return noticeOnly(lockedNotice(PLATFORM), meta);
    const agenda = agendaOfElement(doc.body ?? doc, url, meta);
    return agenda.items.length > 0 ? agenda : noticeOnly(emptyNotice(PLATFORM), meta);
  },
};
