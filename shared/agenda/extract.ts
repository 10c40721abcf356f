import type { Agenda } from "../model/meeting";
import { extractWithAdapter } from "./adapters";
import { assembleAgenda } from "./assemble";
import { extractFromNode, extractGeneric } from "./dom";
import { layoutBlocks } from "./layout";

/**
 * The public extractors. Each returns an Agenda and never throws on odd input: a page with no agenda
 * gives no items, and the caller shows its "nothing found" message.
 */

/** A whole page: a site adapter when one knows the portal, otherwise the generic extractor. */
export function extractAgendaFromDocument(doc: Document, pageUrl: string): Agenda {
  const adapted = extractWithAdapter(doc, pageUrl);
  if (adapted) {
    const { adapter: _adapter, ...agenda } = adapted;
    return /^https?:/i.test(pageUrl) ? { ...agenda, sourceUrl: pageUrl } : agenda;
  }
  return extractGeneric(doc, pageUrl);
}

/** The user's selection: pass `range.cloneContents()` (or an element). */
export function extractAgendaFromSelection(fragment: DocumentFragment | Element, pageUrl: string): Agenda {
  return extractFromNode(fragment, pageUrl);
}

/** Plain text: pasted text, a saved text file and the laid-out text of a PDF (see `layout.ts`). */
export function extractAgendaFromText(text: string): Agenda {
  return assembleAgenda(layoutBlocks(text), { plainText: true });
}
