import { useState } from "preact/hooks";
import { t } from "../../../shared/i18n/i18n";
import { ActionButton } from "../../../shared/ui/ActionButton";
import { userMessageFor, WordOpError } from "../../word/errors";
import type { SelfTestReport } from "../../word/ops";
import { usePane } from "../context";
import { countsText, formatReport, tally } from "./report";

type Phase = { kind: "idle" } | { kind: "running"; steps: number } | { kind: "done"; report: SelfTestReport };

/**
 * "Hjälp": the Självtest an IT department runs once in real Word after deploying, with its report to copy.
 * The test itself lives in the Word adapter (it reads the document back after every step).
 */
export function HelpPanel() {
  const pane = usePane();
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [copyState, setCopyState] = useState<"" | "copied" | "failed">("");

  async function run() {
    setCopyState("");
    let steps = 0;
    setPhase({ kind: "running", steps });
    try {
      const report = await pane.ops.selfTest(() => setPhase({ kind: "running", steps: ++steps }));
      setPhase({ kind: "done", report });
      const message = t("word.help.done", { counts: countsText(report.steps) });
      // Green only when every step passed: a failed step is something to read and send on.
      if (tally(report.steps).failed > 0) pane.note(message);
      else pane.announce(message);
    } catch (error) {
      setPhase({ kind: "idle" });
      // A document that is not empty is refused before the test starts: a warning, not a failure of Word.
      if (error instanceof WordOpError && error.key === "word.error.notEmptyForSelfTest") {
        pane.note(userMessageFor(error));
      } else pane.fail(error);
    }
  }

  async function copy(text: string) {
    try {
      await navigator.clipboard.writeText(text);
      setCopyState("copied");
    } catch {
      setCopyState("failed");
    }
  }

  const report = phase.kind === "done" ? formatReport(phase.report) : "";
  return (
    <section class="stack" aria-labelledby="help-heading">
      <h2 id="help-heading">{t("word.help.heading")}</h2>
      <p class="hint">{t("word.help.intro")}</p>
      <div class="actions">
        <ActionButton tone="primary" disabled={phase.kind === "running"} onClick={run}>
          {t("word.help.run")}
        </ActionButton>
      </div>
      {phase.kind === "running" && (
        <p class="hint" aria-live="polite">
          {t("word.help.running", { count: phase.steps + 1 })}
        </p>
      )}
      {phase.kind === "done" && (
        <div class="stack">
          <label class="stack" for="self-test-report">
            {t("word.help.report")}
          </label>
          <textarea id="self-test-report" readOnly rows={12} value={report} />
          <div class="actions">
            <button type="button" class="secondary" onClick={() => copy(report)}>
              {t("word.help.copy")}
            </button>
          </div>
          {copyState && (
            <p class="hint" role="status">
              {t(copyState === "copied" ? "word.help.copied" : "word.help.copyFailed")}
            </p>
          )}
          <p class="hint">{t("word.help.sendTo")}</p>
        </div>
      )}
    </section>
  );
}
