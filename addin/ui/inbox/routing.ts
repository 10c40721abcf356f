import type { ClipItem } from "../../../shared/clip/envelope";
import type { TemplateSection } from "../../../shared/templates/types";
import { sectionForClass } from "../templates";

/** "auto": each item to the §11 or §19 part its MBL class names (or the general agenda section). */
export const BY_CLASS = "auto";

/** The chosen items grouped by the agenda section they go to, in the order the sections were offered. */
export function routeItems(
  items: readonly ClipItem[],
  sections: readonly TemplateSection[],
  target: string,
): { sectionId: string; items: ClipItem[] }[] {
  const groups = new Map<string, ClipItem[]>(sections.map((section) => [section.id, []]));
  for (const item of items) {
    const section =
      target === BY_CLASS ? sectionForClass(sections, item.mbl) : sections.find((s) => s.id === target);
    if (section) groups.get(section.id)?.push(item);
  }
  return [...groups]
    .filter(([, list]) => list.length > 0)
    .map(([sectionId, list]) => ({ sectionId, items: list }));
}

/** Whether the template splits its agenda by MBL class, so letting the class decide means something. */
export const splitsByClass = (sections: readonly TemplateSection[]) =>
  sections.some((section) => section.mbl);
