import { t } from "../../shared/i18n/i18n";
import type { Notify } from "../host/office-host";

/**
 * Word has no notification bar for add-in commands, so a message is shown in a small Office dialog: this
 * same page (commands.html) opened with `?notice=<text>`, which renders the text and a close button.
 */
const PARAM = "notice";
const MAX_LENGTH = 500;

export function noticeUrl(pageUrl: string, message: string): string {
  const url = new URL(pageUrl);
  url.search = "";
  url.hash = "";
  url.searchParams.set(PARAM, message.slice(0, MAX_LENGTH));
  return url.href;
}

/** Shows each message in the notice dialog opened by `open` (the host's dialog). */
export function dialogNotifier(open: (url: string) => Promise<void>, pageUrl: string): Notify {
  return (message) => open(noticeUrl(pageUrl, message));
}

/**
 * Renders the notice when this page was opened as the dialog; returns false on the normal function-file
 * load. The message is set as text, never as markup.
 */
export function renderNoticeIfRequested(doc: Document, onClose: () => void): boolean {
  const message = new URL(doc.location.href).searchParams.get(PARAM);
  if (message === null) return false;
  const main = doc.createElement("main");
  main.className = "notice";
  const text = doc.createElement("p");
  text.setAttribute("role", "alert");
  text.textContent = message.slice(0, MAX_LENGTH);
  const button = doc.createElement("button");
  button.type = "button";
  button.textContent = t("word.command.close");
  button.addEventListener("click", onClose);
  doc.addEventListener("keydown", (event) => {
    if (event.key === "Escape") onClose();
  });
  main.append(text, button);
  doc.body.replaceChildren(main);
  button.focus();
  return true;
}
