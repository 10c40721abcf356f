import type { ScriptRegistration } from "../platform/scripting";
import { addinPattern, originPattern } from "../settings/settings";

const BRIDGE_SCRIPT_ID = "sp-bridge";

/** What the registration needs from the browser, passed in so a test can give it the settings. */
export interface BridgeRegistrationDeps {
  /** The add-in's base URLs: the organisation's (policy) and the user's. */
  addinUrls(): Promise<string[]>;
  hasPermission(pattern: string): Promise<boolean>;
  replaceScript(registration: ScriptRegistration): Promise<void>;
}

/**
 * Registers the bridge content script for exactly the add-in base URLs whose host permission is granted
 * (host and path), replacing any earlier registration, and returns those URLs. In every frame, because
 * Word on the web shows the task pane in an iframe.
 */
export async function registerBridge(deps: BridgeRegistrationDeps): Promise<string[]> {
  const addinUrls = await deps.addinUrls();
  const granted = await Promise.all(addinUrls.map((url) => deps.hasPermission(originPattern(url))));
  const urls = addinUrls.filter((_, i) => granted[i]);
  const matches = [...new Set(urls.map(addinPattern))];
  await deps.replaceScript({ id: BRIDGE_SCRIPT_ID, file: "content/bridge.js", matches });
  return urls;
}
