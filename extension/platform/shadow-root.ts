/**
 * Closed shadow roots, which a content script may open but a page may not: Chrome's
 * `chrome.dom.openOrClosedShadowRoot(element)` and Firefox's `element.openOrClosedShadowRoot` (both for
 * extensions only). Null where neither exists, and the extractor then says the list may be incomplete.
 */
type Root = ShadowRoot | null;

interface ChromeDom {
  dom?: { openOrClosedShadowRoot?: (element: HTMLElement) => Root };
}

export function closedShadowRootReader(): ((host: Element) => Root) | null {
  const chromeDom = (globalThis as { chrome?: ChromeDom }).chrome?.dom?.openOrClosedShadowRoot;
  if (typeof chromeDom === "function") {
    return (host) => {
      try {
        return chromeDom(host as HTMLElement) ?? null;
      } catch {
        // Only HTML elements can host a root; anything else has none.
        return null;
      }
    };
  }
  const probe = globalThis.document?.documentElement as
    | (Element & { openOrClosedShadowRoot?: Root })
    | undefined;
  if (probe && "openOrClosedShadowRoot" in probe) {
    return (host) => (host as Element & { openOrClosedShadowRoot?: Root }).openOrClosedShadowRoot ?? null;
  }
  return null;
}
