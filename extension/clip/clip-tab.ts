import browser from "webextension-polyfill";
import { noticeText } from "../../shared/agenda/notice-text";
import { t } from "../../shared/i18n/i18n";
import type { Agenda } from "../../shared/model/meeting";
import type { ClipSource } from "../queue/build-envelope";
import { CLIP_GLOBAL, type ClipMode, type ContentClipResult } from "./contract";

/**
 * A clip of a tab, or a Swedish message why there is none. `documentUrl` is the agenda document a portal
 * page points to (the kallelse PDF): the popup can read it with "Läs dokumentet" instead.
 */
export type TabClip =
  | { ok: true; agenda: Agenda; source: ClipSource }
  | { ok: false; error: string; documentUrl?: string };

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
    await browser.scripting.executeScript({ target: { tabId }, files: ["content/clip.js"] });
    const [injection] = await browser.scripting.executeScript({
      target: { tabId },
      func: runInstalledClip,
      args: [CLIP_GLOBAL, mode],
    });
    result = injection?.result as ContentClipResult | undefined;
  } catch {
    // Browser pages, the web store, PDFs in the viewer and pages without permission all refuse injection.
    return { ok: false, error: t("ext.clip.cannotRun") };
  }
  if (!result) return { ok: false, error: t("ext.clip.cannotRun") };
  if (!result.ok && result.reason === "notice") {
    const error = result.notices.map((notice) => noticeText(notice)).join(" ");
    return result.documentUrl ? { ok: false, error, documentUrl: result.documentUrl } : { ok: false, error };
  }
  if (!result.ok)
    return {
      ok: false,
      error: t(result.reason === "noSelection" ? "ext.clip.noSelection" : "ext.clip.noItems"),
    };
  return { ok: true, agenda: result.agenda, source: { url: result.url, title: result.title } };
}
