import { fieldTag, formatTag, type Mark, type MarkKind } from "../../shared/document/tags";
import { capitalised } from "../../shared/i18n/capitalised";
import { t } from "../../shared/i18n/i18n";
import { orgDisplayName } from "../../shared/unions/resolve";

/**
 * How a mark looks in Word. Statements and disagreements show as tags around the text (they sit inside
 * running prose); the headings of sections and agenda items and the justering block as boxes, which Word
 * draws only where the cursor is. Colours follow Fluent 2 tokens so a mark reads the same in the pane and in
 * the document.
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

const sv = (key: Parameters<typeof t>[0], params?: Record<string, string>) => t(key, params, "sv");

/**
 * The one title of every structure control (section and agenda headings, the justering block), so a mark can
 * ask Word for just these above the selection (`getByTitle`) instead of every control's tag. What the
 * structure is lies in the tag; the heading text is right there in the box.
 */
export const STRUCTURE_TITLE = sv("word.mark.structure");

/** Word shows only the first 64 characters of a title (office-js-docs-reference #1238). */
const WORD_TITLE_LIMIT = 64;

/**
 * Between a mark's own title and the item it belongs to: "Oenighet: Kommunal · Föranmälda frågor". Marks
 * made outside any section control record their item there, so the document alone still says where they
 * belong. A mark's own title never holds it (organisation names do not), so the first one splits the two.
 */
export const ITEM_SEPARATOR = " · ";

const cut = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, Math.max(max - 1, 0))}…` : text;

// The catalogue writes the employer in lower case for running text ("för arbetsgivaren"); a title starts a line.
const titleName = (org: string) => capitalised(orgDisplayName(org));

function ownTitle(mark: Mark): string {
  switch (mark.kind) {
    case "statement":
      return sv("word.mark.inspel", { org: titleName(mark.org) });
    case "disagreement":
      return sv("word.mark.oenighet", { orgs: mark.orgs.map(titleName).join(", ") });
    default:
      return STRUCTURE_TITLE;
  }
}

/** The short form of a mark's own title, when the item needs the room: "Oenighet". */
function kindTitle(mark: Mark): string {
  return sv(mark.kind === "statement" ? "word.mark.inspelShort" : "word.mark.oenighetShort");
}

/**
 * The Swedish title Word shows on the mark, within the 64 characters Word shows. `item` is the item a
 * statement or disagreement belongs to, recorded after `ITEM_SEPARATOR`; where both do not fit, the
 * organisations give way first (the tag keeps them), then the item's end.
 */
export function markTitle(mark: Mark, item = ""): string {
  const own = ownTitle(mark);
  const line = item.replace(/\s+/g, " ").trim();
  if (!line || (mark.kind !== "statement" && mark.kind !== "disagreement")) return cut(own, WORD_TITLE_LIMIT);
  const full = `${own}${ITEM_SEPARATOR}${line}`;
  if (full.length <= WORD_TITLE_LIMIT) return full;
  const short = `${kindTitle(mark)}${ITEM_SEPARATOR}`;
  return `${short}${cut(line, WORD_TITLE_LIMIT - short.length)}`;
}

/** The item recorded in a mark's title by `markTitle`, or undefined when it names none. */
export function itemOfTitle(title: string): string | undefined {
  const at = title.indexOf(ITEM_SEPARATOR);
  const item = at < 0 ? "" : title.slice(at + ITEM_SEPARATOR.length).trim();
  return item || undefined;
}

/** Queues the tag, title and look of a mark on a content control (no sync). */
export function applyMark(control: Word.ContentControl, mark: Mark, item?: string): void {
  control.tag = formatTag(mark);
  control.title = markTitle(mark, item);
  control.appearance = APPEARANCE[mark.kind];
  control.color = MARK_COLOURS[mark.kind];
}

/** A field's title, "Mötesuppgift: närvarande": how a field whose tag carries more than its name is found. */
export function fieldTitle(name: string): string {
  return cut(sv("word.mark.field", { name }), WORD_TITLE_LIMIT);
}

/**
 * Queues the tag, title and look of a field: a control around a placeholder's value (or the paragraphs of a
 * block field). A field the meeting has no value for yet shows "{name}" with Word's tags around it, so it
 * never reads as plain text ("kl. {tid}"); a filled one is drawn, like a heading, only where the cursor is.
 */
export function applyField(
  control: Word.ContentControl,
  name: string,
  missing: boolean,
  fingerprint?: string,
): void {
  control.tag = fingerprint ? `${fieldTag(name)}:${fingerprint}` : fieldTag(name);
  control.title = fieldTitle(name);
  control.appearance = missing ? "Tags" : "BoundingBox";
}
