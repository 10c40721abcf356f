import { LIMITS } from "../clip/limits";
import type { AgendaLink } from "../model/meeting";
import { cleanText } from "./text";

/**
 * A link as the agenda may carry it: absolute, http(s) only. `javascript:`, `mailto:`, `data:` and
 * in-page anchors are dropped here so they never reach the clip or the document.
 */
export function httpLink(text: string, href: string | null, base: string): AgendaLink | null {
  if (!href) return null;
  let url: URL;
  try {
    url = new URL(href.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  // A link to the same page (a "#punkt-7" anchor) is navigation, not an underlag.
  if (url.hash && URL.canParse(base) && url.href.split("#")[0] === new URL(base).href.split("#")[0])
    return null;
  const label = cleanText(text);
  return { text: label || url.href, href: url.href };
}

/** Adds links not already present (by href), keeping the first text seen for each, up to the clip's limit. */
export function mergeLinks(into: AgendaLink[], links: readonly AgendaLink[]): void {
  for (const link of links) {
    // The envelope carries at most this many links per item: more are never merged (nor compared).
    if (into.length >= LIMITS.links) return;
    if (!into.some((known) => known.href === link.href)) into.push(link);
  }
}
