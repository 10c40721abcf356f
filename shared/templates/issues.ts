import type * as v from "valibot";
import { problemOf as fieldProblem } from "../clip/issues";
import type { MessageKey } from "../i18n/i18n";
import { type UserMessage, userMessage } from "../i18n/message";

/**
 * Why a template file was refused, in a secretary's words: the first problem as "rubriken i avsnitt 3
 * saknas", never a schema path (the paths stay in the details, for whoever edits the file).
 */
type PathKey = string | number;

const pathOf = (issue: v.BaseIssue<unknown>): PathKey[] =>
  (issue.path ?? []).map((step) => step.key as PathKey);

const TOP_FIELDS: Record<string, MessageKey> = {
  id: "core.template.field.id",
  name: "core.template.field.name",
  description: "core.template.field.description",
  meetingType: "core.template.field.meetingType",
  title: "core.template.field.title",
  headerLines: "core.template.field.headerLines",
  statementsHeading: "core.template.field.statementsHeading",
  justering: "core.template.field.justering",
  sections: "core.template.field.sections",
};

const SECTION_FIELDS: Record<string, MessageKey> = {
  id: "core.template.field.sectionId",
  title: "core.template.field.sectionTitle",
  kind: "core.template.field.sectionKind",
  number: "core.template.field.sectionNumber",
  body: "core.template.field.sectionBody",
  presenter: "core.template.field.sectionPresenter",
  category: "core.template.field.sectionSetting",
  mbl: "core.template.field.sectionSetting",
  holdsStatements: "core.template.field.sectionSetting",
  children: "core.template.field.sectionChildren",
};

/** The field a path names, in words: "rubriken i avsnitt 3.2", "rad 2 under rubriken", "mallens namn". */
function fieldOf(path: PathKey[]): UserMessage {
  if (path[0] === "sections" && typeof path[1] === "number") {
    const places = [path[1] + 1];
    let at = 2;
    while (path[at] === "children" && typeof path[at + 1] === "number") {
      places.push((path[at + 1] as number) + 1);
      at += 2;
    }
    const place = places.join(".");
    const field = path[at] === undefined ? undefined : SECTION_FIELDS[String(path[at])];
    return userMessage(field ?? "core.template.field.section", { place });
  }
  if (path[0] === "headerLines" && typeof path[1] === "number") {
    return userMessage("core.template.field.headerLine", { line: path[1] + 1 });
  }
  const key = path[0] === undefined ? undefined : TOP_FIELDS[String(path[0])];
  return userMessage(key ?? "core.template.field.template");
}

/** The clip's words for what is wrong, except what a template says in its own: a check's, an unknown field. */
function problemOf(issue: v.BaseIssue<unknown>): UserMessage | string {
  if (issue.type === "check") return issue.message;
  if (issue.type === "strict_object" && issue.expected === "never") {
    return userMessage("core.template.unknownField");
  }
  return fieldProblem(issue);
}

/**
 * Is the value a template of ours at all? A file without both the format version and the sections is
 * something else (a clip, another program's JSON); one with a higher format version is from a newer release.
 */
export function notOurTemplate(value: unknown): UserMessage | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return userMessage("core.template.notTemplate");
  }
  const { formatVersion, sections } = value as { formatVersion?: unknown; sections?: unknown };
  if (formatVersion === undefined && sections === undefined) return userMessage("core.template.notTemplate");
  if (typeof formatVersion === "number" && formatVersion > 1) return userMessage("core.template.newer");
  return null;
}

/** The first problem as one sentence ("Mallen i ”{file}” kunde inte importeras: …"), without the file yet. */
export function describeTemplateIssue(issue: v.BaseIssue<unknown>): UserMessage {
  const path = pathOf(issue);
  // An unknown field is named by the object it stands in: "avsnitt 3 har ett okänt fält".
  const field = fieldOf(
    issue.type === "strict_object" && issue.expected === "never" ? path.slice(0, -1) : path,
  );
  return userMessage("core.template.invalid", { field, problem: problemOf(issue) });
}
