import { type MessageKey, type MessageParams, t } from "../../shared/i18n/i18n";

/** A failure the adapter detects itself, carrying the catalogue key of its user message. */
export class WordOpError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params?: MessageParams,
  ) {
    super(key);
    this.name = "WordOpError";
  }
}

// OfficeExtension.Error codes (Word.ErrorCodes plus the common ones) to what the user can do about them.
const BY_CODE: Record<string, MessageKey> = {
  ItemNotFound: "word.error.itemNotFound",
  InvalidArgument: "word.error.invalidArgument",
  InvalidRequest: "word.error.invalidArgument",
  AccessDenied: "word.error.accessDenied",
  NotAllowed: "word.error.notAllowed",
  GeneralException: "word.error.general",
  InvalidSelection: "word.error.noSelection",
  ApiNotFound: "word.error.apiNotFound",
  SelectionNotSupported: "word.error.noSelection",
};

/** The Office error code (`OfficeExtension.Error.code`, e.g. "ItemNotFound"), when the error carries one. */
export function codeOf(error: unknown): string | null {
  if (typeof error !== "object" || error === null || !("code" in error)) return null;
  const code = (error as { code: unknown }).code;
  return typeof code === "string" ? code : null;
}

/** The Swedish (or English) message to show for any error thrown by an adapter operation. */
export function userMessageFor(error: unknown): string {
  if (error instanceof WordOpError) return t(error.key, error.params);
  const code = codeOf(error);
  const key = code ? BY_CODE[code] : undefined;
  if (key) return t(key);
  const detail = error instanceof Error ? error.message : String(error);
  return t("word.error.unknown", { detail: code ? `${code}: ${detail}` : detail });
}
