import browser from "webextension-polyfill";
import { readSettings } from "../platform/storage";
import { originPattern } from "../settings/settings";

export const BRIDGE_SCRIPT_ID = "sp-bridge";

/** The configured add-in origins whose host permission the user has granted. */
export async function grantedBridgeOrigins(): Promise<string[]> {
  const { bridgeOrigins } = await readSettings();
  const granted = await Promise.all(
    bridgeOrigins.map((origin) => browser.permissions.contains({ origins: [originPattern(origin)] })),
  );
  return bridgeOrigins.filter((_, i) => granted[i]);
}

/**
 * Registers the bridge content script for exactly the granted add-in origins, replacing any earlier
 * registration; called whenever the settings or permissions change and at startup. In every frame,
 * because Word on the web shows the task pane in an iframe.
 */
export function syncBridgeRegistration(): Promise<string[]> {
  // Settings and permission events often arrive together; two interleaved syncs would register twice.
  return navigator.locks.request("sp-bridge-registration", register);
}

async function register(): Promise<string[]> {
  const origins = await grantedBridgeOrigins();
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [BRIDGE_SCRIPT_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [BRIDGE_SCRIPT_ID] });
  const matches = [...new Set(origins.map(originPattern))];
  if (matches.length > 0) {
    await browser.scripting.registerContentScripts([
      {
        id: BRIDGE_SCRIPT_ID,
        js: ["content/bridge.js"],
        matches,
        runAt: "document_start",
        allFrames: true,
        persistAcrossSessions: true,
      },
    ]);
  }
  return origins;
}
