import type { AgendaLink } from "../model/meeting";
import { httpLink } from "./links";
import { cleanText } from "./text";

/**
 * Text and links of DOM nodes without layout APIs (no innerText): the same code runs on a live page, on a
 * selection's cloned fragment and on linkedom in Node, where layout does not exist.
 */
const SKIPPED = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "NAV",
  "FOOTER",
  "ASIDE",
  "FORM",
  "BUTTON",
  "SELECT",
  "TEXTAREA",
  "SVG",
  "IFRAME",
  "OBJECT",
  "CANVAS",
  "MENU",
  "DIALOG",
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export const isElement = (node: Node): node is Element => node.nodeType === ELEMENT_NODE;

/** Upper-case tag name, also for SVG and XHTML elements whose tagName keeps its source case. */
export const tagOf = (element: Element): string => element.tagName.toUpperCase();

/** Content a reader does not see or that is page chrome rather than the agenda. */
export function isSkipped(element: Element): boolean {
  if (SKIPPED.has(tagOf(element))) return true;
  if (element.hasAttribute("hidden") || element.getAttribute("aria-hidden") === "true") return true;
  const role = element.getAttribute("role");
  return role === "navigation" || role === "banner" || role === "contentinfo";
}

/** The visible text of a node's subtree, one line, `<br>` and blocks read as spaces. */
export function nodeText(node: Node): string {
  const parts: string[] = [];
  appendText(node, parts);
  return cleanText(parts.join(""));
}

// An explicit stack instead of recursion: a hostile page can nest thousands of elements. `null` marks the
// end of a block element, read as a space. Sibling pointers rather than childNodes arrays, because this
// runs for every cell of a 300-row table.
function appendText(root: Node, parts: string[]): void {
  const stack: (Node | null)[] = [];
  pushChildren(root, stack);
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node === null) parts.push(" ");
    else if (node.nodeType === TEXT_NODE) parts.push(node.nodeValue ?? "");
    else if (isElement(node) && !isSkipped(node)) {
      const tag = tagOf(node);
      if (tag === "BR") parts.push(" ");
      else {
        if (!INLINE.has(tag)) stack.push(null);
        pushChildren(node, stack);
      }
    }
  }
}

function pushChildren(node: Node, stack: (Node | null)[]): void {
  const start = stack.length;
  for (let child = node.firstChild; child; child = child.nextSibling) stack.push(child);
  // Reverse the pushed children so they pop in document order.
  for (let low = start, high = stack.length - 1; low < high; low++, high--) {
    const swap = stack[low]!;
    stack[low] = stack[high]!;
    stack[high] = swap;
  }
}

/** The http(s) links inside a node (the node itself included). */
export function linksIn(node: Node, base: string): AgendaLink[] {
  const anchors: Element[] = [];
  if (isElement(node) && tagOf(node) === "A") anchors.push(node);
  if ("querySelectorAll" in node)
    anchors.push(...Array.from((node as ParentNode).querySelectorAll("a[href]")));
  const links: AgendaLink[] = [];
  for (const anchor of anchors) {
    if (anchor.closest?.("[hidden],[aria-hidden='true']")) continue;
    const link = httpLink(
      nodeText(anchor) || (anchor.getAttribute("title") ?? ""),
      anchor.getAttribute("href"),
      base,
    );
    if (link && !links.some((known) => known.href === link.href)) links.push(link);
  }
  return links;
}

/** Elements that do not start a new line when rendered. */
export const INLINE = new Set([
  "A",
  "ABBR",
  "B",
  "BDI",
  "BDO",
  "CITE",
  "CODE",
  "DATA",
  "DEL",
  "DFN",
  "EM",
  "FONT",
  "I",
  "IMG",
  "INS",
  "KBD",
  "LABEL",
  "MARK",
  "Q",
  "S",
  "SAMP",
  "SMALL",
  "SPAN",
  "STRONG",
  "SUB",
  "SUP",
  "TIME",
  "U",
  "VAR",
  "WBR",
]);
