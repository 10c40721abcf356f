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
    if (adapted && adapted.items.length > 0) return withoutAdapter(adapted, pageUrl);
    // An adapter that found no item (its panel missing: the agenda said to be in the kallelse, the reader
    // still loading) gives way to the generic reading where the page plainly lists items; else its notice.
    const generic = extractGeneric(doc, pageUrl);
    return adapted && generic.items.length === 0 ? withoutAdapter(adapted, pageUrl) : generic;
  });
}

function withoutAdapter(
  { adapter: _adapter, ...agenda }: Agenda & { adapter: string },
  pageUrl: string,
): Agenda {
  return /^https?:/i.test(pageUrl) ? { ...agenda, sourceUrl: pageUrl } : agenda;
}

/** The user's selection: pass `range.cloneContents()` (or an element). */
export function extractAgendaFromSelection(fragment: DocumentFragment | Element, pageUrl: string): Agenda {
  return extractFromNode(fragment, pageUrl);
}

/** Plain text: pasted text, a saved text file and the laid-out text of a PDF (see `layout.ts`). */
export function extractAgendaFromText(text: string): Agenda {
  const { blocks, furniture } = layoutBlocks(text);
  return assembleAgenda(blocks, { plainText: true, laterTexts: furniture });
}
