import { t } from "../../shared/i18n/i18n";
import { createWordOps } from "../word/create-word-ops";
import { bootPane } from "./boot";

const root = document.getElementById("app") as HTMLElement;

/** Office.onReady never settles when office.js failed to load (blocked CDN, opened outside Office). */
const OFFICE_WAIT_MS = 10_000;

function showBootFailure(key: "pane.boot.noOffice" | "pane.boot.notInWord" | "pane.boot.timeout") {
  const message = document.createElement("p");
  message.setAttribute("role", "alert");
  message.textContent = t(key);
  root.replaceChildren(message);
}

if (typeof Office === "undefined") {
  showBootFailure("pane.boot.noOffice");
} else {
  const timer = setTimeout(() => showBootFailure("pane.boot.timeout"), OFFICE_WAIT_MS);
  Office.onReady().then((info) => {
    clearTimeout(timer);
    // office.js outside an Office host (the page opened in a plain browser tab) reports no host.
    if (!info.host) {
      showBootFailure("pane.boot.notInWord");
      return;
    }
    bootPane(root, {
      ops: createWordOps(),
      displayLanguage: Office.context?.displayLanguage,
      officeTheme: Office.context?.officeTheme,
    });
  });
}
