import * as v from "valibot";
import { DEV_ADDIN_ORIGIN } from "../../manifest/extension/manifest";
import type { Language } from "../../shared/i18n/i18n";

/** The user's settings in storage.local, edited in the options page and read by every extension context. */
export const SETTINGS_KEY = "settings";

export interface ExtensionSettings {
  /** Origins of the Word add-in where the bridge content script runs. */
  bridgeOrigins: string[];
  /** Null: follow the browser's language. */
  language: Language | null;
}

export const DEFAULT_SETTINGS: ExtensionSettings = { bridgeOrigins: [DEV_ADDIN_ORIGIN], language: null };

const settingsSchema = v.object({
  bridgeOrigins: v.optional(v.array(v.string()), DEFAULT_SETTINGS.bridgeOrigins),
  language: v.optional(v.nullable(v.picklist(["sv", "en"])), null),
});

/** Settings from storage; anything missing or damaged falls back to the defaults. */
export function settingsFrom(value: unknown): ExtensionSettings {
  const result = v.safeParse(settingsSchema, value ?? {});
  if (!result.success) return { ...DEFAULT_SETTINGS };
  const bridgeOrigins = result.output.bridgeOrigins
    .map((origin) => normaliseOrigin(origin))
    .filter((origin): origin is string => origin !== null);
  return { bridgeOrigins: [...new Set(bridgeOrigins)], language: result.output.language };
}

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * An add-in or intranet origin as typed by the user ("https://tillagg.kommun.se/", "http://127.0.0.1:8080"),
 * or null. Only https, except plain http on the loopback interface for development; no path, query or
 * credentials, because a permission is granted per origin and a path would suggest otherwise.
 * `anyHttp` is for intranet sites to read documents from, which are still often plain http.
 */
export function normaliseOrigin(text: string, options: { anyHttp?: boolean } = {}): string | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  const secure = url.protocol === "https:";
  const devHttp = url.protocol === "http:" && (options.anyHttp || LOOPBACK.has(url.hostname));
  if (!secure && !devHttp) return null;
  if (
    url.username ||
    url.password ||
    url.search ||
    url.hash ||
    (url.pathname !== "/" && url.pathname !== "")
  ) {
    return null;
  }
  return url.origin;
}

/**
 * The host permission and match pattern of an origin. Without the port: Firefox's match patterns cannot
 * carry one, and the bridge checks the exact origin itself.
 */
export function originPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}
