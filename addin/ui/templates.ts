import type { MblClass, MeetingType } from "../../shared/model/meeting";
import { builtinTemplates, flattenSections, templateById } from "../../shared/templates/registry";
import type { Template, TemplateSection } from "../../shared/templates/types";
import { readStored, writeStored } from "./storage";

/** Templates the organisation imported, kept in the pane's storage (validated when imported). */
const IMPORTED_KEY = "templates";
const CHOSEN_KEY = "template";

export const loadImportedTemplates = () => readStored<Template[]>(IMPORTED_KEY) ?? [];

/** Built-ins first; an imported template with a built-in's id is the organisation's edit of it and replaces it. */
export function availableTemplates(imported: readonly Template[]): Template[] {
  const own = new Map(imported.map((template) => [template.id, template]));
  const builtins = builtinTemplates.map((template) => own.get(template.id) ?? template);
  return [...builtins, ...imported.filter((template) => !templateById(template.id))];
}

/** Adds or replaces (same id) an imported template; false when storage refused it. */
export function rememberImported(imported: readonly Template[], template: Template): Template[] | null {
  const next = [...imported.filter((each) => each.id !== template.id), template];
  return writeStored(IMPORTED_KEY, next) ? next : null;
}

export const loadChosenTemplateId = () => readStored<string>(CHOSEN_KEY);
export const saveChosenTemplateId = (id: string) => writeStored(CHOSEN_KEY, id);

/** The template to use: the one chosen before, else the first made for this kind of meeting. */
export function chooseTemplate(templates: readonly Template[], chosenId: string | null, type: MeetingType) {
  return (
    templates.find((each) => each.id === chosenId) ??
    templates.find((each) => each.meetingType === type) ??
    (templates[0] as Template)
  );
}

export function agendaSections(template: Template): TemplateSection[] {
  return flattenSections(template.sections).filter((section) => section.kind === "agenda");
}

/**
 * Where a clipped item goes when the user lets its MBL class decide: the §11/§19 part of the template for
 * its class, else the template's general agenda section. An item without a class never lands in a §11 part
 * (that would record a negotiation that did not happen): without a general section it has no place (null)
 * until the user classifies it.
 */
export function sectionForClass(sections: readonly TemplateSection[], mbl: MblClass): TemplateSection | null {
  return (
    (mbl ? sections.find((section) => section.mbl === mbl) : undefined) ??
    sections.find((section) => !section.mbl) ??
    null
  );
}
