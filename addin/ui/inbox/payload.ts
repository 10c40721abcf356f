import { checkClipboardHtml } from "../../../shared/clip/clipboard-read";
import { checkEnvelopeJson, type EnvelopeCheck } from "../../../shared/clip/envelope";

/** The part of a paste event's DataTransfer the pane reads. */
export interface ClipboardSource {
  getData(type: string): string;
}

/**
 * A clip from a paste: the popup's HTML carries the envelope in a `data-sp-clip` attribute; without HTML
 * (some hosts strip it) the plain text may be the envelope JSON itself. Null when the paste holds no clip
 * at all, so ordinary text is not reported as a broken clip.
 */
export function clipFromClipboard(data: ClipboardSource): EnvelopeCheck | null {
  const fromHtml = checkClipboardHtml(data.getData("text/html"));
  if (fromHtml) return fromHtml;
  const text = data.getData("text/plain").trim();
  return text.startsWith("{") ? checkEnvelopeJson(text) : null;
}
