import type { Agenda, Notice } from "../model/meeting";
import { assembleAgenda } from "./assemble";
import type { Block, BlockKind } from "./blocks";
import { isDnrLabel } from "./dnr";
import {
  dnrLabelFor,
  forgetControlledIds,
  hasRenderedChildren,
  INLINE,
  isElement,
  isSkipped,
  leadingText,
  linksIn,
  nodeText,
  readsClosedRoots,
  renderedChildren,
  shadowRootOfElement,
  tagOf,
} from "./dom-text";
import { formatCounter } from "./list-counter";
import { withNotice } from "./notices";
import { parseItemNumber, parseNumberOnly } from "./numbers";
import { cellsOf, isAriaTable, isLayoutTable, type RowBudget, rowsOf, tableBlocks } from "./table";
import { cleanText, splitLiteralBreaks } from "./text";

/**
 * The generic DOM extractor: flattens the page into blocks (headings, list entries, table rows,
 * paragraphs, and the item boxes of portal markup, which flatten into the same sequence) and lets the
 * assembler decide what is an item.
 */
const HEADING = /^H[1-6]$/;

/** What an ancestor (an ordered list's entry) tells the first block found inside it. */
interface Pending {
  kind: BlockKind;
  structuralItem: boolean;
  number: string | null;
  level?: number;
  entry?: boolean;
}

// Blocks that repeat as siblings: the cards of a portal's list, whatever their classes.
const REPEATED_TAGS = new Set(["DIV", "SECTION", "ARTICLE"]);
const REPEATED_MIN = 3;
const shapeOf = (element: Element): string => `${tagOf(element)}.${element.getAttribute("class") ?? ""}`;

/** The children of `parent` that share their tag and class with at least two siblings. */
function repeatedChildren(parent: Element): Set<Element> | null {
  if (parent.childElementCount < REPEATED_MIN) return null;
  const shapes: [Element, string][] = [];
  const counts = new Map<string, number>();
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    if (!REPEATED_TAGS.has(tagOf(child))) continue;
    const shape = shapeOf(child);
    shapes.push([child, shape]);
    counts.set(shape, (counts.get(shape) ?? 0) + 1);
  }
  const repeated = shapes.filter(([, shape]) => (counts.get(shape) ?? 0) >= REPEATED_MIN);
  return repeated.length > 0 ? new Set(repeated.map(([child]) => child)) : null;
}

/** 1–6 for <h1>–<h6>; an ARIA heading's aria-level, 2 when it has none (the common default). */
function headingLevel(element: Element, tag: string): number {
  if (HEADING.test(tag)) return Number(tag.slice(1));
  const level = Number.parseInt(element.getAttribute("aria-level") ?? "", 10);
  return Number.isFinite(level) && level > 0 ? level : 2;
}

const LIST_TYPES: Record<string, string> = {
  a: "lowerLetter",
  A: "upperLetter",
  i: "lowerRoman",
  I: "upperRoman",
};

/** An entry's position as the list's `type` shows it: "3", "c", "C", "iii" (Word's counter formats). */
function ordinalText(value: number, type: string | null): string {
  const format = type ? LIST_TYPES[type] : undefined;
  return (format && value >= 1 && formatCounter(value, format)) || String(value);
}

// An entry that begins with a number of its own, after a drawn bullet: "1 • 1 Sammanträdets öppnande", "§ 41".
const OWN_NUMBER = /^[\s•·▪◦‣*–-]*(?:§\s*|(?:punkt|ärende)\s+)?\d{1,5}(?:\s?[a-zA-Z½])?[.):]?(?:\s|$)/iu;
const hasOwnNumber = (entry: Element): boolean => OWN_NUMBER.test(leadingText(entry));

const SPACE = /\s/u;
/**
 * An inline element's text with the space at its edges kept: Word's italic run " (Anna Berg, ekonom)" after
 * the title's run is a word of its own, not glued to the title's last word.
 */
