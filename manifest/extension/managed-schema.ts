import { MANAGED_ADDIN_URLS_KEY } from "../../extension/settings/settings";

/**
 * The enterprise policy the extension reads from storage.managed, as Chrome and Edge want it declared: a
 * JSON schema file named by the manifest's `storage.managed_schema`, whose top level is an object of the
 * policies (no additionalProperties there) and where each schema has a `type`. Values that do not fit
 * are not published to the extension. Firefox does not need the file; its policy comes from
 * policies.json ("3rdparty" → "Extensions" → the extension's id). See
 * https://developer.chrome.com/docs/extensions/reference/manifest/storage and
 * https://extensionworkshop.com/documentation/enterprise/enterprise-development/.
 */
export const MANAGED_SCHEMA_FILE = "managed_schema.json";

export const managedSchema = {
  type: "object",
  properties: {
    [MANAGED_ADDIN_URLS_KEY]: {
      title: "Word add-in base URLs",
      description:
        "Base URLs (origin and path, e.g. https://samverkan.kommun.se/) of the Samverkansprotokoll Word add-in. The bridge that hands clips to the task pane runs under them, beside any address the user adds; users cannot remove them. Each still needs the user's host permission in the options page.",
      type: "array",
      items: { type: "string" },
    },
  },
} as const;
