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

/**
 * The template to use: the one chosen before when it is made for this kind of meeting, else the first that
 * is. A meeting type with no template at all (an organisation replaced the built-in one) keeps the chosen
 * template; the Möte form says so (`template.meetingType` differs from the meeting's).
 */
export function chooseTemplate(templates: readonly Template[], chosenId: string | null, type: MeetingType) {
  const chosen = templates.find((each) => each.id === chosenId);
  if (chosen?.meetingType === type) return chosen;
  return templates.find((each) => each.meetingType === type) ?? chosen ?? (templates[0] as Template);
}

export function agendaSections(template: Template): TemplateSection[] {
  return flattenSections(template.sections).filter((section) => section.kind === "agenda");
}

/**
 * The neutral place for a clipped item of no MBL class: the template's general agenda section (one without a
 * class, "Föredragningslistan (nämnd)"), else the group that holds its §11/§19 parts ("Ärenden till
 * nämnden"), whose heading the item then follows, outside both parts. Null when the template has neither.
 */
export function generalAgendaPlace(template: Template): TemplateSection | null {
  const sections = agendaSections(template);
  return (
    sections.find((section) => !section.mbl) ??
    flattenSections(template.sections).find(
      (section) => section.kind === "group" && (section.children ?? []).some((c) => c.kind === "agenda"),
    ) ??
    null
  );
}

/**
 * Where a clipped item goes when the user lets its MBL class decide: the §11/§19 part for its class, else the
 * neutral place. An item without a class never lands in a §11 part (that would record a negotiation that did
 * not happen); a template with no place for it returns null until the user classifies it.
 */
export function sectionForClass(
  sections: readonly TemplateSection[],
  general: TemplateSection | null,
  mbl: MblClass,
): TemplateSection | null {
  return (mbl ? sections.find((section) => section.mbl === mbl) : undefined) ?? general;
}
