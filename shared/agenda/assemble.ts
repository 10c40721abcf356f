import type { Agenda, AgendaItem, AgendaLink, MblClass } from "../model/meeting";

/** An item while it is assembled: at most one dnr so far. */
type DraftItem = Omit<AgendaItem, "dnr" | "procedural"> & { dnr: string | null };

const finished = (item: DraftItem): AgendaItem => ({
  ...item,
  dnr: item.dnr ? [item.dnr] : [],
  procedural: false,
});

import type { Block } from "./blocks";
import { findDnr } from "./dnr";
import { mergeLinks } from "./links";
import { groupHeading, mblReference, takeMblMarker } from "./mbl";
import { findMeta } from "./meta";
import { parseItemNumber } from "./numbers";
import { trimSeparators } from "./text";

export interface AssembleOptions {
  /**
   * Plain text (PDF lines, pasted text): a line starting in lower case continues the title above it, and
   * a number followed by lower case ("Punkt 5 gällande …") is a reference in prose, not an item.
   */
  plainText?: boolean;
  /** Texts that precede the blocks, such as the page title; searched first for committee and date. */
  headerTexts?: readonly string[];
  /**
   * Every short line that is no group heading is an item, numbered or not: for a selection the user made
   * on purpose where the strict rules found nothing (a few unnumbered titles).
   */
  looseItems?: boolean;
}

/** The longest text `looseItems` takes for a title; longer is prose. */
const LOOSE_TITLE_MAX = 300;

// Headings of an agenda or of its sections, under which unnumbered list entries count as items. Any other
// heading ("Relaterade länkar", "Kontakt") ends that.
const AGENDA_HEADING =
  /föredragningslista|dagordning|ärendelista|ärenden|punkter|mbl|frågor|information|beslut|anmälningar|övrigt/i;
// Link-bearing blocks that are an item's documents rather than items themselves.
const UNDERLAG =
  /bilaga|tjänsteutlåtande|tjänsteskrivelse|underlag|protokollsutdrag|beslutsförslag|missiv|skrivelse|handlingar|\.(?:pdf|docx?)\b/i;

// A paragraph that introduces documents: "Underlag: …", "Bilagor: …".
const UNDERLAG_LABEL = /^(?:underlag|bilagor|bilaga|handlingar|beslutsunderlag)\b/i;

// A link to a document file is an underlag whatever its text calls it ("Utredning", "Karta").
const DOCUMENT_PATH = /\.(?:pdf|docx?)$/i;

const isDocumentLink = (link: AgendaLink): boolean =>
  URL.canParse(link.href) && DOCUMENT_PATH.test(new URL(link.href).pathname);

/** A block that lists an item's documents: mostly link text, labelled as underlag, or links named so. */
function isUnderlag(block: Block): boolean {
  if (block.links.length === 0) return false;
  const linkText = block.links.reduce((sum, link) => sum + link.text.length, 0);
  return (
    linkText * 2 >= block.text.length ||
    UNDERLAG_LABEL.test(block.text) ||
    block.links.some((link) => UNDERLAG.test(link.text))
  );
}

/**
 * An item's text without the names of its underlag links ("Ny lönepolicy Tjänsteutlåtande"). A link named
 * as an underlag goes wherever it stands; a link that is known as an underlag only by pointing at a
 * document goes only where it follows the title, since inside a title ("Svar på motion om …") it is a word.
 */
function withoutUnderlagLinks(text: string, block: Block): string {
  let rest = text;
  for (const link of [...block.links].reverse()) {
    const at = rest.lastIndexOf(link.text);
    if (at <= 0) continue;
    const trailing = trimSeparators(rest.slice(at + link.text.length)) === "";
    if (!UNDERLAG.test(link.text) && !(trailing && isDocumentLink(link))) continue;
    const shorter = rest.slice(0, at) + rest.slice(at + link.text.length);
    if (trimSeparators(shorter)) rest = shorter;
  }
  return rest;
}

/** An unnumbered text that reads as a title rather than a sentence of prose mentioning a dnr. */
const looksLikeTitle = (text: string): boolean =>
  text.length > 0 && text.length <= 200 && !/[.!?]$/.test(text);

/** Title, dnr and MBL marker of an item's text. */
function splitTitle(text: string): { title: string; dnr: string | null; mbl: MblClass } {
  const dnrMatch = findDnr(text);
  const marker = takeMblMarker(dnrMatch ? dnrMatch.rest : text);
  return { title: trimSeparators(marker.title), dnr: dnrMatch?.dnr ?? null, mbl: marker.mbl };
}

/**
 * Turns blocks into agenda items. An item starts at a numbered block, a structural item (table row,
 * ordered-list entry), an unnumbered block carrying a dnr, or an unnumbered list entry under an agenda
 * heading. The blocks that follow an item up to the next item or heading give it its dnr, its underlag
 * links and (after a lone number) its title. Headings set the MBL group of the items under them.
 */
