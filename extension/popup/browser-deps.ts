import { UserError, userMessage } from "../../shared/i18n/message";
import { clipTab } from "../clip/clip-tab";
import { requestHostPermission } from "../platform/permissions";
import { extensionProblems, extensionQueue, onStorageChanged } from "../platform/storage";
import { activeTab, openExtensionPage, openOptionsPage, tabById } from "../platform/tabs";
import { PROBLEM_KEY } from "../queue/problem-store";
import { QUEUE_KEY, RECENT_KEY } from "../queue/queue";
import { originPattern } from "../settings/settings";
import type { PopupDeps } from "./deps";
import { agendaFromDocument, documentKind, MAX_DOCUMENT_BYTES } from "./documents";

const tooLarge = () =>
  new UserError(userMessage("ext.popup.fileTooLarge", { maxMb: MAX_DOCUMENT_BYTES / 1024 / 1024 }));

/** Set when the popup page is opened in a tab of its own ("popped out") for a given tab. */
const TAB_PARAM = "tab";

/**
 * The tab to clip: the one named in the address when the popup runs in a tab of its own, else the
 * active tab of the popup's window (activeTab is granted for it when the user opens the popup).
 */
function targetTab() {
  const named = Number(new URLSearchParams(location.search).get(TAB_PARAM));
  return Number.isInteger(named) && named > 0 ? tabById(named) : activeTab();
}

/**
 * Reopens the popup in a tab working on the same page: a toolbar popup closes when it loses focus (in
 * Firefox even to its own file picker), a tab does not.
 */
async function popOut(tabId: number) {
  await openExtensionPage(`popup.html?${TAB_PARAM}=${tabId}`);
  window.close();
}

async function readFile(file: File, signal: AbortSignal) {
  const kind = documentKind(file.name, file.type);
  if (!kind) throw new UserError(userMessage("ext.popup.unsupportedFile"));
  if (file.size > MAX_DOCUMENT_BYTES) throw tooLarge();
  const data = await file.arrayBuffer();
  signal.throwIfAborted();
  return agendaFromDocument(kind, data);
}

function readUrl(url: string, signal: AbortSignal) {
  const origin = new URL(url).origin;
  // Requested first, synchronously inside the click, as browsers demand a user gesture for the prompt.
  const permission = requestHostPermission(originPattern(origin));
  return (async () => {
    if (!(await permission)) throw new UserError(userMessage("ext.popup.hostDenied", { origin }));
    const response = await fetch(url, { credentials: "include", signal });
    if (!response.ok) throw new UserError(userMessage("ext.popup.fetchFailed", { status: response.status }));
    const kind = documentKind(url, response.headers.get("content-type") ?? "");
    if (!kind) throw new UserError(userMessage("ext.popup.noTabDocument"));
    if (Number(response.headers.get("content-length")) > MAX_DOCUMENT_BYTES) throw tooLarge();
    const data = await response.arrayBuffer();
    if (data.byteLength > MAX_DOCUMENT_BYTES) throw tooLarge();
    signal.throwIfAborted();
    return agendaFromDocument(kind, data);
  })();
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
    watchQueue: (listener) => onStorageChanged([QUEUE_KEY, RECENT_KEY, PROBLEM_KEY], listener),
    problems: extensionProblems(),
    writeClipboard,
    saveFile,
    inOwnTab: new URLSearchParams(location.search).has(TAB_PARAM),
    popOut,
    openOptions: () => {
      openOptionsPage().catch(console.error);
    },
  };
}
