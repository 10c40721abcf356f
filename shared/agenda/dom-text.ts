import type { AgendaLink } from "../model/meeting";
import { scanDnr } from "./dnr";
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

// Hidden by an inline style: a tab panel that is not shown, a collapsed protocol.
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:;|$|!)/i;

const BREADCRUMB = /breadcrumb|br[öo]dsmul|du är här/i;

/** Content a reader does not see or that is page chrome rather than the agenda. */
export function isSkipped(element: Element): boolean {
  const tag = tagOf(element);
  if (tag === "BUTTON" && isDisclosure(element)) return false;
  if (SKIPPED.has(tag)) return true;
  // A list marking the page the reader is on (`aria-current="page"`) is a breadcrumb or a menu.
  if ((tag === "OL" || tag === "UL") && element.querySelector(":scope > li[aria-current='page']"))
    return true;
  // Most cells and spans carry no attributes: nothing more to look up (this runs for every element).
  if (!element.hasAttributes()) return false;
  const style = element.getAttribute("style");
  const hidden =
    element.hasAttribute("hidden") ||
    element.getAttribute("aria-hidden") === "true" ||
    (style !== null && HIDDEN_STYLE.test(style));
  if (hidden) return !isCollapsedPanel(element);
  const role = element.getAttribute("role");
  if (role === "navigation" || role === "banner" || role === "contentinfo") return true;
  // A breadcrumb by its name ("vb-breadcrumbs", "brodsmulor", aria-label "Du är här").
  const name = `${element.getAttribute("class") ?? ""} ${element.getAttribute("aria-label") ?? ""}`;
  return BREADCRUMB.test(name);
}

// An element the markup names as the case number (class "dnr", "item__diarienummer", itemprop "caseNumber",
// title or aria-label "Diarienummer", data-label "Dnr"; not "diarieplan").
const DNR_NAME =
  /(?:^|[^a-z])(?:dnr|diarie(?:nr|nummer)?|casenumber|case-?(?:no|nr|number)|arende-?(?:nr|nummer)|ärendenummer)(?![a-z])/iu;

// Where markup names what an element holds: its class, microdata, tooltip, accessible name, and the column
// label a responsive table repeats in each cell ("data-label", "data-title", "data-th"); not links.
const NAMING_ATTRIBUTES = ["class", "itemprop", "title", "aria-label", "data-label", "data-title", "data-th"];

/**
 * "Dnr " for an element the markup names as the case number whose text is a bare number ("2025/31"), which
 * only a label makes a dnr, as a "Dnr" column does; "" for any other element.
 */
export function dnrLabelFor(element: Element): string {
  if (!element.hasAttributes()) return "";
  const names = NAMING_ATTRIBUTES.map((name) => element.getAttribute(name) ?? "").join(" ");
  if (!DNR_NAME.test(names)) return "";
  const text = leadingText(element, 20);
  const column = scanDnr(text, { column: true });
  return column.found.length > scanDnr(text).found.length && column.rest === "" ? "Dnr " : "";
}

/**
 * An accordion's button (in a heading, or telling whether its panel is open): the item's title, not a form
 * control such as "Visa handlingar".
 */
const isDisclosure = (button: Element): boolean =>
  button.getAttribute("role") !== "tab" &&
  (button.hasAttribute("aria-expanded") ||
    button.hasAttribute("aria-controls") ||
    HEADING_TAG.test(button.parentElement ? tagOf(button.parentElement) : ""));
const HEADING_TAG = /^H[1-6]$/;

/**
 * A collapsed accordion panel, which a disclosure button names: the item's facts, hidden until opened. A tab's
 * hidden panel (the protocol beside the kallelse) stays hidden.
 */
function isCollapsedPanel(element: Element): boolean {
  const id = element.getAttribute("id");
  if (!id || element.getAttribute("role") === "tabpanel" || !element.ownerDocument) return false;
  return controlledIds(element.ownerDocument).has(id);
}

// The ids disclosure buttons control, gathered once per read of a page (`forgetControlledIds` starts one): a
// page of many hidden rows costs one query, and a live page changed since is asked again.
let controlled: { doc: Document; ids: Set<string> } | null = null;

export function forgetControlledIds(): void {
  controlled = null;
}

function controlledIds(doc: Document): Set<string> {
  if (controlled?.doc !== doc) {
    const ids = Array.from(doc.querySelectorAll('[aria-controls]:not([role="tab"])')).flatMap((control) =>
      (control.getAttribute("aria-controls") ?? "").split(/\s+/).filter(Boolean),
    );
    controlled = { doc, ids: new Set(ids) };
  }
  return controlled.ids;
}

/** The visible text of a node's subtree, one line, `<br>` and blocks read as spaces. */
export function nodeText(node: Node): string {
  const parts: string[] = [isElement(node) ? dnrLabelFor(node) : ""];
  appendText(node, parts, " ");
  if (isElement(node)) parts.push(timeDate(node));
  return cleanText(parts.join(""));
}

const MACHINE_DATE = /^((?:19|20)\d{2}-\d{2}-\d{2})(?:$|T)/;

/**
 * A `<time>` whose shown text lacks the year ("tisdag 2 september kl. 13") with a date in `datetime`: that
 * date after its text (" 2025-09-02"), so the meeting's date is known; "" for any other element.
 */
function timeDate(element: Element): string {
  if (tagOf(element) !== "TIME") return "";
  const iso = MACHINE_DATE.exec(element.getAttribute("datetime") ?? "")?.[1];
  return iso && !/(?:19|20)\d{2}/.test(leadingText(element, 20)) ? ` ${iso}` : "";
}

