import type { AgendaItem } from "../model/meeting";
import { type NumberKey, numberKey } from "./numbers";

// An item's own title that names a group of information items (agenda-keys rule `class`), also as reported
// ("Anmälan av delegationsbeslut", "Redovisning av delegationsbeslut", "Anmälan av meddelanden").
const GROUP_TITLE =
  /^(?:(?:anmälan|redovisning)\s+av\s+)?(?:anmälningsärenden|delegationsbeslut|meddelanden|informationsärenden)[.:]?$/iu;

/** Whether a title is only the name of a group of information items ("Meddelanden"). */
export const isGroupTitle = (title: string): boolean => GROUP_TITLE.test(title);

const keyOf = (item: AgendaItem): NumberKey | null =>
  item.number === null ? null : numberKey(item.number.replace(/^(?:punkt|ärende|nr)\.?\s+/iu, ""));

// "12 a", "9.1": a sub-item of the item numbered by its base ("4 ½" is an item of its own).
const isSubOf = (key: NumberKey | null, parent: NumberKey): boolean =>
  key !== null && key.base === parent.base && key.sub !== 0 && key.sub !== 0.5;

/**
 * An item titled "Anmälningsärenden", "Delegationsbeslut", "Meddelanden" or "Informationsärenden" that has
 * sub-items groups them: it and its sub-items are information (mbl19), whatever the heading above gave.
 * Without sub-items the word is just the item's title and the heading's class stands.
 */
export function withGroupedSubItems(items: readonly AgendaItem[]): AgendaItem[] {
  const out = [...items];
  for (let index = 0; index < out.length; index++) {
    const parent = out[index];
    const key = parent ? keyOf(parent) : null;
    if (!parent || !key || key.sub !== 0 || !GROUP_TITLE.test(parent.title)) continue;
    let end = index + 1;
    while (end < out.length && isSubOf(keyOf(out[end] as AgendaItem), key)) end++;
    if (end === index + 1) continue;
    for (let at = index; at < end; at++) out[at] = { ...(out[at] as AgendaItem), mbl: "mbl19" };
    index = end - 1;
  }
  return out;
}
