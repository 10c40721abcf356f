import "../ui/messages";
import { render } from "preact";
import { t } from "../../shared/i18n/i18n";
import { browserLanguage } from "../platform/locale";
import {
  grantedHostPatterns,
  hasHostPermission,
  removeHostPermission,
  requestHostPermission,
} from "../platform/permissions";
import {
  readManagedAddinUrls,
  readSettings,
  refreshManagedCopy,
  writeSettings,
} from "../platform/settings-store";
import { applyLanguage } from "../platform/storage";
import type { OptionsDeps } from "./deps";
import { Options } from "./Options";

const deps: OptionsDeps = {
  readSettings,
  writeSettings,
  readManagedAddinUrls,
  refreshManagedAddinUrls: refreshManagedCopy,
  hasPermission: hasHostPermission,
  requestPermission: requestHostPermission,
  removePermission: removeHostPermission,
  grantedPatterns: grantedHostPatterns,
};

applyLanguage().then((language) => {
  document.documentElement.lang = language;
  document.title = t("ext.options.title");
  render(<Options deps={deps} browserLanguage={browserLanguage()} />, document.getElementById("app")!);
});