/** The visible lines of a node's subtree: each `<br>` and each block element ends one. */
export function nodeLines(node: Node): string[] {
  const parts: string[] = [];
  appendText(node, parts, "\n");
  return parts.join("").split("\n").map(cleanText).filter(Boolean);
}

// An explicit stack instead of recursion: a hostile page can nest thousands of elements. `null` marks the
// end of a block element, read as `separator`. Sibling pointers rather than childNodes arrays, because this
// runs for every cell of a 300-row table.
/** The text at the start of a node, reading at most `nodes` of its nodes: cheap on any subtree. */
export function leadingText(node: Node, nodes = 50): string {
  const parts: string[] = [];
  appendText(node, parts, " ", nodes);
  return cleanText(parts.join(""));
}

function appendText(root: Node, parts: string[], separator: string, budget = Number.POSITIVE_INFINITY): void {
  const stack: (Node | null)[] = [];
  pushChildren(root, stack);
  let left = budget;
  for (let node = stack.pop(); node !== undefined && left-- > 0; node = stack.pop()) {
    if (node === null) parts.push(separator);
    else if (node.nodeType === TEXT_NODE) parts.push(node.nodeValue ?? "");
    else if (isElement(node) && !isSkipped(node)) {
      const tag = tagOf(node);
      if (tag === "BR") parts.push(separator);
      else {
        // A block element starts a line and ends one: "<a>Budget</a><div>SN 2024/12</div>" is two lines.
        if (!INLINE.has(tag)) {
          if (parts.length > 0 && parts[parts.length - 1] !== separator) parts.push(separator);
          stack.push(null);
        }
        if (node.hasAttributes()) parts.push(dnrLabelFor(node));
        // A <time>'s date from its datetime goes after its text (a text node read once the children are).
        const date = node.hasAttributes() ? timeDate(node) : "";
        if (date && node.ownerDocument) stack.push(node.ownerDocument.createTextNode(date));
        pushChildren(node, stack);
      }
    }
  }
}

/** A slot's projected nodes, where the DOM can tell (browsers; not linkedom). */
function slotted(node: Node): Node[] | null {
  if (!isElement(node) || tagOf(node) !== "SLOT") return null;
  const slot = node as HTMLSlotElement;
  if (typeof slot.assignedNodes !== "function") return null;
  const assigned = slot.assignedNodes({ flatten: true });
  return assigned.length > 0 ? assigned : null;
}

export type ShadowRootReader = (host: Element) => ShadowRoot | DocumentFragment | null;

// Open shadow roots, and a saved page's declarative ones (<template shadowrootmode>). A content script can
// also open closed roots (Chrome's dom.openOrClosedShadowRoot): it passes its reader for one extraction.
const defaultReader: ShadowRootReader = (host) => host.shadowRoot ?? declarativeRoot(host);
let shadowRootOf: ShadowRootReader = defaultReader;

function declarativeRoot(host: Element): DocumentFragment | null {
  const template = host.firstElementChild;
  if (!template || tagOf(template) !== "TEMPLATE" || !template.hasAttribute("shadowrootmode")) return null;
  return (template as HTMLTemplateElement).content ?? null;
}

/** Runs `read` with `reader` giving each element's shadow root (synchronous, so nothing else sees it). */
export function withShadowRootReader<T>(reader: ShadowRootReader | undefined, read: () => T): T {
  if (!reader) return read();
  const previous = shadowRootOf;
  shadowRootOf = (host) => reader(host) ?? defaultReader(host);
  try {
    return read();
  } finally {
    shadowRootOf = previous;
  }
}

/** Whether a reader that can open closed shadow roots is in use. */
export const readsClosedRoots = (): boolean => shadowRootOf !== defaultReader;

/** The shadow root the reader sees for an element, if any. */
export const shadowRootOfElement = (element: Element): ShadowRoot | DocumentFragment | null =>
  shadowRootOf(element);

/** Whether the children a reader sees differ from the element's own (a shadow root, a slot). */
export const hasRenderedChildren = (node: Node): boolean =>
  isElement(node) && (tagOf(node) === "SLOT" || shadowRootOf(node) !== null);

/**
 * The children a reader sees: a shadow root's content instead of the host's light DOM (which reaches the
 * page through the root's slots), a slot's assigned nodes instead of its fallback.
 */
export function renderedChildren(node: Node): Node[] {
  const projected = slotted(node);
  if (projected) return projected;
  const root = isElement(node) ? shadowRootOf(node) : null;
  const parent: Node = root ?? node;
  const children: Node[] = [];
  for (let child = parent.firstChild; child; child = child.nextSibling) children.push(child);
  return children;
}

function pushChildren(node: Node, stack: (Node | null)[]): void {
  const start = stack.length;
  if (isElement(node) && (tagOf(node) === "SLOT" || shadowRootOf(node))) {
    for (const child of renderedChildren(node)) stack.push(child);
  } else for (let child = node.firstChild; child; child = child.nextSibling) stack.push(child);
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
    for (const anchor of (node as ParentNode).querySelectorAll("a[href]")) anchors.push(anchor);
  const links: AgendaLink[] = [];
  const seen = new Set<string>();
  for (const anchor of anchors) {
    if (anchor.closest?.("[hidden],[aria-hidden='true']")) continue;
    const link = httpLink(
      nodeText(anchor) || (anchor.getAttribute("title") ?? ""),
      anchor.getAttribute("href"),
      base,
    );
    if (link && !seen.has(link.href)) {
      seen.add(link.href);
      links.push(link);
    }
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
