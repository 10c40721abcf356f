import type { MessageKey } from "../../shared/i18n/i18n";
import { type UserMessage, userMessage } from "../../shared/i18n/message";
import type { Agenda } from "../../shared/model/meeting";
import { injectionMessage } from "../platform/errors";
import { injectFile, runInTab } from "../platform/scripting";
import { tabById } from "../platform/tabs";
import type { ClipSource } from "../queue/build-envelope";
import { CLIP_GLOBAL, type ClipMode, type ContentClipResult } from "./contract";

/** A clip of a tab, or a Swedish message why there is none (a portal's notice names the kallelse to open). */
export type TabClip = { ok: true; agenda: Agenda; source: ClipSource } | { ok: false; error: UserMessage };

/** Runs in the page's isolated world: serialised by the browser, so it may only use its arguments. */
function runInstalledClip(globalName: string, mode: ClipMode): ContentClipResult {
  const clip = (globalThis as unknown as Record<string, (mode: ClipMode) => ContentClipResult>)[globalName];
  return clip!(mode);
}

/**
 * Clips the page or selection of one tab: injects the clip content script (needs activeTab or a host
 * permission), then calls it. Used by the popup, the context menu and the keyboard command alike.
 */
export async function clipTab(tabId: number, mode: ClipMode): Promise<TabClip> {
  let result: ContentClipResult | undefined;
  try {
    await injectFile(tabId, "content/clip.js");
    result = await runInTab(tabId, runInstalledClip, [CLIP_GLOBAL, mode]);
  } catch (error) {
    // Browser pages, the web store, PDFs in the viewer and pages without permission all refuse injection;
    // only the last can be helped, in the options page.
    const url = await tabById(tabId).then(
      (tab) => tab?.url ?? null,
      () => null,
    );
    return { ok: false, error: injectionMessage(error, url) };
  }
  if (!result) return { ok: false, error: userMessage("ext.clip.cannotRun") };
  // The page's first notice says why it has no items (a login, a portal whose agenda is only a PDF).
  const notice = !result.ok && result.reason === "notice" ? result.notices[0] : undefined;
  if (notice) return { ok: false, error: userMessage(notice.key as MessageKey, notice.params) };
  if (!result.ok)
    return {
      ok: false,
      error: userMessage(result.reason === "noSelection" ? "ext.clip.noSelection" : "ext.clip.noItems"),
    };
  return { ok: true, agenda: result.agenda, source: { url: result.url, title: result.title } };
}
