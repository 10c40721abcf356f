import { useState } from "preact/hooks";
import { capitalised } from "../../../shared/i18n/capitalised";
import { t } from "../../../shared/i18n/i18n";
import { buildJustering } from "../../../shared/justering/build";
import { type JusteringProblem, justeringProblems } from "../../../shared/justering/problems";
import type { Finding } from "../../../shared/review/types";
import { ActionButton } from "../../../shared/ui/ActionButton";
import { orgDisplayName } from "../../../shared/unions/resolve";
import { useOperation } from "../components/useOperation";
import { ReviewFindings } from "../existing/ReviewFindings";
import { normaliseMeeting } from "../meeting/normalise";
import type { PaneState } from "../pane-state";

/** A preview of the justering block as it will be written, the problems to fix first, and the rewrite. */
/**
 * The form's problems the review has just found in the document as well: a union the review says has no
 * justerare is said there, once (the review names the same union in the same words).
 */
function reviewedAlready(problem: JusteringProblem, findings: readonly Finding[]): boolean {
  if (problem.kind !== "missingJusterare") return false;
  const message = t("core.justering.problem.unionWithoutJusterare", { org: orgDisplayName(problem.org) });
  return findings.some(
    (finding) => finding.kind === "union-without-justerare" && finding.message === message,
  );
}

/** A message that opens with an organisation's name reads as a sentence: "Arbetsgivaren deltar …". */

export function JusteringPanel({ meeting, template, index, refreshIndex }: PaneState) {
  const { busy, run } = useOperation();
  const [findings, setFindings] = useState<readonly Finding[]>([]);
  const clean = normaliseMeeting(meeting);
  const disagreements = index?.disagreements ?? [];
  const preview = buildJustering(template.justering, clean.justerare, disagreements);
  const problems = justeringProblems(clean, disagreements).filter(
    (problem) => !reviewedAlready(problem, findings),
  );

  async function rewrite() {
    const done = await run(
      (ops) => ops.rewriteJustering(clean, template),
      () => t("pane.justering.updated"),
    );
    if (done.ok) await refreshIndex();
  }

  return (
    <section class="stack" aria-labelledby="justering-heading">
      <h2 id="justering-heading">{t("pane.justering.heading")}</h2>
      <h3>{t("pane.justering.preview")}</h3>
      {preview.lines.length === 0 ? (
        <p class="hint">{t("pane.justering.noJusterare")}</p>
      ) : (
        <div class="preview" data-testid="justering-preview">
          {preview.heading && <p class="preview-heading">{preview.heading}</p>}
          {preview.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
      {problems.length > 0 && (
        <>
          <h3>{t("pane.justering.problems")}</h3>
          <ul class="warnings">
            {problems.map((problem) => (
              <li key={`${problem.kind}:${problem.org}`}>{capitalised(problem.message)}</li>
            ))}
          </ul>
        </>
      )}
      {index && !index.hasJustering && <p class="hint">{t("pane.justering.missingBlock")}</p>}
      <div class="actions">
        <ActionButton tone="primary" disabled={busy} onClick={rewrite}>
          {t("pane.justering.update")}
        </ActionButton>
      </div>
      <ReviewFindings meeting={meeting} index={index} onFindings={setFindings} />
    </section>
  );
}
