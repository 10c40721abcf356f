import browser, { type Menus, type Runtime, type Tabs } from "webextension-polyfill";
import { COMMAND_CLIP_SELECTION } from "../../manifest/extension/manifest";
import { t } from "../../shared/i18n/i18n";
import { clipTab } from "../clip/clip-tab";
import type { ClipMode } from "../clip/contract";
import { applyLanguage, extensionQueue, readSettings, reportProblem } from "../platform/storage";
import { envelopeFromAgenda } from "../queue/build-envelope";
import { badgeText, QUEUE_KEY } from "../queue/queue";
import { SETTINGS_KEY } from "../settings/settings";
import { syncBridgeRegistration } from "./bridge-registration";
import { type AckResponse, asWorkerRequest, type PullResponse } from "./worker-messages";

/**
 * The background: context menu, keyboard command, the bridge's requests and the badge. Every listener is
 * registered at the top level so the browser can wake the worker for it; no state lives in globals
 * because the worker is stopped after 30 s idle (everything is in storage.local).
 */
const MENU_CLIP_SELECTION = "clip-selection";
const MENU_CLIP_PAGE = "clip-page";

async function updateBadge(): Promise<void> {
  const count = await extensionQueue().count();
  await browser.action.setBadgeText({ text: badgeText(count) });
  await browser.action.setBadgeBackgroundColor({ color: "#1f4e79" });
}

async function createMenus(): Promise<void> {
  await applyLanguage();
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_CLIP_SELECTION,
    title: t("ext.menu.clipSelection"),
    contexts: ["selection"],
  });
  browser.contextMenus.create({ id: MENU_CLIP_PAGE, title: t("ext.menu.clipPage"), contexts: ["page"] });
}

async function setUp(): Promise<void> {
  await Promise.all([createMenus(), syncBridgeRegistration(), updateBadge()]);
}

/** Clips without the popup: straight into the queue; a problem is kept for the popup to show. */
async function clipToQueue(tab: Tabs.Tab | undefined, mode: ClipMode): Promise<void> {
  await applyLanguage();
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  const clip = await clipTab(tabId, mode);
  if (!clip.ok) {
    await reportProblem(clip.error);
    await browser.action.setBadgeText({ text: "!", tabId });
    return;
  }
  const queued = await extensionQueue().enqueue(envelopeFromAgenda(clip.agenda, clip.source));
  if (!queued.ok) {
    await reportProblem(queued.error);
    await browser.action.setBadgeText({ text: "!", tabId });
  }
}

function senderOrigin(sender: Runtime.MessageSender): string | null {
  try {
    return sender.url ? new URL(sender.url).origin : null;
  } catch {
    return null;
  }
}

async function answerBridge(
  message: unknown,
  sender: Runtime.MessageSender,
): Promise<PullResponse | AckResponse | undefined> {
  const request = asWorkerRequest(message);
  if (!request || sender.id !== browser.runtime.id || !sender.tab) return undefined;
  const origin = senderOrigin(sender);
  if (!origin || !(await readSettings()).bridgeOrigins.includes(origin)) return undefined;
  const queue = extensionQueue();
  if (request.type === "bridge-pull") return { clips: await queue.pending() };
  const remaining = await queue.acknowledge(request.ids);
  return { ids: request.ids, remaining };
}

browser.runtime.onInstalled.addListener(() => {
  setUp().catch(console.error);
});
browser.runtime.onStartup.addListener(() => {
  setUp().catch(console.error);
});

browser.contextMenus.onClicked.addListener((info: Menus.OnClickData, tab?: Tabs.Tab) => {
  const mode: ClipMode | null =
    info.menuItemId === MENU_CLIP_SELECTION
      ? "selection"
      : info.menuItemId === MENU_CLIP_PAGE
        ? "page"
        : null;
  if (mode) clipToQueue(tab, mode).catch(console.error);
});

browser.commands.onCommand.addListener((command: string, tab?: Tabs.Tab) => {
  if (command === COMMAND_CLIP_SELECTION) clipToQueue(tab, "selection").catch(console.error);
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  answerBridge(message, sender),
);

browser.storage.onChanged.addListener((changes, area) => {
  if (area !== "local") return;
  if (QUEUE_KEY in changes) updateBadge().catch(console.error);
  if (SETTINGS_KEY in changes) {
    syncBridgeRegistration().catch(console.error);
    createMenus().catch(console.error);
  }
});

browser.permissions.onAdded.addListener(() => {
  syncBridgeRegistration().catch(console.error);
});
browser.permissions.onRemoved.addListener(() => {
  syncBridgeRegistration().catch(console.error);
});
