import { t } from "../../../shared/i18n/i18n";
import { buildJustering } from "../../../shared/justering/build";
import { justeringProblems } from "../../../shared/justering/problems";
import { useOperation } from "../components/useOperation";
import { ReviewFindings } from "../existing/ReviewFindings";
import { normaliseMeeting } from "../meeting/normalise";
import type { PaneState } from "../pane-state";

/** A preview of the justering block as it will be written, the problems to fix first, and the rewrite. */
export function JusteringPanel({ meeting, template, index, refreshIndex }: PaneState) {
  const { busy, run } = useOperation();
  const clean = normaliseMeeting(meeting);
  const disagreements = index?.disagreements ?? [];
  const preview = buildJustering(template.justering, clean.justerare, disagreements);
  const problems = justeringProblems(clean, disagreements);

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
              <li key={`${problem.kind}:${problem.org}`}>{problem.message}</li>
            ))}
          </ul>
        </>
      )}
      {index && !index.hasJustering && <p class="hint">{t("pane.justering.missingBlock")}</p>}
      <div class="actions">
        <button type="button" class="primary" disabled={busy} onClick={rewrite}>
          {t("pane.justering.update")}
        </button>
      </div>
      <ReviewFindings meeting={meeting} index={index} />
    </section>
  );
}