function spacedText(element: Element): string {
  const text = nodeText(element);
  const raw = element.textContent ?? "";
  if (!text) return raw && SPACE.test(raw[0]!) ? " " : "";
  return `${SPACE.test(raw[0] ?? "") ? " " : ""}${text}${SPACE.test(raw.at(-1) ?? "") ? " " : ""}`;
}
/** A list prints its own numbers when most of its first this many entries begin with one. */
const OWN_NUMBER_SAMPLE = 50;

/**
 * The number an ordered list shows for each entry: `start`, `reversed`, `type` ("a" for sub-items) and each
 * entry's own `value`.
 */
function ordinalsOf(list: Element): Map<Element, string> {
  const entries = Array.from(list.children).filter((child) => tagOf(child) === "LI");
  // Entries that print their own numbers ("1 • 1 Sammanträdets öppnande"): an entry without one (a group
  // heading among them) has no position.
  const sampled = entries.slice(0, OWN_NUMBER_SAMPLE).map(hasOwnNumber);
  const ownNumbers = sampled.length > 0 && sampled.filter(Boolean).length * 2 > sampled.length;
  const reversed = list.hasAttribute("reversed");
  const step = reversed ? -1 : 1;
  const start = Number.parseInt(list.getAttribute("start") ?? "", 10);
  let value = (Number.isFinite(start) ? start : reversed ? entries.length : 1) - step;
  const ordinals = new Map<Element, string>();
  for (const [index, entry] of entries.entries()) {
    const own = Number.parseInt(entry.getAttribute("value") ?? "", 10);
    value = Number.isFinite(own) ? own : value + step;
    if (!ownNumbers || (sampled[index] ?? hasOwnNumber(entry)))
      ordinals.set(entry, ordinalText(value, list.getAttribute("type")));
  }
  return ordinals;
}

/** True when the element holds block-level content and so cannot be read as one line. */
function hasBlockChildren(element: Element): boolean {
  const stack: Element[] = [element];
  for (let current = stack.pop(); current; current = stack.pop()) {
    for (let child = current.firstElementChild; child; child = child.nextElementSibling) {
      if (!INLINE.has(tagOf(child))) return true;
      stack.push(child);
    }
  }
  return false;
}

/**
 * The cells of a line built of inline elements only ("<span>1</span><span>Budget</span><span>Dnr …</span>"
 * in a flex row): CSS sets them apart, so their texts are separate columns, not one word "1Budget". A run
 * with text of its own between the elements (a drop cap, "<b>1.</b> Budget") is one line of text.
 */
function spanCells(nodes: readonly Node[]): string[] | null {
  let elements = 0;
  for (const node of nodes) {
    if (isElement(node)) elements++;
    else if ((node.nodeValue ?? "").trim() !== "") return null;
  }
  if (elements < 2) return null;
  // A bullet or separator drawn as a span of its own ("•", "|") is no cell.
  const cells = nodes
    .filter(isElement)
    .map((node) => nodeText(node))
    .filter((text) => text && !DRAWN_MARK.test(text));
  // A dnr label in a span of its own labels the next span: "<span>Dnr</span><span>2025/12</span>".
  const labelled = cells.reduce<string[]>((out, cell) => {
    const last = out.at(-1);
    if (last !== undefined && isDnrLabel(last)) out[out.length - 1] = `${last} ${cell}`;
    else out.push(cell);
    return out;
  }, []);
  return labelled.length >= 2 || labelled.length < cells.length ? labelled : null;
}

const DRAWN_MARK = /^[•·▪◦‣*–—|/-]+$/u;

/** A line without the bullet an element of its own draws before it ("<span>•</span> 7"): no part of its text. */
function withoutDrawnBullet(nodes: Node[]): Node[] {
  const shown = (node: Node): boolean => isElement(node) || (node.nodeValue ?? "").trim() !== "";
  const first = nodes.findIndex(shown);
  const node = nodes[first];
  if (!node || !isElement(node) || !DRAWN_MARK.test(nodeText(node))) return nodes;
  return nodes.some((other, at) => at > first && shown(other)) ? nodes.slice(first + 1) : nodes;
}

