import * as v from "valibot";
import { t } from "../i18n/i18n";
import { type UserMessage, userMessage } from "../i18n/message";
import { ITEM_CATEGORIES, MEETING_TYPES } from "../model/meeting";
import { describeIssues, utf8Length } from "../validation/messages";
import { describeTemplateIssue, notOurTemplate } from "./issues";
import { exportTemplate, TEMPLATE_LIMITS } from "./limits";
import { PLACEHOLDERS, unknownPlaceholders } from "./placeholders";
import { flattenSections } from "./registry";
import {
  JUSTERING_STYLES,
  SECTION_KINDS,
  TEMPLATE_FORMAT_VERSION,
  type Template,
  type TemplateSection,
} from "./types";

/**
 * Export and import of templates as JSON, so an organisation can adapt its own without a new release.
 * An imported file is outside input: it is validated field by field with bounded sizes, and refused with one
 * Swedish sentence in the user's words (the first problem), the others field by field as details.
 */
export { exportTemplate, TEMPLATE_LIMITS };

const L = TEMPLATE_LIMITS;
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const requiredText = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));
/** A text that may hold `{placeholders}`: a misspelt one ("{datun}") is refused rather than printed as is. */
const filledText = (max: number, required: boolean) =>
  v.pipe(
    required ? requiredText(max) : text(max),
    v.check(
      (value) => unknownPlaceholders(value).length === 0,
      (issue) =>
        t("core.template.unknownPlaceholder", {
          names: unknownPlaceholders(String(issue.input))
            .map((name) => `{${name}}`)
            .join(", "),
        }),
    ),
  );
const idSchema = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/), v.maxLength(L.id));

const sectionSchema: v.GenericSchema<TemplateSection> = v.strictObject({
  id: idSchema,
  title: filledText(L.title, true),
  kind: v.picklist(SECTION_KINDS),
  number: v.optional(text(L.number)),
  category: v.optional(v.picklist(ITEM_CATEGORIES)),
  presenter: v.optional(text(L.presenter)),
  body: v.optional(filledText(L.body, false)),
  holdsStatements: v.optional(v.boolean()),
  mbl: v.optional(v.nullable(v.picklist(["mbl11", "mbl19"]))),
  children: v.optional(v.pipe(v.array(v.lazy(() => sectionSchema)), v.maxLength(L.sectionsPerLevel))),
});

function hasUniqueIds(sections: readonly TemplateSection[]): boolean {
  const ids = flattenSections(sections).map((section) => section.id);
  return new Set(ids).size === ids.length;
}

const templateSchema = v.strictObject({
  formatVersion: v.literal(TEMPLATE_FORMAT_VERSION),
  id: idSchema,
  name: requiredText(L.name),
  description: v.optional(text(L.description)),
  meetingType: v.picklist(MEETING_TYPES),
  title: filledText(L.title, true),
  headerLines: v.pipe(v.array(filledText(L.title, false)), v.maxLength(L.headerLines)),
  statementsHeading: requiredText(L.heading),
  justering: v.strictObject({
    style: v.picklist(JUSTERING_STYLES),
    heading: v.optional(text(L.heading)),
    disagreementNote: v.optional(text(L.heading)),
    document: v.optional(text(L.heading)),
  }),
  sections: v.pipe(
    v.array(sectionSchema),
    v.minLength(1),
    v.maxLength(L.sectionsPerLevel),
    v.check(
      (sections) => flattenSections(sections).length <= L.sectionsTotal,
      () => t("core.template.tooManySections", { max: L.sectionsTotal }),
    ),
    v.check(
      (sections: TemplateSection[]) => hasUniqueIds(sections),
      () => t("core.template.duplicateIds"),
    ),
  ),
});

/**
 * A refused file: `problem` is one sentence a secretary can act on, with a `{file}` parameter the caller
 * fills with the file's name; `details` are the rest, field by field, for whoever edits the file.
 */
export type TemplateImport =
  | { ok: true; template: Template }
  | { ok: false; problem: UserMessage; details: string[] };

const refused = (problem: UserMessage, details: string[] = []): TemplateImport => ({
  ok: false,
  problem,
  details,
});

const knownPlaceholders = () =>
  t("core.template.knownPlaceholders", {
    known: Object.keys(PLACEHOLDERS)
      .map((name) => `{${name}}`)
      .join(", "),
  });

/**
 * Nesting depth of raw `sections`/`children`, walked without recursion: the schema itself recurses, so a
 * file nested thousands deep must be refused before it reaches the schema.
 */
function rawDepthExceeds(value: unknown, max: number): boolean {
  const stack: { node: unknown; depth: number }[] = [{ node: value, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: unknown; depth: number };
    if (typeof node !== "object" || node === null) continue;
    // Both keys, whatever the other holds: a non-array `sections` must not hide deep `children` beside it.
    const { sections, children } = node as { sections?: unknown; children?: unknown };
    for (const list of [sections, children]) {
      if (!Array.isArray(list) || list.length === 0) continue;
      if (depth + 1 > max) return true;
      for (const child of list) stack.push({ node: child, depth: depth + 1 });
    }
  }
  return false;
}

/** Validates already-parsed data as a template. Never throws. */
export function validateTemplate(value: unknown): TemplateImport {
  const stranger = notOurTemplate(value);
  if (stranger) return refused(stranger);
  if (rawDepthExceeds(value, L.depth)) {
    const problem = userMessage("core.template.tooDeep", { max: L.depth });
    return refused(
      userMessage("core.template.invalid", { field: userMessage("core.template.field.sections"), problem }),
    );
  }
  const result = v.safeParse(templateSchema, value);
  if (result.success) return { ok: true, template: result.output as Template };
  const [first, ...rest] = result.issues;
  const details = describeIssues(rest, t("core.template.root"));
  const misspelt = result.issues.some(
    (issue) => typeof issue.input === "string" && unknownPlaceholders(issue.input).length > 0,
  );
  return refused(describeTemplateIssue(first), misspelt ? [...details, knownPlaceholders()] : details);
}

/** Reads a template file's text. Oversized files are refused before parsing. Never throws. */
export function importTemplate(json: string): TemplateImport {
  if (typeof json !== "string") return refused(userMessage("core.template.notTemplate"));
  if (utf8Length(json) > L.bytes) {
    return refused(userMessage("core.template.fileTooLarge", { max: L.bytes / 1024 }));
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return refused(userMessage("core.template.notTemplate"), [t("core.template.notJson")]);
  }
  return validateTemplate(value);
}
