import { asUserMessage, UserError, type UserMessage, userMessage } from "../../shared/i18n/message";

/**
 * What the user is told when a browser API or a library throws: the browsers' own texts are English and
 * technical ("Resource::kQuotaBytes quota exceeded"), so each known kind gets a catalogue message saying
 * what to do, and anything else a general one. The original goes to the console for whoever debugs it.
 */
const KNOWN: readonly [RegExp, UserMessage][] = [
  // Chrome: "Resource::kQuotaBytes quota exceeded", "QUOTA_BYTES quota exceeded"; Firefox and the web:
  // QuotaExceededError (DOMException name) and "… quota exceeded".
  [/quota|QuotaExceeded/i, userMessage("ext.error.storageFull")],
  [
    /Extension context invalidated|Receiving end does not exist|Could not establish connection/i,
    userMessage("ext.error.extensionRestarted"),
  ],
  // Pages no permission opens: the browser's own (chrome://, about:), the web store, a closed tab.
  [
    /Cannot access a (?:chrome|about|edge|moz-extension|chrome-extension):|cannot be scripted|No tab with id/i,
    userMessage("ext.clip.cannotRun"),
  ],
  // A web page without the host permission (Chrome: "… must request permission to access the respective
  // host", Firefox: "Missing host permission for the tab"): the options page grants it.
  [/must request permission|Missing host permission/i, userMessage("ext.clip.noPermission")],
  [/Cannot access/i, userMessage("ext.clip.cannotRun")],
];

/**
 * Why the clip script could not run in a tab showing `url` (null when the browser hides it, as it does
 * without a permission for the page): a web page lacks the permission, anything else cannot be read.
 */
export function injectionMessage(error: unknown, url: string | null): UserMessage {
  const message = userMessageForError(error);
  const webPage = url === null || /^https?:/i.test(url);
  return message.key === "ext.clip.noPermission" && webPage ? message : userMessage("ext.clip.cannotRun");
}

function detailOf(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

/** The user message for anything thrown: a catalogue message it carries, a known browser error, or a general one. */
export function userMessageForError(error: unknown): UserMessage {
  if (error instanceof UserError) return error.userMessage;
  const carried = asUserMessage(error);
  if (carried) return carried;
  const detail = detailOf(error);
  for (const [pattern, message] of KNOWN) if (pattern.test(detail)) return message;
  console.error(error);
  return userMessage("ext.error.unexpected");
}

/** The clipboard refuses when the page lost focus or the user denied it; both are fixed the same way. */
export function clipboardMessageForError(error: unknown): UserMessage {
  const known = userMessageForError(error);
  return known.key === "ext.error.unexpected" ? userMessage("ext.popup.copyFailed") : known;
}