/** A node's own children, walked by sibling pointers (no NodeList, which is slow to index on big pages). */
function* childList(parent: Node): Generator<Node> {
  for (let child = parent.firstChild; child; child = child.nextSibling) yield child;
}

/** A description list's term that names a field ("Tid", "Plats", "Dag och tid"): a few words, no digits. */
const FIELD_TERM = /^\p{L}[\p{L}.-]*(?:\s+\p{L}[\p{L}.-]*){0,3}:?$/u;

/** Deeper than this the structure is noise (or hostile) and the subtree is read as one line of text. */
const MAX_DEPTH = 200;

class BlockCollector {
  readonly blocks: Block[] = [];
  /** Custom elements that show nothing we can read: a closed shadow root hides their content. */
  closedHosts = 0;
  /** Table rows read in full so far, across the page's tables. */
  private readonly rows: RowBudget = { read: 0 };
  private run: Node[] = [];
  // Computed once per list: a 1000-entry list must not be recounted for every entry.
  private readonly ordinals = new Map<Element, Map<Element, string>>();

  constructor(private readonly base: string) {}

  collect(parent: Node, context: Pending | null, depth = 0): void {
    // After a <br> the next line continues the same element (a wrapped title, its dnr line).
    let broken = false;
    const rendered = hasRenderedChildren(parent);
    const children = rendered ? renderedChildren(parent) : childList(parent);
    const repeated = rendered || !isElement(parent) ? null : repeatedChildren(parent);
    for (const child of children) {
      if (!isElement(child)) {
        if (child.nodeType === 3) this.run.push(child);
        continue;
      }
      if (isSkipped(child)) continue;
      const tag = tagOf(child);
      // A custom element showing nothing readable: its content may sit in a closed shadow root.
      if (
        tag.includes("-") &&
        child.firstChild === null &&
        !shadowRootOfElement(child) &&
        !readsClosedRoots()
      )
        this.closedHosts++;
      if (tag === "BR") {
        context = this.flush(context, broken);
        broken = true;
      } else if ((INLINE.has(tag) && !hasBlockChildren(child)) || depth > MAX_DEPTH) {
        this.run.push(child);
      } else {
        context = this.flush(context, broken);
        broken = false;
        const before = this.blocks.length;
        const passed: Pending | null =
          context ??
          (repeated?.has(child)
            ? { kind: "paragraph", structuralItem: false, number: null, entry: true }
            : null);
        this.element(child, passed, depth + 1);
        // What the ancestor had to say belongs to the first block made inside it (a card's entry to the
        // first with words, not its bullet).
        if (this.blocks.length > before) context = passed?.entry && !this.madeWorded(before) ? passed : null;
      }
    }
    this.flush(context, broken);
  }

  private element(element: Element, inherited: Pending | null, depth: number): void {
    const tag = tagOf(element);
    if (tag === "TABLE" || isAriaTable(element)) {
      const rows = rowsOf(element);
      if (isLayoutTable(element, rows))
        for (const cell of rows.flatMap(cellsOf)) this.collect(cell, null, depth);
      else this.push(tableBlocks(rows, this.base, this.rows));
    } else if (tag === "TR" || tag === "TBODY" || tag === "THEAD") {
      // A selection inside a table clones bare rows.
      this.push(tableBlocks(tag === "TR" ? [element] : rowsOf(element), this.base, this.rows));
    } else if (tag === "DL") {
      this.descriptionList(element, depth);
    } else if (tag === "LI") {
      const number = this.ordinalOf(element);
      this.collect(element, { kind: "listItem", structuralItem: number !== null, number }, depth);
    } else if (HEADING.test(tag) || element.getAttribute("role") === "heading") {
      this.collect(
        element,
        {
          kind: "heading",
          structuralItem: inherited?.structuralItem ?? false,
          number: inherited?.number ?? null,
          level: headingLevel(element, tag),
        },
        depth,
      );
    } else {
      // A bare dnr in a block the markup names as the case number ("<div class="dnr">2025/50</div>").
      const label = dnrLabelFor(element);
      if (label && element.ownerDocument) this.run.push(element.ownerDocument.createTextNode(label));
      this.collect(element, inherited, depth);
    }
  }

