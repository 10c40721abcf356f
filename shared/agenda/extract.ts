import type { Agenda } from "../model/meeting";
import { extractWithAdapter } from "./adapters";
import { assembleAgenda } from "./assemble";
import { extractFromNode, extractGeneric } from "./dom";
import { type ShadowRootReader, withShadowRootReader } from "./dom-text";
import { layoutBlocks } from "./layout";

/**
 * The public extractors. Each returns an Agenda and never throws on odd input: a page with no agenda
 * gives no items, and the caller shows its "nothing found" message.
 */

export interface DocumentOptions {
  /**
   * Gives an element's shadow root where the page's own `shadowRoot` does not (a content script can open
   * closed roots). Without it open roots are read and closed ones noticed as possibly missing.
   */
  shadowRoot?: ShadowRootReader;
}

/** A whole page: a site adapter when one knows the portal, otherwise the generic extractor. */
export function extractAgendaFromDocument(
  doc: Document,
  pageUrl: string,
  options: DocumentOptions = {},
): Agenda {
  return withShadowRootReader(options.shadowRoot, () => {
    const adapted = extractWithAdapter(doc, pageUrl);
    if (adapted) {
      const { adapter: _adapter, ...agenda } = adapted;
      return /^https?:/i.test(pageUrl) ? { ...agenda, sourceUrl: pageUrl } : agenda;
    }
    return extractGeneric(doc, pageUrl);
  });
}

/** The user's selection: pass `range.cloneContents()` (or an element). */
export function extractAgendaFromSelection(fragment: DocumentFragment | Element, pageUrl: string): Agenda {
  return extractFromNode(fragment, pageUrl);
}

/** Plain text: pasted text, a saved text file and the laid-out text of a PDF (see `layout.ts`). */
export function extractAgendaFromText(text: string): Agenda {
  return assembleAgenda(layoutBlocks(text), { plainText: true });
}
