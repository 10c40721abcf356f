import type { Agenda, AgendaItem, MblClass } from "../../shared/model/meeting";
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
}

export function draftFrom(agenda: Agenda, source: ClipSource): Draft {
  return {
    items: agenda.items.map((item, i) => ({
      ...item,
      dnr: item.dnr.join(", "),
      links: [...item.links],
      key: String(i),
      // Procedural items (Val av justerare …) are no samverkan matters: offered, not chosen.
      selected: !item.procedural,
    })),
    committee: agenda.committee,
    meetingDate: agenda.meetingDate,
    source,
  };
}

export function updateItem(draft: Draft, key: string, change: Partial<DraftItem>): Draft {
  return { ...draft, items: draft.items.map((item) => (item.key === key ? { ...item, ...change } : item)) };
}

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
