import { newMarkId } from "../../shared/document/tags";
import { applyMark } from "./marks";
import type { MarkResult } from "./ops";
import { firstLine } from "./structure";

// The item a mark belongs to is a heading of level 1–3; deeper ones are subheadings inside an item.
const ITEM_LEVELS = 3;

/**
 * The index of the last paragraph among these whose outline level makes it an item's heading, or -1. Outline
 * levels are the same in every language and for custom styles, where the style's name is localised ("Rubrik
 * 1" in Swedish Word) and `styleBuiltIn` says only "Other".
 */
export function lastHeading(levels: readonly number[]): number {
  for (let i = levels.length - 1; i >= 0; i--) {
    const level = levels[i]!;
    if (level >= 1 && level <= ITEM_LEVELS) return i;
  }
  return -1;
}

/**
 * For a mark outside every section (minutes written without the add-in): reads the outline levels of the
 * paragraphs above `paragraph` (one sync, a few bytes each), then anchors the nearest item heading as a section
 * and reads its text (a second sync). Later marks under the same heading find it in one sync. Nothing when
 * there is no heading above, or when Word refuses the anchor (the heading lies in a table, say).
 */
export async function anchorNearestHeading(
  context: Word.RequestContext,
  paragraph: Word.Paragraph,
): Promise<Pick<MarkResult, "sectionId" | "sectionTitle">> {
  const above = context.document.body.getRange("Start").expandTo(paragraph.getRange("Start")).paragraphs;
  above.load("outlineLevel");
  await context.sync();
  const at = lastHeading(above.items.map((p) => p.outlineLevel));
  const heading = above.items[at];
  if (!heading) return {};
  const anchor = heading.getRange("Whole").insertContentControl();
  applyMark(anchor, { kind: "section", sectionId: `h-${newMarkId()}` });
  anchor.load("id");
  heading.load("text");
  try {
    await context.sync();
  } catch {
    return {};
  }
  const title = firstLine(heading.text);
  return { sectionId: String(anchor.id), ...(title ? { sectionTitle: title } : {}) };
}
