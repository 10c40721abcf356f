import type { ClipItem } from "../../../shared/clip/envelope";
import type { TemplateSection } from "../../../shared/templates/types";
import { sectionForClass } from "../templates";

/** "auto": each item to the §11 or §19 part its MBL class names (or the general agenda section). */
export const BY_CLASS = "auto";

export interface Routing {
  /** The items grouped by the agenda section they go to, in the order the sections were offered. */
  groups: { sectionId: string; items: ClipItem[] }[];
  /** Items with no place: unclassified where the template has only §11/§19 parts. Never guessed as § 11. */
  unplaced: ClipItem[];
}

export function routeItems(
  items: readonly ClipItem[],
  sections: readonly TemplateSection[],
  target: string,
): Routing {
  const groups = new Map<string, ClipItem[]>(sections.map((section) => [section.id, []]));
  const unplaced: ClipItem[] = [];
  for (const item of items) {
    const section =
      target === BY_CLASS ? sectionForClass(sections, item.mbl) : sections.find((s) => s.id === target);
    if (section) groups.get(section.id)?.push(item);
    else unplaced.push(item);
  }
  return {
    groups: [...groups]
      .filter(([, list]) => list.length > 0)
      .map(([sectionId, list]) => ({ sectionId, items: list })),
    unplaced,
  };
}

/** Whether the template splits its agenda by MBL class, so letting the class decide means something. */
export const splitsByClass = (sections: readonly TemplateSection[]) =>
  sections.some((section) => section.mbl);
