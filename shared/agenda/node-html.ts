import { parseHTML } from "linkedom";

/**
 * An HTML document in Node (CLI, tests), where there is no DOMParser. A fragment such as mammoth's output
 * is wrapped in a body first. Browser code uses the page's own DOM and never imports this.
 */
export function htmlDocument(html: string): Document {
  const whole = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  return parseHTML(whole).document as unknown as Document;
}
