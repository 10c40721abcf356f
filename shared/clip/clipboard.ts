import { t } from "../i18n/i18n";
import {
  asResult,
  type ClipEnvelope,
  type ClipItem,
  checkEnvelopeJson,
  type EnvelopeCheck,
  type EnvelopeResult,
} from "./envelope";
import { oneLine } from "./text";

/**
 * The clipboard form of a clip (DESIGN §4): formatted HTML that pastes cleanly into Word on its own, whose
 * root element carries the whole envelope as JSON in `data-sp-clip`, plus readable plain text. The task
 * pane's paste target reads the attribute back with `readClipboardHtml` and validates it; the visible
 * list is never trusted.
 */
export const CLIP_ATTRIBUTE = "data-sp-clip";

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for an HTML text node or a double- or single-quoted attribute value. */
export function escapeHtml(text: string): string {
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

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === "#") {
      const code =
        body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

// Quoted either way: browsers re-serialise clipboard HTML and may change quoting and escaping on the way.
const ATTRIBUTE_PATTERN = new RegExp(`\\s${CLIP_ATTRIBUTE}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, "i");

/**
 * Reads the envelope from pasted HTML. Null when the HTML carries no clip at all (an ordinary paste);
 * otherwise the validated envelope with what was dropped from it, or why it was refused (catalogue keys). Works on a string, without a DOM,
 * so it runs the same in the pane, in Node and in tests; the size limit is enforced before JSON.parse.
 */
export function checkClipboardHtml(html: string): EnvelopeCheck | null {
  if (typeof html !== "string") return null;
  const match = ATTRIBUTE_PATTERN.exec(html);
  if (!match) return null;
  return checkEnvelopeJson(decodeEntities(match[1] ?? match[2] ?? ""));
}

/** The same, with the messages as text in the current language. */
export function readClipboardHtml(html: string): EnvelopeResult | null {
  const check = checkClipboardHtml(html);
  return check && asResult(check);
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
