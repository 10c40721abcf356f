// TEST DOUBLE — NOT WORD. The real task pane against the Word test double, in an ordinary browser tab, for
// `npm start` and the browser tests. The double is installed before the pane boots, exactly where office.js
// would have set up `Word` and `Office`. `?wordApi=1.3` emulates Word 2019/2021 (no WordApi 1.4).
import "../../addin/ui/messages";
import { bootPane } from "../../addin/ui/boot";
import { createWordOps } from "../../addin/word/create-word-ops";
import { t } from "../../shared/i18n/i18n";
import { installWordDouble, renderDocument, type WordDouble } from "./word-double";
import "./trial.css";

declare global {
  interface Window {
    /** The double, for browser tests to inspect the document; exists only on the trial page. */
    wordDouble?: WordDouble;
  }
}

const wordApi = new URLSearchParams(location.search).get("wordApi") ?? undefined;
const double = installWordDouble(window, { undo: true, ...(wordApi ? { wordApi } : {}) });
window.wordDouble = double;

(document.getElementById("trial-banner") as HTMLElement).textContent = t("pane.trial.banner");
(document.getElementById("trial-intro") as HTMLElement).textContent = t("word.trial.intro");
document.title = t("pane.trial.document");
renderDocument(double, document.getElementById("document") as HTMLElement);

Office.onReady().then(() =>
  bootPane(document.getElementById("app") as HTMLElement, {
    ops: createWordOps(),
    displayLanguage: Office.context.displayLanguage,
  }),
);
