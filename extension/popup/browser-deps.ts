import browser from "webextension-polyfill";
import { t } from "../../shared/i18n/i18n";
import { clipTab } from "../clip/clip-tab";
import { extensionQueue, takeProblem } from "../platform/storage";
import { QUEUE_KEY } from "../queue/queue";
import { originPattern } from "../settings/settings";
import type { PopupDeps } from "./deps";
import { agendaFromDocument, documentKind, MAX_DOCUMENT_BYTES } from "./documents";

const tooLarge = () => new Error(t("ext.popup.fileTooLarge", { maxMb: MAX_DOCUMENT_BYTES / 1024 / 1024 }));

/** Set when the popup page is opened in a tab of its own ("popped out") for a given tab. */
const TAB_PARAM = "tab";

/**
 * The tab to clip: the one named in the address when the popup runs in a tab of its own, else the
 * active tab of the popup's window (activeTab is granted for it when the user opens the popup).
 */
async function targetTab() {
  const named = Number(new URLSearchParams(location.search).get(TAB_PARAM));
  const tab =
    Number.isInteger(named) && named > 0
      ? await browser.tabs.get(named)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (tab?.id === undefined) return null;
  return { id: tab.id, url: tab.url ?? null, title: tab.title ?? "" };
}

/**
 * Reopens the popup in a tab working on the same page: a toolbar popup closes when it loses focus (in
 * Firefox even to its own file picker), a tab does not.
 */
async function popOut(tabId: number) {
  await browser.tabs.create({ url: browser.runtime.getURL(`popup.html?${TAB_PARAM}=${tabId}`) });
  window.close();
}

async function readFile(file: File) {
  const kind = documentKind(file.name, file.type);
  if (!kind) throw new Error(t("ext.popup.unsupportedFile"));
  if (file.size > MAX_DOCUMENT_BYTES) throw tooLarge();
  return agendaFromDocument(kind, await file.arrayBuffer());
}

function readUrl(url: string) {
  const origin = new URL(url).origin;
  // Requested first, synchronously inside the click, as browsers demand a user gesture for the prompt.
  const permission = browser.permissions.request({ origins: [originPattern(origin)] });
  return (async () => {
    if (!(await permission)) throw new Error(t("ext.popup.hostDenied", { origin }));
    const response = await fetch(url, { credentials: "include" });
    if (!response.ok) throw new Error(t("ext.popup.fetchFailed", { status: response.status }));
    const kind = documentKind(url, response.headers.get("content-type") ?? "");
    if (!kind) throw new Error(t("ext.popup.noTabDocument"));
    if (Number(response.headers.get("content-length")) > MAX_DOCUMENT_BYTES) throw tooLarge();
    const data = await response.arrayBuffer();
    if (data.byteLength > MAX_DOCUMENT_BYTES) throw tooLarge();
    return agendaFromDocument(kind, data);
  })();
}

function watchQueue(listener: () => void) {
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === "local" && QUEUE_KEY in changes) listener();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

async function writeClipboard(html: string, text: string) {
  await navigator.clipboard.write([
    new ClipboardItem({
      "text/html": new Blob([html], { type: "text/html" }),
      "text/plain": new Blob([text], { type: "text/plain" }),
    }),
  ]);
}

function saveFile(name: string, json: string) {
  const url = URL.createObjectURL(new Blob([json], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  // Revoked later: the download starts asynchronously after the click.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function browserDeps(): PopupDeps {
  return {
    targetTab,
    clipTab,
    readFile,
    readUrl,
    queue: extensionQueue(),
    watchQueue,
    takeProblem,
    writeClipboard,
    saveFile,
    inOwnTab: new URLSearchParams(location.search).has(TAB_PARAM),
    popOut,
    openOptions: () => {
      browser.runtime.openOptionsPage();
    },
  };
}
