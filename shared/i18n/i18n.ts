import type { Catalogue } from "./catalogue";
import type { Messages } from "./messages/types";

/**
 * Every user-facing string comes from the catalogue. Each entry holds both languages side by side so a
 * missing translation is a type error, not a runtime surprise.
 */
export type Language = "sv" | "en";
export type MessageKey = keyof Catalogue;
export type MessageParams = Record<string, string | number>;

let current: Language = "sv";

/** The catalogue parts this bundle has registered: only what it shows is loaded (see `catalogue.ts`). */
const registered = new Map<string, Messages[string]>();

/**
 * Adds catalogue parts to this bundle's catalogue. Each bundle's entry imports, first, the one module that
 * registers the parts it uses; a lazily loaded chunk registers its own (test/architecture/messages.test.ts
 * checks both from the sources).
 */
export function registerMessages(...parts: Messages[]): void {
  for (const part of parts) for (const [key, texts] of Object.entries(part)) registered.set(key, texts);
}

/** Whether `key` is a key of a part this bundle registered, i.e. one `t` can show. */
export function isRegistered(key: string): key is MessageKey {
  return registered.has(key);
}

export function setLanguage(language: Language): void {
  current = language;
}

/** Picks Swedish unless the host's UI language is English. */
export function languageFromLocale(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith("en") ? "en" : "sv";
}

export function t(key: MessageKey, params?: MessageParams, language: Language = current): string {
  const texts = registered.get(key);
  // A part the bundle did not register: the key, not a crash (the architecture test keeps it from shipping).
  if (!texts) return key;
  const template = texts[language];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * A text of a catalogue part loaded on demand (not registered with `registerMessages`, e.g. the Hjälp tab's help), in
 * the language `t` uses.
 */
export function textIn<M extends Messages>(messages: M, key: keyof M & string, language: Language = current) {
  return (messages[key] as Messages[string])[language];
}

/** Keys that come as a pair "<base>.one" / "<base>.other": a text with a count in it. */
export type CountedKey = {
  [K in MessageKey]: K extends `${infer Base}.one`
    ? `${Base}.other` extends MessageKey
      ? Base
      : never
    : never;
}[MessageKey];

/**
 * A text with a count, in the singular for one ("1 länk") and the plural otherwise ("2 länkar"); Swedish
 * and English both have just these two forms. `count` is passed as a parameter too.
 */
export function tCount(
  key: CountedKey,
  count: number,
  params?: MessageParams,
  language: Language = current,
): string {
  const form = count === 1 ? "one" : "other";
  return t(`${key}.${form}` as MessageKey, { count, ...params }, language);
}
