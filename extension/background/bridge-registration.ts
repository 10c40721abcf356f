import { hasHostPermission } from "../platform/permissions";
import { replaceRegisteredScript } from "../platform/scripting";
import { readSettings } from "../platform/settings-store";
import { addinPattern, originPattern } from "../settings/settings";

export const BRIDGE_SCRIPT_ID = "sp-bridge";

/** The configured add-in base URLs whose host permission the user has granted. */
export async function grantedAddinUrls(): Promise<string[]> {
  const { addinUrls } = await readSettings();
  const granted = await Promise.all(addinUrls.map((url) => hasHostPermission(originPattern(url))));
  return addinUrls.filter((_, i) => granted[i]);
}

/**
 * Registers the bridge content script for exactly the granted add-in base URLs (host and path), replacing
 * any earlier registration; called whenever the settings or permissions change and at startup. In every
 * frame, because Word on the web shows the task pane in an iframe.
 */
export function syncBridgeRegistration(): Promise<string[]> {
  // Settings and permission events often arrive together; two interleaved syncs would register twice.
  return navigator.locks.request("sp-bridge-registration", register);
}

async function register(): Promise<string[]> {
  const urls = await grantedAddinUrls();
  const matches = [...new Set(urls.map(addinPattern))];
  await replaceRegisteredScript({ id: BRIDGE_SCRIPT_ID, file: "content/bridge.js", matches });
  return urls;
}
