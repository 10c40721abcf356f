import type { ExtensionSettings } from "../settings/settings";

/** The browser parts the options page uses, passed in so component tests can swap them. */
export interface OptionsDeps {
  readSettings(): Promise<ExtensionSettings>;
  writeSettings(settings: ExtensionSettings): Promise<void>;
  /** The add-in base URLs the organisation presets by policy (storage.managed), as last copied. */
  readManagedAddinUrls(): Promise<string[]>;
  /** Copies the policy afresh (its first read after a browser start may take seconds). */
  refreshManagedAddinUrls(): Promise<void>;
  hasPermission(pattern: string): Promise<boolean>;
  /** Must be called directly from a click: browsers only prompt within a user gesture. */
  requestPermission(pattern: string): Promise<boolean>;
  removePermission(pattern: string): Promise<void>;
  /** Host patterns the user has granted ("https://intranat.kommun.se/*"). */
  grantedPatterns(): Promise<string[]>;
}
