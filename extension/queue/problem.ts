import { type ClipEnvelope, checkEnvelope } from "../../shared/clip/envelope";
import { asUserMessage, type UserMessage } from "../../shared/i18n/message";

/**
 * A problem of a clip made where no popup was open to show it (context menu, keyboard command): its
 * message as a catalogue key, and the clip itself when it could not be queued, so the popup can offer it
 * again instead of it being lost.
 */
export interface Problem {
  message: UserMessage;
  rescued?: ClipEnvelope;
}

/** A problem read back from storage, or null when the value is not one (storage can be edited by hand). */
export function asProblem(value: unknown): Problem | null {
  if (typeof value !== "object" || value === null) return null;
  const { message, rescued } = value as { message?: unknown; rescued?: unknown };
  const text = asUserMessage(message);
  if (!text) return null;
  if (rescued === undefined) return { message: text };
  const clip = checkEnvelope(rescued);
  return clip.ok ? { message: text, rescued: clip.envelope } : { message: text };
}
