import * as v from "valibot";
import type { Language } from "../../shared/i18n/i18n";

/** The user's settings in storage.local, edited in the options page and read by every extension context. */
export const SETTINGS_KEY = "settings";

/** The dev server's add-in (`npm start`); the user adds the production base URL in the options page. */
const DEV_ADDIN_URL = "https://localhost:3000/";

export interface ExtensionSettings {
  /**
   * Base URLs of the Word add-in (origin and path, ending in "/", the ADDIN_BASE_URL it was built for):
   * the bridge runs, and clips are handed over, only on pages under one of them.
   */
  addinUrls: string[];
  /** Null: follow the browser's language. */
  language: Language | null;
}

export const DEFAULT_SETTINGS: ExtensionSettings = { addinUrls: [DEV_ADDIN_URL], language: null };

const settingsSchema = v.object({
  addinUrls: v.optional(v.array(v.string())),
  // Before base URLs, the settings held bare origins; each reads as the whole origin.
  bridgeOrigins: v.optional(v.array(v.string())),
  language: v.optional(v.nullable(v.picklist(["sv", "en"])), null),
});

/** Settings from storage; anything missing or damaged falls back to the defaults. */
export function settingsFrom(value: unknown): ExtensionSettings {
  const result = v.safeParse(settingsSchema, value ?? {});
  if (!result.success) return { ...DEFAULT_SETTINGS };
  const stored = result.output.addinUrls ?? result.output.bridgeOrigins ?? DEFAULT_SETTINGS.addinUrls;
  const addinUrls = stored.map((url) => normaliseAddinUrl(url)).filter((url): url is string => url !== null);
  return { addinUrls: [...new Set(addinUrls)], language: result.output.language };
}

/**
 * The add-in's base URLs an organisation presets by enterprise policy (storage.managed, declared in the
 * manifest's managed schema): used beside the user's own, and not removable in the options page.
 */
export const MANAGED_ADDIN_URLS_KEY = "addinUrls";

/**
 * The worker's copy of the policy's base URLs in storage.local. Chrome answers the first storage.managed
 * read after a browser start only once its policy service is ready, seconds later (ghostery/ghostery-
 * extension#3367, EFForg/privacybadger#2982); the bridge and the options page read this copy instead,
 * and the worker refreshes it at startup and whenever the policy changes.
 */
export const MANAGED_COPY_KEY = "managedAddinUrls";

/** More than any organisation needs; a policy listing thousands is cut rather than registered. */
const MAX_MANAGED_URLS = 20;

/** The policy's base URLs as the extension uses them; an entry that is not a usable address is left out. */
export function managedAddinUrls(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const urls = value
    .slice(0, MAX_MANAGED_URLS)
    .map((entry) => (typeof entry === "string" ? normaliseAddinUrl(entry) : null))
    .filter((url): url is string => url !== null);
  return [...new Set(urls)];
}

/** One base URL of the add-in, and whether the organisation set it (by policy) or the user. */
export interface AddinAddress {
  url: string;
  managed: boolean;
}

/** The organisation's base URLs first, then the user's own that are not among them. */
export function addinAddresses(userUrls: readonly string[], managedUrls: readonly string[]): AddinAddress[] {
  const managed = new Set(managedUrls);
  return [
    ...managedUrls.map((url) => ({ url, managed: true })),
    ...userUrls.filter((url) => !managed.has(url)).map((url) => ({ url, managed: false })),
  ];
}

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * A typed address as a URL the extension may use, or null: https, or plain http on the loopback interface
 * (for development) or anywhere with `anyHttp`; no credentials, query or fragment; and no "*" in any
 * spelling, since these addresses become match patterns where "*" would widen them.
 */
function parseAddress(text: string, anyHttp: boolean): URL | null {
  const trimmed = text.trim();
  if (/\*|%2a/i.test(trimmed)) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  const secure = url.protocol === "https:";
  const devHttp = url.protocol === "http:" && (anyHttp || LOOPBACK.has(url.hostname));
  if (!secure && !devHttp) return null;
  if (url.username || url.password || url.search || url.hash || trimmed.includes("#")) return null;
  return url;
}

/**
 * An intranet site as typed by the user ("http://portal.kommun.se/"), as an origin, or null. A host
 * permission is granted per origin, so a path is refused rather than suggesting a narrower grant.
 */
export function normaliseOrigin(text: string, options: { anyHttp?: boolean } = {}): string | null {
  const url = parseAddress(text, options.anyHttp ?? false);
  if (!url || (url.pathname !== "/" && url.pathname !== "")) return null;
  return url.origin;
}

/**
 * The add-in's base URL as typed ("https://www.kommun.se/samverkan", or its task pane's address), as
 * origin and folder path ending in "/", or null. A last path segment with a file extension is the page
 * itself, so its folder is the base; any other path is taken as a folder.
 */
export function normaliseAddinUrl(text: string): string | null {
  const url = parseAddress(text, false);
  if (!url) return null;
  let path = url.pathname;
  if (!path.endsWith("/"))
    path = /\/[^/]*\.[A-Za-z0-9]+$/.test(path) ? path.replace(/[^/]*$/, "") : `${path}/`;
  return `${url.origin}${path}`;
}

/** True when a page address lies under the add-in's base URL: same origin (port included), path below it. */
export function isUnderAddinUrl(href: string | undefined, base: string): boolean {
  if (!href) return false;
  try {
    const page = new URL(href);
    const root = new URL(base);
    return page.origin === root.origin && page.pathname.startsWith(root.pathname);
  } catch {
    return false;
  }
}

/** True when the base URL is only part of its origin: other pages on that host share the origin. */
export const sharesOrigin = (base: string): boolean => new URL(base).pathname !== "/";

/**
 * The host permission of an address. Without port or path: Firefox's match patterns cannot carry a port,
 * and a host permission's path is always treated as "/*" (Chrome's match-pattern documentation).
 */
export function originPattern(address: string): string {
  const url = new URL(address);
  return `${url.protocol}//${url.hostname}/*`;
}

/** The bridge's content-script match pattern for a base URL: its host and path (the port is checked later). */
export function addinPattern(base: string): string {
  const url = new URL(base);
  return `${url.protocol}//${url.hostname}${url.pathname}*`;
}
