import { type ClipEnvelope, checkEnvelope } from "../../shared/clip/envelope";
import { asUserMessage, type UserMessage, userMessage } from "../../shared/i18n/message";

/**
 * A problem of a clip made where no popup was open to show it (context menu, keyboard command): its
 * message as a catalogue key, and the clip itself when it could not be queued, so the popup can offer it
 * again instead of it being lost.
 */
export interface Problem {
  message: UserMessage;
  rescued?: ClipEnvelope;
}

/**
 * Rescued clips kept at most: each may be up to the envelope's 512 kB, and storage.session (where they go
 * when storage.local is full) holds 10 MB in Chrome.
 */
export const MAX_RESCUED = 10;

/** A problem read back from storage, or null when the value is not one (storage can be edited by hand). */
function asProblem(value: unknown): Problem | null {
  if (typeof value !== "object" || value === null) return null;
  const { message, rescued } = value as { message?: unknown; rescued?: unknown };
  const text = asUserMessage(message);
  if (!text) return null;
  if (rescued === undefined) return { message: text };
  const clip = checkEnvelope(rescued);
  return clip.ok ? { message: text, rescued: clip.envelope } : { message: text };
}

/** The problems stored under one key: a list, or the single problem earlier versions kept there. */
export function asProblems(value: unknown): Problem[] {
  const entries = Array.isArray(value) ? value.slice(0, MAX_RESCUED + 1) : [value];
  return entries.flatMap((entry) => {
    const problem = asProblem(entry);
    return problem ? [problem] : [];
  });
}

/**
 * The problems after a new one: a rescued clip joins the others (the same clip again replaces itself) and
 * stays until the user acts on it; a plain notice replaces the earlier notice, since only the latest says
 * what the user needs to know now. Beyond MAX_RESCUED the new clip cannot be kept, and the notice says so.
 */
export function withProblem(problems: readonly Problem[], problem: Problem): Problem[] {
  const rescued = problems.filter((each) => each.rescued && each.rescued.id !== problem.rescued?.id);
  const notice = problems.find((each) => !each.rescued);
  if (!problem.rescued) return [...rescued, problem];
  if (rescued.length >= MAX_RESCUED) {
    return [...rescued, { message: userMessage("ext.problem.tooManyRescued", { max: MAX_RESCUED }) }];
  }
  return [...rescued, problem, ...(notice ? [notice] : [])];
}
