import { normaliseHref } from "../../shared/clip/urls";
import type { Agenda, AgendaItem, AgendaLink, MblClass, Notice } from "../../shared/model/meeting";
import type { ClipSource } from "../queue/build-envelope";

/** Items found on a page or in a document, as the user edits and chooses them before queueing. */
export interface DraftItem extends Omit<AgendaItem, "dnr"> {
  /** The item's dnr as the user edits them: one text, several separated by commas. */
  dnr: string;
  key: string;
  selected: boolean;
}

/** "SN 2024/1, SN 2024/2" → ["SN 2024/1", "SN 2024/2"]. */
export function splitDnr(text: string): string[] {
  return text
    .split(/\s*[,;]\s*/)
    .map((dnr) => dnr.trim())
    .filter(Boolean);
}

export interface Draft {
  items: DraftItem[];
  committee: string | null;
  meetingDate: string | null;
  source: ClipSource;
  /** What the reader left out or could not read (catalogue keys), shown above the items. */
  notices: Notice[];
}

/** The links the clip will carry (http(s), as the envelope stores them), so the user sees just those. */
function webLinks(links: readonly AgendaLink[]): AgendaLink[] {
  return links.flatMap((link) => {
    const href = normaliseHref(link.href);
    return href ? [{ text: link.text, href }] : [];
  });
}

export function draftFrom(
  agenda: Pick<Agenda, "items" | "committee" | "meetingDate" | "notices">,
  source: ClipSource,
): Draft {
  return {
    items: agenda.items.map((item, i) => ({
      ...item,
      dnr: item.dnr.join(", "),
      links: webLinks(item.links),
      key: String(i),
      // Procedural items (Val av justerare …) are no samverkan matters: offered, not chosen.
      selected: !item.procedural,
    })),
    committee: agenda.committee,
    meetingDate: agenda.meetingDate,
    source,
    notices: agenda.notices ?? [],
  };
}

export function updateItem(draft: Draft, key: string, change: Partial<DraftItem>): Draft {
  return { ...draft, items: draft.items.map((item) => (item.key === key ? { ...item, ...change } : item)) };
}

/** "Markera alla / inga": every item, also those on other pages of the list. */
export function selectAll(draft: Draft, selected: boolean): Draft {
  return {
    ...draft,
    items: draft.items.map((item) => (item.selected === selected ? item : { ...item, selected })),
  };
}

/** "Sätt typ för markerade": one class for every chosen item. */
export function classifySelected(draft: Draft, mbl: MblClass): Draft {
  return { ...draft, items: draft.items.map((item) => (item.selected ? { ...item, mbl } : item)) };
}

export const selectedCount = (draft: Draft): number => draft.items.filter((item) => item.selected).length;

/** The chosen items with a title, as agenda data; empty text fields become null, as the envelope wants. */
export function chosenAgenda(draft: Draft): Pick<Agenda, "items" | "committee" | "meetingDate"> {
  const blankToNull = (text: string | null) => (text?.trim() ? text.trim() : null);
  return {
    committee: blankToNull(draft.committee),
    meetingDate: blankToNull(draft.meetingDate),
    items: draft.items
      .filter((item) => item.selected && item.title.trim())
      .map(({ number, title, dnr, mbl, procedural, links }) => ({
        number: blankToNull(number),
        title: title.trim(),
        dnr: splitDnr(dnr),
        mbl,
        procedural,
        links,
      })),
  };
}

export const MBL_CHOICES: readonly {
  value: MblClass;
  key: "ext.popup.classMbl11" | "ext.popup.classMbl19" | "ext.popup.classOther";
}[] = [
  { value: "mbl11", key: "ext.popup.classMbl11" },
  { value: "mbl19", key: "ext.popup.classMbl19" },
  { value: null, key: "ext.popup.classOther" },
];

/** Rows shown at a time: a long agenda is paged so the popup renders a bounded number of rows. */
export const PAGE_SIZE = 50;

export const pageCount = (items: number): number => Math.max(1, Math.ceil(items / PAGE_SIZE));
