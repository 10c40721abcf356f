import type { Agenda, Notice } from "../../model/meeting";
import { assembleAgenda } from "../assemble";
import { blocksOf } from "../dom";
import { nodeText } from "../dom-text";
import { httpLink } from "../links";
import { findMeta } from "../meta";
import { withNotice } from "../notices";
import { cleanText } from "../text";

/** What the adapters share: reading part of a page with the generic rules, and telling the user why not. */

export function urlParts(url: string): { host: string; path: string } {
  try {
    const parsed = new URL(url);
    return { host: parsed.hostname.toLowerCase(), path: parsed.pathname };
  } catch {
    return { host: "", path: "" };
  }
}

/** A JSON value's text, cleaned, or "" when it is no string. */
export const stringOf = (value: unknown): string => (typeof value === "string" ? cleanText(value) : "");

/** The objects of a JSON array, or none when it is no array. */
export const records = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value)
    ? value.filter((entry): entry is Record<string, unknown> => typeof entry === "object" && entry !== null)
    : [];

/** The texts of the elements `selector` finds, in order. */
export const textsOf = (root: ParentNode, selector: string): string[] =>
  Array.from(root.querySelectorAll(selector), (element) => nodeText(element)).filter(Boolean);

/** The items of one part of a page by the generic rules, with committee and date from `metaTexts`. */
export function agendaOfElement(root: Node, url: string, metaTexts: readonly string[]): Agenda {
  const { blocks, notices } = blocksOf(root, url);
  const agenda = assembleAgenda(blocks, { headerTexts: metaTexts });
  const meta = findMeta(metaTexts);
  const merged: Agenda = {
    ...agenda,
    committee: meta.committee ?? agenda.committee,
    meetingDate: meta.meetingDate ?? agenda.meetingDate,
  };
  return notices.reduce(withNotice, merged);
}

/** An agenda without items and with one notice, committee and date from `metaTexts`. */
export function noticeOnly(notice: Notice, metaTexts: readonly string[]): Agenda {
  return withNotice({ items: [], ...findMeta(metaTexts) }, notice);
}

/** A page that asks for a password: the platform shows nothing here without a login. */
export const hasLogin = (doc: Document): boolean => doc.querySelector("input[type='password' i]") !== null;

/** The first link whose text or address says it is the kallelse (the agenda as a document). */
export function kallelseLink(links: readonly Element[], base: string): { href: string; text: string } | null {
  const readable = links
    .map((link) => ({
      link: httpLink(nodeText(link), link.getAttribute("href"), base),
      text: cleanText(nodeText(link)),
    }))
    .filter((entry) => entry.link !== null);
  const named = readable.find((entry) =>
    /kallelse|föredragningslista|dagordning|ärendelista/i.test(entry.text),
  );
  const chosen = named ?? readable[0];
  return chosen?.link ? { href: chosen.link.href, text: chosen.text || chosen.link.href } : null;
}

/**
 * How a notice names the kallelse: as its link reads on the page where that names the meeting ("Kallelse KS
 * 2025-03-04.pdf", what the user looks for), else by its address ("Kallelse (PDF)" says nothing the page does not).
 */
export const kallelseName = (kallelse: { href: string; text: string }): string =>
  /\d/.test(kallelse.text) ? kallelse.text : kallelse.href;

export const documentNotice = (platform: string, document: string): Notice => ({
  key: "agenda.notice.agendaInDocument",
  params: { platform, document },
});

export const lockedNotice = (platform: string): Notice => ({
  key: "agenda.notice.platformLocked",
  params: { platform },
});

export const emptyNotice = (platform: string): Notice => ({
  key: "agenda.notice.platformEmpty",
  params: { platform },
});

/** The page title, headings and labelled facts of a meeting page, for committee and date. */
export const pageTexts = (doc: Document, selectors: string): string[] => [
  cleanText(doc.title ?? ""),
  ...textsOf(doc, selectors),
];
