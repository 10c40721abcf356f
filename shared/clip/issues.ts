import type * as v from "valibot";
import { type UserMessage, userMessage } from "../i18n/message";

/**
 * Why a clip was refused, as one sentence in the user's terms ("Klippet kunde inte läsas: rubriken i
 * punkt 3 saknas."), never a schema path: the first problem found, and how many more there are.
 */
type PathKey = string | number;

const pathOf = (issue: v.BaseIssue<unknown>): PathKey[] =>
  (issue.path ?? []).map((step) => step.key as PathKey);

/**
 * The item a path is in, for "Punkt {item}": by its own number when it has a short one ("§ 12" as "12",
 * since the sentence says "Punkt" already), else by its place in the list.
 */
export function itemLabel(items: unknown, index: number): string {
  const number = Array.isArray(items) ? (items[index] as { number?: unknown } | undefined)?.number : null;
  const bare = typeof number === "string" ? number.replace(/^\s*(?:§|punkt\b|p\.)?\s*/i, "").trim() : "";
  return bare && bare.length <= 20 ? bare : String(index + 1);
}

const ITEM_FIELDS: Record<string, Parameters<typeof userMessage>[0]> = {
  number: "clip.field.number",
  title: "clip.field.title",
  dnr: "clip.field.dnr",
  mbl: "clip.field.mbl",
  procedural: "clip.field.procedural",
  links: "clip.field.links",
};

const TOP_FIELDS: Record<string, Parameters<typeof userMessage>[0]> = {
  id: "clip.field.id",
  createdAt: "clip.field.createdAt",
  source: "clip.field.source",
  "source.url": "clip.field.sourceUrl",
  "source.title": "clip.field.sourceTitle",
  agenda: "clip.field.agenda",
  "agenda.committee": "clip.field.committee",
  "agenda.meetingDate": "clip.field.meetingDate",
  "agenda.items": "clip.field.items",
};

/** The field a path names, in words: "rubriken i punkt 3", "nämnden", "klippet". */
function fieldOf(path: PathKey[], input: unknown): UserMessage {
  if (path[0] === "agenda" && path[1] === "items" && typeof path[2] === "number") {
    const items = (input as { agenda?: { items?: unknown } } | null)?.agenda?.items;
    const item = itemLabel(items, path[2]);
    const field = path[3] === undefined ? undefined : ITEM_FIELDS[String(path[3])];
    if (path[3] === "links" && path.length > 5) return userMessage("clip.field.linkText", { item });
    return field ? userMessage(field, { item }) : userMessage("clip.field.item", { item });
  }
  const key = TOP_FIELDS[path.join(".")];
  return userMessage(key ?? "clip.field.clip");
}

/** What is wrong with a field, in words ("saknas", "har fler än 500 tecken"); the template import uses it too. */
export function problemOf(issue: v.BaseIssue<unknown>): UserMessage {
  switch (issue.type) {
    case "max_length":
      return Array.isArray(issue.input)
        ? userMessage("clip.problem.tooMany", { max: Number(issue.requirement) })
        : userMessage("clip.problem.tooLong", { max: Number(issue.requirement) });
    case "min_length":
      return userMessage(Array.isArray(issue.input) ? "clip.problem.empty" : "clip.problem.missing");
    case "strict_object":
      if (issue.expected === "never") return userMessage("clip.problem.unknownField");
      return userMessage(issue.received === "undefined" ? "clip.problem.missing" : "clip.problem.wrongType");
    case "literal":
    case "picklist":
    case "regex":
    case "iso_timestamp":
    case "check":
      return userMessage("clip.problem.badFormat");
    default:
      return issue.received === "undefined"
        ? userMessage("clip.problem.missing")
        : userMessage("clip.problem.wrongType");
  }
}

/** A kind or version that is not ours says the file is something else, or from a newer release. */
function wholeClipProblem(issue: v.BaseIssue<unknown>, input: unknown): UserMessage | null {
  const path = pathOf(issue);
  if (path.length === 0 || path[0] === "kind") return userMessage("clip.notClip");
  if (path[0] === "version") {
    const version = (input as { version?: unknown }).version;
    return typeof version === "number" && version > 2
      ? userMessage("clip.newerVersion")
      : userMessage("clip.notClip");
  }
  if (path.join(".") === "agenda.items" && issue.type === "min_length") return userMessage("clip.noItems");
  if (path.join(".") === "agenda.items" && issue.type === "max_length") {
    const count = Array.isArray(issue.input) ? issue.input.length : 0;
    return userMessage("clip.tooManyItems", { count, max: Number(issue.requirement) });
  }
  return null;
}

export function describeEnvelopeIssues(issues: readonly v.BaseIssue<unknown>[], input: unknown): UserMessage {
  const first = issues[0]!;
  const whole = wholeClipProblem(first, input);
  if (whole) return whole;
  const params = { field: fieldOf(pathOf(first), input), problem: problemOf(first) };
  if (first.type === "strict_object" && first.expected === "never") {
    params.field = fieldOf(pathOf(first).slice(0, -1), input);
  }
  return issues.length > 1
    ? userMessage("clip.invalidMore", { ...params, more: issues.length - 1 })
    : userMessage("clip.invalid", params);
}
