import { type Language, type MessageKey, t } from "../i18n/i18n";
import type { Notice } from "../model/meeting";

const LOCALES: Record<Language, string> = { sv: "sv-SE", en: "en-GB" };

/** A notice in the user's language, its counts written as the language writes them ("24 000"). */
export function noticeText(notice: Notice, language?: Language): string {
  const locale = LOCALES[language ?? "sv"];
  const params = Object.fromEntries(
    Object.entries(notice.params ?? {}).map(([name, value]) => [
      name,
      typeof value === "number" ? value.toLocaleString(locale) : value,
    ]),
  );
  return t(notice.key as MessageKey, params, language);
}
