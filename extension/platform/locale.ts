import browser from "webextension-polyfill";
import { type Language, languageFromLocale } from "../../shared/i18n/i18n";

/** The browser's own UI language, which the extension follows unless the user chose one. */
export const browserLanguage = (): Language => languageFromLocale(browser.i18n.getUILanguage());
