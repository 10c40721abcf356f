import "./messages";
import { t } from "../../shared/i18n/i18n";
import { displayLanguage, officeLoaded, officeTheme, whenOfficeReady } from "../host/office-host";
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

if (!officeLoaded()) {
  showBootFailure("pane.boot.noOffice");
} else {
  whenOfficeReady(OFFICE_WAIT_MS).then((ready) => {
    if (ready === "timeout") return showBootFailure("pane.boot.timeout");
    // office.js outside an Office host (the page opened in a plain browser tab) reports no host.
    if (!ready.host) return showBootFailure("pane.boot.notInWord");
    bootPane(root, { ops: createWordOps(), displayLanguage: displayLanguage(), officeTheme: officeTheme() });
  });
}
