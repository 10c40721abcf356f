import { t, tCount } from "../../../shared/i18n/i18n";
import type { SelfTestReport, SelfTestStep } from "../../word/ops";

/** How many steps ended each way. */
export function tally(steps: readonly SelfTestStep[]): { passed: number; failed: number; skipped: number } {
  const count = (outcome: SelfTestStep["outcome"]) => steps.filter((step) => step.outcome === outcome).length;
  return { passed: count("pass"), failed: count("fail"), skipped: count("skipped") };
}

/** "1 godkänt steg, 2 underkända, 1 överhoppat": the counts in the report and the status line. */
export function countsText(steps: readonly SelfTestStep[]): string {
  const { passed, failed, skipped } = tally(steps);
  return [
    tCount("word.report.passed", passed),
    tCount("word.report.failed", failed),
    tCount("word.report.skipped", skipped),
  ].join(", ");
}

const OUTCOME = {
  pass: "word.report.pass",
  fail: "word.report.fail",
  skipped: "word.report.skipped",
} as const;

function stepLine(step: SelfTestStep, number: number): string {
  const code = step.code ? ` [${step.code}]` : "";
  const detail = step.detail ? ` – ${step.detail}` : "";
  return `${number}. ${step.name}: ${t(OUTCOME[step.outcome])}${code}${detail}`;
}

/**
 * The report as plain text for e-mail or a ticket: what Word this was, which requirement sets it has, and one
 * line per step. The format is documented in the README ("Självtest").
 */
export function formatReport(report: SelfTestReport): string {
  const sets = report.requirementSets
    .map((set) => `${set.name} ${t(set.supported ? "word.report.yes" : "word.report.no")}`)
    .join(", ");
  return [
    t("word.report.title"),
    t("word.report.ranAt", { date: report.ranAt }),
    t("word.report.word", { host: report.host, version: report.version, platform: report.platform }),
    t("word.report.sets", { sets }),
    t("word.report.summary", { counts: countsText(report.steps) }),
    "",
    ...report.steps.map((step, at) => stepLine(step, at + 1)),
  ].join("\n");
}
