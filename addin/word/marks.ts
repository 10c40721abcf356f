import { formatTag, type Mark, type MarkKind } from "../../shared/document/tags";
import { t } from "../../shared/i18n/i18n";
import { orgDisplayName } from "../../shared/unions/resolve";

/**
 * How a mark looks in Word. Statements and disagreements show as tags around the text (they sit inside
 * running prose); sections, agenda items and the justering block as boxes. Colours follow Fluent 2 tokens
 * so a mark reads the same in the pane and in the document.
 */
const APPEARANCE: Record<MarkKind, "Tags" | "BoundingBox"> = {
  section: "BoundingBox",
  statement: "Tags",
  disagreement: "Tags",
  agenda: "BoundingBox",
  justering: "BoundingBox",
};

export const MARK_COLOURS: Record<MarkKind, string> = {
  section: "#616161",
  statement: "#0F6CBD",
  disagreement: "#C50F1F",
  agenda: "#107C10",
  justering: "#5C2E91",
};

// Word shows the title on the control's tab; long titles are cut there anyway.
const MAX_TITLE = 80;
// Word refuses a longer title.
const WORD_TITLE_LIMIT = 255;

/**
 * Between a mark's own title and the item it belongs to: "Oenighet: Kommunal · Föranmälda frågor". Marks
 * made outside any section control record their item there, so the document alone still says where they
 * belong. A mark's own title never holds it (organisation names do not), so the first one splits the two.
 */
export const ITEM_SEPARATOR = " · ";

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

// The catalogue writes the employer in lower case for running text ("för arbetsgivaren"); a title starts a line.
const titleName = (org: string) => {
  const name = orgDisplayName(org);
  return name.charAt(0).toLocaleUpperCase("sv") + name.slice(1);
};

const sv = (key: Parameters<typeof t>[0], params?: Record<string, string>) => t(key, params, "sv");

function ownTitle(mark: Mark, label: string): string {
  switch (mark.kind) {
    case "statement":
      return sv("word.mark.inspel", { org: titleName(mark.org) });
    case "disagreement":
      return sv("word.mark.oenighet", { orgs: mark.orgs.map(titleName).join(", ") });
    case "section":
      return sv("word.mark.punkt", { title: label });
    case "agenda":
      return sv("word.mark.agenda", { title: label });
    case "justering":
      return sv("word.mark.justering");
  }
}

/**
 * The Swedish title Word shows on the mark; `label` is the section or item title where the kind has one,
 * `item` the title of the item a statement or disagreement belongs to, recorded after `ITEM_SEPARATOR` on
 * one line and cut to Word's limit.
 */
export function markTitle(mark: Mark, label = "", item = ""): string {
  const own = cut(ownTitle(mark, label), MAX_TITLE);
  const line = item.replace(/\s+/g, " ").trim();
  if (!line) return own;
  return `${own}${ITEM_SEPARATOR}${cut(line, WORD_TITLE_LIMIT - own.length - ITEM_SEPARATOR.length)}`;
}

/** The item recorded in a mark's title by `markTitle`, or undefined when it names none. */
export function itemOfTitle(title: string): string | undefined {
  const at = title.indexOf(ITEM_SEPARATOR);
  const item = at < 0 ? "" : title.slice(at + ITEM_SEPARATOR.length).trim();
  return item || undefined;
}

/** Queues the tag, title and look of a mark on a content control (no sync). */
export function applyMark(control: Word.ContentControl, mark: Mark, label?: string, item?: string): void {
  control.tag = formatTag(mark);
  control.title = markTitle(mark, label, item);
  control.appearance = APPEARANCE[mark.kind];
  control.color = MARK_COLOURS[mark.kind];
}
