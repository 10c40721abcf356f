import type { IndexSection, MarkResult } from "./ops";

/**
 * The heading a new mark went under: the one Word read with the mark, else the index's section of that id
 * (a mark under a heading control does not read the heading's text, see `MarkResult.sectionTitle`).
 */
export function markedSectionTitle(
  result: MarkResult,
  sections: readonly IndexSection[],
): string | undefined {
  if (result.sectionTitle) return result.sectionTitle;
  if (result.sectionId === undefined) return undefined;
  return sections.find((section) => section.id === result.sectionId)?.title || undefined;
}
