import { t } from "../i18n/i18n";
import { CLIP_ATTRIBUTE } from "./clipboard-read";
import type { ClipEnvelope, ClipItem } from "./envelope";
import { oneLine } from "./text";

/**
 * The clipboard form of a clip (DESIGN §4), as the extension writes it: formatted HTML that pastes cleanly
 * into Word on its own, whose root element carries the whole envelope as JSON in `data-sp-clip`, plus
 * readable plain text. The task pane reads it back with `clipboard-read.ts`, which needs none of these texts.
 */
const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for an HTML text node or a double- or single-quoted attribute value. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

type Group = { heading: string | null; items: ClipItem[] };

/** Items grouped by MBL class in the minutes' order (§11, §19, other); one unheaded group when none has a class. */
function groupsOf(items: readonly ClipItem[]): Group[] {
  if (items.every((item) => item.mbl === null)) return [{ heading: null, items: [...items] }];
  const groups: Group[] = [
    { heading: t("ext.clip.mbl11"), items: items.filter((item) => item.mbl === "mbl11") },
    { heading: t("ext.clip.mbl19"), items: items.filter((item) => item.mbl === "mbl19") },
    { heading: t("ext.clip.other"), items: items.filter((item) => item.mbl === null) },
  ];
  return groups.filter((group) => group.items.length > 0);
}

/** Every visible line goes through `oneLine`: what is pasted or printed carries no control character. */
function itemLine(item: ClipItem): string {
  const head = item.number ? `${item.number} ${item.title}` : item.title;
  return oneLine(item.dnr.length > 0 ? `${head} (${t("ext.clip.dnr", { dnr: item.dnr.join(", ") })})` : head);
}

function headerLine(envelope: ClipEnvelope): string | null {
  const { committee, meetingDate } = envelope.agenda;
  if (committee && meetingDate) return oneLine(t("ext.clip.headerBoth", { committee, date: meetingDate }));
  if (committee) return oneLine(committee);
  if (meetingDate) return oneLine(t("ext.clip.headerDate", { date: meetingDate }));
  return null;
}

function itemHtml(item: ClipItem): string {
  const links = item.links
    .map((link) => `<a href="${escapeHtml(link.href)}">${escapeHtml(oneLine(link.text) || link.href)}</a>`)
    .join(", ");
  return `<li>${escapeHtml(itemLine(item))}${links ? ` – ${links}` : ""}</li>`;
}

/**
 * A list with explicit numbers in the text: the agenda's own numbers ("§ 12", "7 a") do not survive as Word
 * list numbering, so a bullet list with the number written out is the form that pastes faithfully.
 */
export function clipToHtml(envelope: ClipEnvelope): string {
  const parts: string[] = [];
  const header = headerLine(envelope);
  if (header) parts.push(`<p><strong>${escapeHtml(header)}</strong></p>`);
  for (const group of groupsOf(envelope.agenda.items)) {
    if (group.heading) parts.push(`<p><strong>${escapeHtml(group.heading)}</strong></p>`);
    parts.push(`<ul>${group.items.map(itemHtml).join("")}</ul>`);
  }
  const { url, title } = envelope.source;
  const name = escapeHtml(oneLine(title) || url || "");
  // A document opened from disk has no address: its file name stands as plain text.
  const where = url ? `<a href="${escapeHtml(url)}">${name}</a>` : name;
  parts.push(`<p>${escapeHtml(t("ext.clip.source"))} ${where}</p>`);
  return `<div ${CLIP_ATTRIBUTE}="${escapeHtml(JSON.stringify(envelope))}">${parts.join("")}</div>`;
}

export function clipToPlainText(envelope: ClipEnvelope): string {
  const lines: string[] = [];
  const header = headerLine(envelope);
  if (header) lines.push(header, "");
  for (const group of groupsOf(envelope.agenda.items)) {
    if (group.heading) lines.push(group.heading);
    for (const item of group.items) {
      lines.push(itemLine(item));
      for (const link of item.links)
        lines.push(oneLine(`    ${link.text ? `${link.text}: ` : ""}${link.href}`));
    }
    lines.push("");
  }
  const { url, title } = envelope.source;
  lines.push(oneLine([t("ext.clip.source"), title, url && `<${url}>`].filter(Boolean).join(" ")));
  return lines.join("\n");
}

/** File name for "Spara som fil": the committee and date when known, always ending in .json. */
export function clipFileName(envelope: ClipEnvelope): string {
  const base = [envelope.agenda.committee, envelope.agenda.meetingDate]
    .filter((part): part is string => Boolean(part))
    .join("-");
  const safe = base
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    // "Barn- och utbildningsnämnden": a hyphen and a space make one hyphen, never "barn--och".
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .toLowerCase();
  return `${safe || "klipp"}-${envelope.id.slice(0, 8)}.json`;
}
