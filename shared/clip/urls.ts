import { hasControl } from "./text";

/** Longest address the envelope keeps, as browsers and Word handle it everywhere. */
export const MAX_URL = 2048;

const HOST = /^[a-z0-9._-]+$|^\[[0-9a-f:.]+\]$/;

/**
 * An http(s) link as the envelope stores it: the parser's own serialisation (`URL.href`), so what reaches
 * Word's hyperlink is percent-encoded exactly as the browser would send it. Null for anything else:
 * other schemes, control characters anywhere (the parser would drop a leading "\0" silently),
 * backslashes (which the parser reads as "/", so "https:\\evil\x" would mean https://evil/x) and host names
 * beyond letters, digits, ".", "-" and "_" (the parser keeps a host like `"` or `'` as written).
 */
export function normaliseHref(raw: string): string | null {
  if (raw.length > MAX_URL || hasControl(raw) || raw.includes("\\")) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || !HOST.test(url.hostname)) return null;
  return url.href.length <= MAX_URL ? url.href : null;
}

/**
 * A page's address as a clip's source: normalised, and when it is too long (search pages, portal
 * sessions), without its query and fragment; null when even that is too long, and the page title stands
 * alone. `shortened` says the address was cut, for a notice.
 */
export function pageAddress(raw: string): { url: string | null; shortened: boolean } {
  const whole = normaliseHref(raw);
  if (whole) return { url: whole, shortened: false };
  if (hasControl(raw) || raw.includes("\\")) return { url: null, shortened: false };
  try {
    const url = new URL(raw);
    url.search = "";
    url.hash = "";
    const short = normaliseHref(url.href);
    return { url: short, shortened: short !== null };
  } catch {
    return { url: null, shortened: false };
  }
}
