import { type MessageKey, type MessageParams, t } from "../i18n/i18n";

/**
 * A document the agenda readers refuse (a zip bomb, a damaged file), with the catalogue message a user
 * can act on. Library errors ("[xmldom error] …", pdf.js exceptions) are mapped to one of these, so no raw
 * English message reaches the user.
 */
export class AgendaReadError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(t(key, params));
    this.name = "AgendaReadError";
  }
}
