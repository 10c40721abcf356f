import * as v from "valibot";
import { t } from "../i18n/i18n";

/**
 * Turns valibot issues into Swedish messages that name the field ("Fältet ”sections.2.title”: …"), shared by
 * every schema that checks outside input (clip envelope, imported templates) so users meet one wording.
 */
export function describeIssues(
  issues: readonly v.BaseIssue<unknown>[],
  rootLabel: string,
  max = 10,
): string[] {
  return issues.slice(0, max).map((issue) => describeIssue(issue, rootLabel));
}

function describeIssue(issue: v.BaseIssue<unknown>, rootLabel: string): string {
  const field = v.getDotPath(issue) ?? rootLabel;
  // A `check` carries its own Swedish message, written where the rule is defined.
  const reason = issue.type === "check" ? issue.message : reasonFor(issue);
  return t("core.validation.fieldError", { field, reason });
}

function reasonFor(issue: v.BaseIssue<unknown>): string {
  switch (issue.type) {
    case "max_length":
      return t("core.validation.tooLong", { max: String(issue.requirement) });
    case "min_length":
      return t("core.validation.tooShort");
    case "literal":
    case "picklist":
    case "regex":
    case "iso_timestamp":
      return t("core.validation.badValue");
    case "strict_object":
      return issue.expected === "never" ? t("core.validation.unknownField") : t("core.validation.wrongType");
    default:
      return t("core.validation.wrongType");
  }
}

/** Byte length as UTF-8, for refusing oversized input before parsing it. */
export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}