  /**
   * A description list: a term and its value on one line. "Tid" + "17.15" is the field "Tid: 17.15" (a
   * time, no item number); "4" + "Budget 2026" is the numbered line "4 Budget 2026". Other terms (a title
   * with its description below) are read as they stand.
   */
  private descriptionList(list: Element, depth: number): void {
    const children = Array.from(list.children);
    for (let index = 0; index < children.length; index++) {
      const child = children[index]!;
      const value = children[index + 1];
      if (isSkipped(child)) continue;
      const term = tagOf(child) === "DT" ? nodeText(child) : "";
      if (term && value && tagOf(value) === "DD" && !hasBlockChildren(value) && !isSkipped(value)) {
        const text = nodeText(value);
        const numbered = parseNumberOnly(term) !== null;
        if (numbered || FIELD_TERM.test(term)) {
          const links = [...linksIn(child, this.base), ...linksIn(value, this.base)];
          this.blocks.push({
            kind: "paragraph",
            text: numbered ? `${term} ${text}` : `${term.replace(/:$/, "")}: ${text}`,
            links,
          });
          index++;
          continue;
        }
      }
      this.collect(child, null, depth + 1);
    }
  }

  /** Whether a block with words was made since `from`: a card's entry is used up by it (or its heading). */
  private madeWorded(from: number): boolean {
    for (let index = from; index < this.blocks.length; index++)
      if (/\p{L}/u.test(this.blocks[index]!.text)) return true;
    return false;
  }

  private push(blocks: readonly Block[]): void {
    for (const block of blocks) this.blocks.push(block);
  }

  private ordinalOf(item: Element): string | null {
    const list = item.parentElement;
    if (!list || tagOf(list) !== "OL") return null;
    let ordinals = this.ordinals.get(list);
    if (!ordinals) {
      ordinals = ordinalsOf(list);
      this.ordinals.set(list, ordinals);
    }
    return ordinals.get(item) ?? null;
  }

  /** Ends the current line. Returns the context left for the next line: used up once a block was made. */
  private flush(context: Pending | null, joined: boolean): Pending | null {
    const nodes = withoutDrawnBullet(this.run);
    this.run = [];
    const whole = nodes.map((node) => (isElement(node) ? spacedText(node) : (node.nodeValue ?? ""))).join("");
    // Markup shown as text ("Budget&lt;br&gt;Dnr …") breaks the line as a <br> would.
    const [raw = "", ...later] = splitLiteralBreaks(whole);
    // Word's tab stops ("3<tab>Budget<tab>TN/2024:190") and span rows separate columns.
    const tabbed = raw.includes("\t") ? raw.split("\t").map(cleanText).filter(Boolean) : null;
    const cells = (tabbed && tabbed.length > 1 ? tabbed : null) ?? (later.length ? null : spanCells(nodes));
    const text = cells ? cells.join(" ") : cleanText(raw);
    const links = nodes.flatMap((node) => linksIn(node, this.base));
    if (!text && links.length === 0) return context;
    // A dnr label in an element of its own ("<div>Diarienummer</div><div>KS.0412.25</div>") labels the
    // paragraph after it; an empty label before the next item's heading stays alone.
    const last = this.blocks.at(-1);
    if (
      (context?.kind ?? "paragraph") === "paragraph" &&
      last?.kind === "paragraph" &&
      !last.cells &&
      !last.structuralItem &&
      isDnrLabel(last.text) &&
      later.length === 0 &&
      parseItemNumber(text) === null
    ) {
      last.text = `${last.text} ${text}`;
      for (const link of links) last.links.push(link);
      return null;
    }
    // A card's drawn bullet or bare number before its title: the title is the entry.
    const entry = context?.entry === true && /\p{L}/u.test(text);
    const kind = context?.kind ?? "paragraph";
    // An ordered list's position only counts when the entry does not write its own number.
    const structural =
      context?.structuralItem === true &&
      parseItemNumber(text) === null &&
      parseItemNumber(cells?.[0] ?? "") === null;
    // Set one by one, not spread: this runs for every line of a page.
    const block: Block = {
      kind,
      text,
      links,
      structuralItem: structural,
      number: structural ? (context?.number ?? null) : null,
    };
    if (cells) block.cells = cells;
    if (joined) block.joined = joined;
    if (entry) block.entry = entry;
    if (context?.level !== undefined) block.level = context.level;
    this.blocks.push(block);
    for (const line of later.map(cleanText).filter(Boolean))
      this.blocks.push({ kind: "paragraph", text: line, links: [], joined: true });
    return context?.entry === true && !entry ? context : null;
  }
}

