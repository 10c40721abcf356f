import { render } from "preact";
import { applyLanguage } from "../platform/storage";
import { browserDeps } from "./browser-deps";
import { Popup } from "./Popup";

applyLanguage().then((language) => {
  document.documentElement.lang = language;
  render(<Popup deps={browserDeps()} />, document.getElementById("app")!);
});
