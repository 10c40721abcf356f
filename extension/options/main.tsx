import { render } from "preact";
import browser from "webextension-polyfill";
import { languageFromLocale, t } from "../../shared/i18n/i18n";
import { applyLanguage, readSettings, writeSettings } from "../platform/storage";
import type { OptionsDeps } from "./deps";
import { Options } from "./Options";

const deps: OptionsDeps = {
  readSettings,
  writeSettings,
  hasPermission: (pattern) => browser.permissions.contains({ origins: [pattern] }),
  requestPermission: (pattern) => browser.permissions.request({ origins: [pattern] }),
  removePermission: async (pattern) => {
    await browser.permissions.remove({ origins: [pattern] });
  },
  grantedPatterns: async () => (await browser.permissions.getAll()).origins ?? [],
};

applyLanguage().then((language) => {
  document.documentElement.lang = language;
  document.title = t("ext.options.title");
  render(
    <Options deps={deps} browserLanguage={languageFromLocale(browser.i18n.getUILanguage())} />,
    document.getElementById("app")!,
  );
});