function baseUrlOf(root: Node, pageUrl: string): string {
  const doc = root.ownerDocument ?? (root as Document);
  const href = doc.querySelector?.("base[href]")?.getAttribute("href");
  if (!href) return pageUrl;
  try {
    return new URL(href, pageUrl).href;
  } catch {
    return pageUrl;
  }
}

const isHttp = (url: string): boolean => /^https?:\/\//i.test(url);

/** Blocks of a document, a selection fragment or an element, and what could not be read. */
export function blocksOf(root: Node, pageUrl: string): { blocks: Block[]; notices: Notice[] } {
  forgetControlledIds();
  const collector = new BlockCollector(baseUrlOf(root, pageUrl));
  collector.collect(root, null);
  const notices: Notice[] = collector.closedHosts > 0 ? [{ key: "agenda.notice.hiddenParts" }] : [];
  return { blocks: collector.blocks, notices };
}

function withNotices(agenda: Agenda, notices: readonly Notice[]): Agenda {
  return notices.reduce(withNotice, agenda);
}

/** The generic extractor for a whole page. */
export function extractGeneric(doc: Document, pageUrl: string): Agenda {
  const { blocks, notices } = blocksOf(doc.body ?? doc, pageUrl);
  const headerTexts = [cleanText(doc.title ?? "")];
  const strict = assembleAgenda(blocks, { headerTexts });
  // A page whose cards outnumber the items read (it numbers nothing and heads no list; a stray heading with a
  // dnr may be its one item) is read again with its cards as the list's entries; taken where more of those
  // items have a dnr, two at least.
  const entries = blocks.reduce((count, block) => count + (block.entry ? 1 : 0), 0);
  const cards =
    entries > strict.items.length ? assembleAgenda(blocks, { headerTexts, entriesListed: true }) : null;
  const withDnr = (agenda: Agenda) => agenda.items.filter((item) => item.dnr.length > 0).length;
  const read = cards && withDnr(cards) >= 2 && withDnr(cards) > withDnr(strict) ? cards : strict;
  const agenda = withNotices(read, notices);
  return isHttp(pageUrl) ? { ...agenda, sourceUrl: pageUrl } : agenda;
}

/**
 * The generic extractor for a selection's cloned contents (no page title, no site adapter). The user chose
 * these lines, so when no line looks like an item each short line becomes one.
 */
export function extractFromNode(root: Node, pageUrl: string): Agenda {
  const { blocks, notices } = blocksOf(root, pageUrl);
  const strict = assembleAgenda(blocks);
  const agenda = withNotices(
    strict.items.length > 0 ? strict : assembleAgenda(blocks, { looseItems: true }),
    notices,
  );
  return isHttp(pageUrl) ? { ...agenda, sourceUrl: pageUrl } : agenda;
}
