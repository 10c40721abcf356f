import { COMMAND_CLIP_SELECTION } from "../../extension/background/commands";
import { MANAGED_SCHEMA_FILE } from "./managed-schema";

/**
 * The one source of the extension manifest. Chrome and Edge run the background as a module service worker;
 * Firefox runs the same file as a background script (its MV3 has no service workers) and needs a gecko id.
 * Everything else is identical, so browser differences live here and nowhere in the code.
 */
export const TARGET_BROWSERS = ["chrome", "edge", "firefox"] as const;
export type TargetBrowser = (typeof TARGET_BROWSERS)[number];

const GECKO_ID = "samverkansprotokoll@samverkansprotokoll.se";
/** Firefox ESR 140: MV3 with optional host permissions, scripting.registerContentScripts and data consent. */
const FIREFOX_MIN_VERSION = "140.0";

export const ICON_SIZES = [16, 32, 48, 128] as const;

/** Keys of `_locales/<lang>/messages.json`, generated from the extension's i18n catalogue. */
export const LOCALE_KEYS = {
  extName: "ext.manifest.name",
  extDescription: "ext.manifest.description",
  commandClipSelection: "ext.manifest.commandClipSelection",
  commandOpenPopup: "ext.manifest.commandOpenPopup",
} as const;

export function extensionManifest(browser: TargetBrowser, version: string): Record<string, unknown> {
  const icons = Object.fromEntries(ICON_SIZES.map((size) => [String(size), `icons/icon-${size}.png`]));
  const background =
    browser === "firefox"
      ? { scripts: ["service-worker.js"], type: "module" }
      : { service_worker: "service-worker.js", type: "module" };
  const manifest: Record<string, unknown> = {
    manifest_version: 3,
    name: "__MSG_extName__",
    description: "__MSG_extDescription__",
    version,
    default_locale: "sv",
    icons,
    action: { default_popup: "popup.html", default_title: "__MSG_extName__", default_icon: icons },
    options_ui: { page: "options.html", open_in_tab: true },
    background,
    permissions: ["activeTab", "scripting", "storage", "contextMenus"],
    // The add-in's addresses an organisation presets by policy (storage.managed).
    storage: { managed_schema: MANAGED_SCHEMA_FILE },
    // Intranet sites (to read agenda documents) and the add-in's origins (for the bridge) are granted by the
    // user in the options page; nothing is readable until then.
    optional_host_permissions: ["https://*/*", "http://*/*"],
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'none'" },
    commands: {
      _execute_action: {
        suggested_key: { default: "Alt+Shift+P" },
        description: "__MSG_commandOpenPopup__",
      },
      [COMMAND_CLIP_SELECTION]: {
        suggested_key: { default: "Alt+Shift+K" },
        description: "__MSG_commandClipSelection__",
      },
    },
  };
  if (browser === "firefox") {
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        // Nothing leaves the browser except to the user's own add-in page.
        data_collection_permissions: { required: ["none"] },
      },
    };
  }
  return manifest;
}
