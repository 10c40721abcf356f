import "../ui/messages";
import { render } from "preact";
import { t } from "../../shared/i18n/i18n";
import { applyLanguage } from "../platform/storage";
import { browserDeps } from "./browser-deps";
import { Popup } from "./Popup";

applyLanguage().then((language) => {
  document.documentElement.lang = language;
  document.title = t("ext.popup.title");
  render(<Popup deps={browserDeps()} />, document.getElementById("app")!);
});
