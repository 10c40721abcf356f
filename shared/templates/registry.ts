import { forvaltningsgruppTemplate } from "./builtin/forvaltningsgrupp";
import { fsgVsgTemplate } from "./builtin/fsg-vsg";
import { mblForhandlingTemplate } from "./builtin/mbl-forhandling";
import { samverkansgruppTemplate } from "./builtin/samverkansgrupp";
import { skyddskommitteTemplate } from "./builtin/skyddskommitte";
import type { Template, TemplateSection } from "./types";

/** The templates that ship with the add-in, in the order they are offered: one for each meeting type. */
export const builtinTemplates: readonly Template[] = [
  fsgVsgTemplate,
  forvaltningsgruppTemplate,
  samverkansgruppTemplate,
  mblForhandlingTemplate,
  skyddskommitteTemplate,
];

export function templateById(id: string): Template | null {
  return builtinTemplates.find((template) => template.id === id) ?? null;
}

/** Every section of a template, depth first (groups before their children). */
export function flattenSections(sections: readonly TemplateSection[]): TemplateSection[] {
  return sections.flatMap((section) => [section, ...flattenSections(section.children ?? [])]);
}
