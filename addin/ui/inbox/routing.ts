import type { ClipItem } from "../../../shared/clip/envelope";
import type { TemplateSection } from "../../../shared/templates/types";
import { sectionForClass } from "../templates";

/** "auto": each item to the §11 or §19 part its MBL class names (or the template's neutral place). */
export const BY_CLASS = "auto";

export interface Routing {
  /** The items grouped by the section they go to, in the order the sections were offered. */
  groups: { section: TemplateSection; items: ClipItem[] }[];
  /** Items with no place: unclassified where the template has only §11/§19 parts. Never guessed as § 11. */
  unplaced: ClipItem[];
}

/**
 * Groups the chosen items by where they go: `targets` are the places offered (the agenda sections, and the
 * neutral place when it is another section), `general` the neutral place of an item without class.
 */
export function routeItems(
  items: readonly ClipItem[],
  targets: readonly TemplateSection[],
  general: TemplateSection | null,
  target: string,
): Routing {
  const groups = new Map<string, ClipItem[]>(targets.map((section) => [section.id, []]));
  const unplaced: ClipItem[] = [];
  for (const item of items) {
    const section =
      target === BY_CLASS
        ? sectionForClass(targets, general, item.mbl)
        : targets.find((s) => s.id === target);
    if (section) groups.get(section.id)?.push(item);
    else unplaced.push(item);
  }
  return {
    groups: targets.flatMap((section) => {
      const list = groups.get(section.id) ?? [];
      return list.length > 0 ? [{ section, items: list }] : [];
    }),
    unplaced,
  };
}

/** Whether the template splits its agenda by MBL class, so letting the class decide means something. */
export const splitsByClass = (sections: readonly TemplateSection[]) =>
  sections.some((section) => section.mbl);
