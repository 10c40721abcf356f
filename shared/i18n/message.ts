import { isRegistered, type Language, type MessageKey, t } from "./i18n";

/**
 * A user message kept as its catalogue key and parameters, not as text, so that what is stored or passed
 * on (a problem waiting in storage, an error in state) is shown in the language chosen when it is shown.
 * A parameter may itself be a message ("{field}" = "the title"), rendered in the same language.
 */
export interface UserMessage {
  key: MessageKey;
  params?: Record<string, string | number | UserMessage>;
}

export const userMessage = (key: MessageKey, params?: UserMessage["params"]): UserMessage =>
  params ? { key, params } : { key };

export function textOf(message: UserMessage, language?: Language): string {
  if (!message.params) return t(message.key, undefined, language);
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.params)) {
    params[name] = typeof value === "object" ? textOf(value, language) : value;
  }
  return t(message.key, params, language);
}

const isKey = (value: unknown): value is MessageKey => typeof value === "string" && isRegistered(value);

/**
 * A message read back from storage or another context, or null when it is not one of ours (or of a part
 * this bundle does not show, so the caller's own message stands in rather than a raw key).
 */
export function asUserMessage(value: unknown, depth = 0): UserMessage | null {
  if (typeof value !== "object" || value === null || depth > 3) return null;
  const { key, params } = value as { key?: unknown; params?: unknown };
  if (!isKey(key)) return null;
  if (params === undefined) return { key };
  if (typeof params !== "object" || params === null) return null;
  const checked: Record<string, string | number | UserMessage> = {};
  for (const [name, param] of Object.entries(params)) {
    if (typeof param === "string" || typeof param === "number") checked[name] = param;
    else {
      const nested = asUserMessage(param, depth + 1);
      if (!nested) return null;
      checked[name] = nested;
    }
  }
  return { key, params: checked };
}

/** An error whose user message is a catalogue key, thrown where the cause is known and shown later. */
export class UserError extends Error {
  constructor(readonly userMessage: UserMessage) {
    super(userMessage.key);
    this.name = "UserError";
  }
}

/** "1 punkt" or "{count} punkter": Swedish and English both tell one from many. */
export const counted = (count: number, one: MessageKey, many: MessageKey): UserMessage =>
  userMessage(count === 1 ? one : many, { count });
