import { t } from "../../shared/i18n/i18n";
import { clipTab } from "../clip/clip-tab";
import type { ClipMode } from "../clip/contract";
import { showBadge } from "../platform/action";
import { onCommand, onContextMenuChosen, replaceContextMenus } from "../platform/menus";
import { onHostPermissionsChanged } from "../platform/permissions";
import { extensionId, onInstalledOrStartup, onWorkerMessage } from "../platform/runtime";
import { readSettings } from "../platform/settings-store";
import { applyLanguage, extensionProblems, extensionQueue, onStorageChanged } from "../platform/storage";
import { activeTab } from "../platform/tabs";
import { PROBLEM_KEY } from "../queue/problem-store";
import { badgeFor, QUEUE_KEY } from "../queue/queue";
import { SETTINGS_KEY } from "../settings/settings";
import { syncBridgeRegistration } from "./bridge-registration";
import { answerBridgeRequest } from "./bridge-requests";
import { clipToQueue } from "./clip-to-queue";
import { COMMAND_CLIP_SELECTION, MENU_CLIP_PAGE, MENU_CLIP_SELECTION } from "./commands";

/**
 * The background: context menu, keyboard command, the bridge's requests and the badge. Every listener is
 * registered at the top level so the browser can wake the worker for it; no state lives in globals
 * because the worker is stopped after 30 s idle (everything is in storage).
 */
const problemBadge = () => showBadge(badgeFor(0, true));

async function updateBadge(): Promise<void> {
  const [count, problems] = await Promise.all([extensionQueue().count(), extensionProblems().waiting()]);
  await showBadge(badgeFor(count, problems.length > 0));
}

async function createMenus(): Promise<void> {
  await applyLanguage();
  await replaceContextMenus([
    { id: MENU_CLIP_SELECTION, title: t("ext.menu.clipSelection"), contexts: ["selection"] },
    { id: MENU_CLIP_PAGE, title: t("ext.menu.clipPage"), contexts: ["page"] },
  ]);
}

async function setUp(): Promise<void> {
  await Promise.all([createMenus(), syncBridgeRegistration(), updateBadge()]);
}

async function clipFromBackground(tabId: number | undefined, mode: ClipMode): Promise<void> {
  const id = tabId ?? (await activeTab())?.id;
  if (id === undefined) return;
  const problems = extensionProblems();
  await clipToQueue(id, mode, {
    clipTab,
    queue: extensionQueue(),
    reportProblem: (problem) => problems.report(problem),
  });
}

/** The last resort when not even the problem could be stored: the badge needs no storage. */
const flagFailure = (error: unknown) => {
  console.error(error);
  return problemBadge().catch(console.error);
};

onInstalledOrStartup(() => {
  setUp().catch(console.error);
});

onContextMenuChosen((menuId, tabId) => {
  const mode: ClipMode | null =
    menuId === MENU_CLIP_SELECTION ? "selection" : menuId === MENU_CLIP_PAGE ? "page" : null;
  if (mode) clipFromBackground(tabId, mode).catch(flagFailure);
});

onCommand((command, tabId) => {
  if (command === COMMAND_CLIP_SELECTION) clipFromBackground(tabId, "selection").catch(flagFailure);
});

onWorkerMessage((message, sender) =>
  answerBridgeRequest(message, sender, {
    extensionId: extensionId(),
    addinUrls: async () => (await readSettings()).addinUrls,
    queue: extensionQueue(),
  }),
);

onStorageChanged([QUEUE_KEY, PROBLEM_KEY], () => {
  updateBadge().catch(console.error);
});
onStorageChanged([SETTINGS_KEY], () => {
  syncBridgeRegistration().catch(console.error);
  createMenus().catch(console.error);
});
onHostPermissionsChanged(() => {
  syncBridgeRegistration().catch(console.error);
});
