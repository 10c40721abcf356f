import { catalogue } from "./catalogue";

/**
 * Every user-facing string comes from the catalogue. Each entry holds both languages side by side so a
 * missing translation is a type error, not a runtime surprise.
 */
export type Language = "sv" | "en";
export type MessageKey = keyof typeof catalogue;
export type MessageParams = Record<string, string | number>;

let current: Language = "sv";

export function setLanguage(language: Language): void {
  current = language;
}

/** Picks Swedish unless the host's UI language is English. */
export function languageFromLocale(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith("en") ? "en" : "sv";
}

export function t(key: MessageKey, params?: MessageParams, language: Language = current): string {
  const template = catalogue[key][language];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
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
