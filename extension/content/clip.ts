import { extractAgendaFromDocument, extractAgendaFromSelection } from "../../shared/agenda";
import type { Agenda } from "../../shared/model/meeting";
import { CLIP_GLOBAL, type ClipMode, type ContentClipResult } from "../clip/contract";
import { closedShadowRootReader } from "../platform/shadow-root";

/**
 * Injected on demand (activeTab) into the page the user is looking at. It only reads: the page, or the
 * current selection, through the shared agenda extractor, and returns plain data: at most the envelope's
 * 500 items (the extractor counts the rest in a notice). No PDF code and no extension API beyond opening
 * closed shadow roots, so it stays small and has nothing to misuse.
 */
function selectedFragment(): DocumentFragment | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const fragment = document.createDocumentFragment();
  for (let i = 0; i < selection.rangeCount; i++) fragment.append(selection.getRangeAt(i).cloneContents());
  return fragment;
}

function clip(mode: ClipMode): ContentClipResult {
  let agenda: Agenda;
  const shadowRoot = closedShadowRootReader() ?? undefined;
  if (mode === "selection") {
    const fragment = selectedFragment();
    if (!fragment) return { ok: false, reason: "noSelection" };
    agenda = extractAgendaFromSelection(fragment, location.href);
  } else {
    agenda = extractAgendaFromDocument(document, location.href, { shadowRoot });
  }
  if (agenda.items.length > 0) return { ok: true, agenda, url: location.href, title: document.title };
  if (agenda.notices?.length) return { ok: false, reason: "notice", notices: agenda.notices };
  return { ok: false, reason: "noItems" };
}

(globalThis as Record<string, unknown>)[CLIP_GLOBAL] = clip;
