import browser, { type Menus, type Runtime, type Tabs } from "webextension-polyfill";
import { COMMAND_CLIP_SELECTION } from "../../manifest/extension/manifest";
import { t } from "../../shared/i18n/i18n";
import { clipTab } from "../clip/clip-tab";
import type { ClipMode } from "../clip/contract";
import {
  applyLanguage,
  extensionQueue,
  hasProblem,
  PROBLEM_KEY,
  readSettings,
  reportProblem,
} from "../platform/storage";
import { badgeFor, QUEUE_KEY } from "../queue/queue";
import { SETTINGS_KEY } from "../settings/settings";
import { syncBridgeRegistration } from "./bridge-registration";
import { answerBridgeRequest } from "./bridge-requests";
import { clipToQueue } from "./clip-to-queue";

/**
 * The background: context menu, keyboard command, the bridge's requests and the badge. Every listener is
 * registered at the top level so the browser can wake the worker for it; no state lives in globals
 * because the worker is stopped after 30 s idle (everything is in storage.local).
 */
const MENU_CLIP_SELECTION = "clip-selection";
const MENU_CLIP_PAGE = "clip-page";

async function updateBadge(): Promise<void> {
  const [count, problem] = await Promise.all([extensionQueue().count(), hasProblem()]);
  const badge = badgeFor(count, problem);
  await browser.action.setBadgeText({ text: badge.text });
  await browser.action.setBadgeBackgroundColor({ color: badge.color });
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

async function clipFromBackground(tab: Tabs.Tab | undefined, mode: ClipMode): Promise<void> {
  await applyLanguage();
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  await clipToQueue(tabId, mode, { clipTab, queue: extensionQueue(), reportProblem });
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
  if (mode) clipFromBackground(tab, mode).catch(console.error);
});

browser.commands.onCommand.addListener((command: string, tab?: Tabs.Tab) => {
  if (command === COMMAND_CLIP_SELECTION) clipFromBackground(tab, "selection").catch(console.error);
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  answerBridgeRequest(message, sender, {
    extensionId: browser.runtime.id,
    bridgeOrigins: async () => (await readSettings()).bridgeOrigins,
    queue: extensionQueue(),
  }),
);

browser.storage.onChanged.addListener((changes, area) => {
  if (area !== "local") return;
  if (QUEUE_KEY in changes || PROBLEM_KEY in changes) updateBadge().catch(console.error);
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
