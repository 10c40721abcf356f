import { type UserMessage, userMessage } from "../i18n/message";
import { itemLabel } from "./issues";
import { normaliseHref, pageAddress } from "./urls";

/** Item notices beyond this are summed up in one, so a hostile clip cannot flood the user with them. */
const MAX_ITEM_NOTICES = 10;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null;

/** A link whose address is not a usable web address; anything else about a link is the schema's to judge. */
const badLink = (link: unknown) =>
  isObject(link) && (typeof link.href !== "string" || normaliseHref(link.href) === null);

/**
 * Before validation, the parts of a clip that can go without losing the rest: links that are not web
 * addresses, links beyond the limit, and a source address that is not one (or too long, which loses its
 * query first). Each is dropped with a notice; the input is never changed, the repaired copy is returned.
 */
export function dropBadLinks(value: unknown, maxLinks: number): { value: unknown; notices: UserMessage[] } {
  if (!isObject(value)) return { value, notices: [] };
  const notices: UserMessage[] = [];
  const repaired: Json = { ...value };

  if (isObject(value.source) && typeof value.source.url === "string") {
    const address = pageAddress(value.source.url);
    if (address.url !== value.source.url) {
      repaired.source = { ...value.source, url: address.url };
      if (address.shortened && address.url) notices.push(userMessage("clip.notice.sourceShortened"));
      else if (!address.url) notices.push(userMessage("clip.notice.sourceDropped"));
    }
  }

  const agenda = value.agenda;
  if (!isObject(agenda) || !Array.isArray(agenda.items)) return { value: repaired, notices };
  const items = agenda.items;
  let itemsNoted = 0;
  const repairedItems = items.map((item: unknown, index) => {
    if (!isObject(item) || !Array.isArray(item.links)) return item;
    const links = item.links.filter((link) => !badLink(link));
    const dropped = item.links.length - links.length;
    if (dropped === 0 && links.length <= maxLinks) return item;
    itemsNoted++;
    if (itemsNoted <= MAX_ITEM_NOTICES) {
      const label = itemLabel(items, index);
      if (dropped === 1) notices.push(userMessage("clip.notice.linkDropped", { item: label }));
      if (dropped > 1) notices.push(userMessage("clip.notice.linksDropped", { item: label, count: dropped }));
      if (links.length > maxLinks) {
        notices.push(userMessage("clip.notice.tooManyLinks", { item: label, max: maxLinks }));
      }
    }
    return { ...item, links: links.slice(0, maxLinks) };
  });
  if (itemsNoted > MAX_ITEM_NOTICES) {
    notices.push(userMessage("clip.notice.moreItems", { count: itemsNoted - MAX_ITEM_NOTICES }));
  }
  repaired.agenda = { ...agenda, items: repairedItems };
  return { value: repaired, notices };
}
