import type { ClipEnvelope } from "../../shared/clip/envelope";
import { t } from "../../shared/i18n/i18n";
import { counted, textOf } from "../../shared/i18n/message";

/** A clip by what the secretary knows it as: the committee and the meeting date, else the page or file. */
export function clipHeadline(clip: ClipEnvelope): string {
  const { committee, meetingDate } = clip.agenda;
  if (committee && meetingDate) return t("ext.clip.headerBoth", { committee, date: meetingDate });
  if (committee) return committee;
  if (meetingDate) return t("ext.clip.headerDate", { date: meetingDate });
  return clip.source.title || clip.source.url || t("ext.popup.clipUnnamed");
}

/** "3 punkter · Föredragningslista Socialnämnden · klippt 2024-02-13". */
export function clipDetails(clip: ClipEnvelope): string {
  const items = textOf(counted(clip.agenda.items.length, "ext.popup.itemsOne", "ext.popup.itemsMany"));
  const source = clip.source.title || clip.source.url;
  const clipped = t("ext.popup.clippedOn", { date: clip.createdAt.slice(0, 10) });
  return [items, source, clipped].filter(Boolean).join(" · ");
}
