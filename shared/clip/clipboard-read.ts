import { decodeReferences } from "../text/character-references";
import { asResult, checkEnvelopeJson, type EnvelopeCheck, type EnvelopeResult } from "./envelope";

/**
 * The task pane's side of the clipboard form (`clipboard.ts`): the envelope carried in the pasted HTML's
 * `data-sp-clip` attribute, validated; the visible list is never trusted.
 */
export const CLIP_ATTRIBUTE = "data-sp-clip";

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
  return checkEnvelopeJson(decodeReferences(match[1] ?? match[2] ?? ""));
}

/** The same, with the messages as text in the current language. */
export function readClipboardHtml(html: string): EnvelopeResult | null {
  const check = checkClipboardHtml(html);
  return check && asResult(check);
}