export function assembleAgenda(blocks: readonly Block[], options: AssembleOptions = {}): Agenda {
  const items: DraftItem[] = [];
  const headerTexts: string[] = [...(options.headerTexts ?? [])];
  const laterTexts: string[] = [];
  let current: DraftItem | null = null;
  let group: MblClass = null;
  let inAgenda = false;
  // Heading levels: of the last agenda or section heading, and of the headings that are items under it.
  let sectionLevel: number | null = null;
  let itemLevel: number | null = null;
  // Where the agenda numbers its item headings, an unnumbered heading at that level is no item.
  let itemHeadingsNumbered = false;

  const startItem = (number: string | null, text: string, block: Block): DraftItem => {
    const parts = splitTitle(withoutUnderlagLinks(text, block));
    const item: DraftItem = {
      number,
      title: parts.title,
      dnr: block.dnr ?? parts.dnr,
      mbl: parts.mbl ?? group,
      links: [...block.links],
    };
    items.push(item);
    return item;
  };
  const noteText = (text: string): void => {
    (items.length === 0 ? headerTexts : laterTexts).push(text);
  };

  // Plain text: whether the previous line was the current item's own line (or its continuation).
  let wrapping = false;
  for (const block of blocks) {
    const { text } = block;
    const continues = wrapping;
    wrapping = false;
    if (!text) {
      if (current) mergeLinks(current.links, block.links);
      continue;
    }
    const parsed = parseItemNumber(text);
    const numbered = parsed && options.plainText && /^\p{Ll}/u.test(parsed.rest) ? null : parsed;
    if (numbered || block.structuralItem) {
      current = startItem(numbered?.number ?? block.number ?? null, numbered ? numbered.rest : text, block);
      if (block.level !== undefined) {
        itemLevel = block.level;
        itemHeadingsNumbered = numbered !== null;
      }
      wrapping = true;
      continue;
    }
    if (block.kind === "heading") {
      const level = block.level;
      if (current && !current.title) {
        fillTitle(current, text, block);
        continue;
      }
      // A heading below the items' own level ("Handlingar", "Förslag till beslut") belongs to the item.
      if (current && level !== undefined && itemLevel !== null && level > itemLevel) {
        noteText(text);
        continue;
      }
      const section = AGENDA_HEADING.test(text);
      // An unnumbered heading one level below the agenda's heading is an item title (a heading sequence).
      const underAgenda =
        inAgenda &&
        !section &&
        level !== undefined &&
        sectionLevel !== null &&
        level > sectionLevel &&
        (itemLevel === null || (level === itemLevel && !itemHeadingsNumbered)) &&
        looksLikeTitle(text);
      if (
        underAgenda ||
        looksLikeTitle(findDnr(text)?.rest ?? "") ||
        (options.looseItems && groupHeading(text) === undefined && text.length <= LOOSE_TITLE_MAX)
      ) {
        current = startItem(null, text, block);
        if (level !== undefined && underAgenda) itemLevel = level;
        continue;
      }
      group = mblReference(text);
      inAgenda = section;
      sectionLevel = level ?? sectionLevel;
      itemLevel = null;
      itemHeadingsNumbered = false;
      current = null;
      noteText(text);
      continue;
    }
    const section = groupHeading(text);
    if (section !== undefined) {
      group = section;
      inAgenda = true;
      current = null;
      continue;
    }
    if (current && !current.title) {
      fillTitle(current, text, block);
      continue;
    }
    if (current && options.plainText && continues && /^\p{Ll}/u.test(text)) {
      const parts = splitTitle(text);
      current.title = joinWrapped(current.title, parts.title);
      current.dnr ??= parts.dnr;
      wrapping = true;
      continue;
    }
    const dnrMatch = findDnr(text);
    if (dnrMatch) {
      if (current && !current.dnr && (dnrMatch.rest.length < 40 || block.kind === "paragraph")) {
        current.dnr = dnrMatch.dnr;
        mergeLinks(current.links, block.links);
      } else if (looksLikeTitle(dnrMatch.rest)) {
        current = startItem(null, text, block);
      } else {
        noteText(text);
      }
      continue;
    }
    if (current && isUnderlag(block)) {
      mergeLinks(current.links, block.links);
      continue;
    }
    if ((block.kind === "listItem" && inAgenda) || (options.looseItems && text.length <= LOOSE_TITLE_MAX)) {
      current = startItem(null, text, block);
      continue;
    }
    noteText(text);
  }

  const meta = findMeta([...headerTexts, ...laterTexts]);
  return { items: items.filter((item) => item.title).map(finished), ...meta };
}

/**
 * A title wrapped onto the next line. A hyphen at the break splits a word ("handlägg-" + "ning") unless
 * the line goes on with a conjunction, as in "individ- och familjeomsorgen".
 */
function joinWrapped(title: string, more: string): string {
  if (/\p{L}-$/u.test(title) && !/^(?:och|eller|samt|till)\b/.test(more)) return title.slice(0, -1) + more;
  return trimSeparators(`${title} ${more}`);
}

/** The block after a lone number ("§ 12" badge, number cell) is the item's title. */
function fillTitle(item: DraftItem, text: string, block: Block): void {
  const parts = splitTitle(text);
  item.title = parts.title;
  item.dnr ??= block.dnr ?? parts.dnr;
  item.mbl = parts.mbl ?? item.mbl;
  mergeLinks(item.links, block.links);
}
