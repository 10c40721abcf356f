import "../ui/messages";
import { t } from "../../shared/i18n/i18n";
import { clipTab } from "../clip/clip-tab";
import type { ClipMode } from "../clip/contract";
import { showBadge } from "../platform/action";
import { onCommand, onContextMenuChosen, replaceContextMenus } from "../platform/menus";
import { hasHostPermission, onHostPermissionsChanged } from "../platform/permissions";
import { extensionId, onInstalledOrStartup, onWorkerMessage } from "../platform/runtime";
import { replaceRegisteredScript } from "../platform/scripting";
import { onManagedSettingsChanged, readAddinUrls, refreshManagedCopy } from "../platform/settings-store";
import { applyLanguage, extensionProblems, extensionQueue, onStorageChanged } from "../platform/storage";
import { activeTab } from "../platform/tabs";
import { PROBLEM_KEY } from "../queue/problem-store";
import { badgeFor, QUEUE_KEY } from "../queue/queue";
import { MANAGED_COPY_KEY, SETTINGS_KEY } from "../settings/settings";
import { registerBridge } from "./bridge-registration";
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

/**
 * The bridge's registration, redone whenever the settings, the policy or the permissions change and at
 * startup. Those events often arrive together; two interleaved syncs would register twice.
 */
const syncBridgeRegistration = () =>
  navigator.locks.request("sp-bridge-registration", () =>
    registerBridge({
      addinUrls: readAddinUrls,
      hasPermission: hasHostPermission,
      replaceScript: replaceRegisteredScript,
    }),
  );

async function createMenus(): Promise<void> {
  await applyLanguage();
  await replaceContextMenus([
    { id: MENU_CLIP_SELECTION, title: t("ext.menu.clipSelection"), contexts: ["selection"] },
    { id: MENU_CLIP_PAGE, title: t("ext.menu.clipPage"), contexts: ["page"] },
  ]);
}

async function setUp(): Promise<void> {
  // The policy's copy is refreshed beside, not before: its first read can take seconds (MANAGED_COPY_KEY),
  // and a change to the copy registers the bridge again.
  await Promise.all([createMenus(), syncBridgeRegistration(), updateBadge(), refreshManagedCopy()]);
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
    addinUrls: readAddinUrls,
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

onStorageChanged([MANAGED_COPY_KEY], () => {
  syncBridgeRegistration().catch(console.error);
});
onHostPermissionsChanged(() => {
  syncBridgeRegistration().catch(console.error);
});

// An administrator changed the policy presetting the add-in's addresses (Chrome and Edge, while running).
onManagedSettingsChanged(() => {
  refreshManagedCopy().catch(console.error);
});
