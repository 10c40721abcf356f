import { useState } from "preact/hooks";
import { t } from "../../../shared/i18n/i18n";
import type { Finding } from "../../../shared/review/types";
import { useOperation } from "../components/useOperation";
import { usePane } from "../context";
import { normaliseMeeting } from "../meeting/normalise";
import type { PaneState } from "../pane-state";
import { loadAnalysis } from "./load";
import { markedSection } from "./plan";

/**
 * "Granska protokollet": the review of the document's text before justering, run on demand. A finding whose
 * section is one of the document's marked sections can be shown in Word; others only say where.
 */
interface ReviewFindingsProps extends Pick<PaneState, "meeting" | "index"> {
  /** Told the findings of each review, so the tab around it can leave out what it already says. */
  onFindings?(findings: readonly Finding[]): void;
}

export function ReviewFindings({ meeting, index, onFindings }: ReviewFindingsProps) {
  const pane = usePane();
  const { run } = useOperation();
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [busy, setBusy] = useState(false);

  async function review() {
    setBusy(true);
    try {
      const [text, code] = await Promise.all([pane.ops.readDocumentText(), loadAnalysis()]);
      const roster = normaliseMeeting(meeting).roster;
      // Without unions filled in under Möte, the review takes the attendance list written in the minutes.
      const options = roster.unions.length > 0 ? { roster } : {};
      const found = code.reviewMinutes(code.analyseMinutes(text), options);
      setFindings(found);
      onFindings?.(found);
      pane.announce(t("pane.review.done", { count: found.length }));
    } catch (error) {
      // The previous findings stay in view.
      pane.fail(error);
    } finally {
      setBusy(false);
    }
  }

  const sections = index?.sections ?? [];
  return (
    <section class="stack" aria-labelledby="review-heading">
      <h3 id="review-heading">{t("pane.review.heading")}</h3>
      <p class="hint">{t("pane.review.help")}</p>
      <div class="actions">
        <button type="button" class="secondary" disabled={busy} onClick={review}>
          {t("pane.review.run")}
        </button>
      </div>
      {busy && <p class="hint">{t("pane.review.running")}</p>}
      {findings &&
        (findings.length === 0 ? (
          <p class="hint">{t("pane.review.none")}</p>
        ) : (
          <section class="stack" aria-label={t("pane.review.count", { count: findings.length })}>
            <h4>{t("pane.review.count", { count: findings.length })}</h4>
            <ul class="warnings findings">
              {findings.map((finding, at) => {
                const section = markedSection(finding.section, sections);
                return (
                  // Two findings may read alike (the same mistake under two items); the list is replaced whole.
                  <li key={at}>
                    {section ? (
                      <button
                        type="button"
                        class="link"
                        aria-label={t("pane.review.show", { message: finding.message })}
                        onClick={() => run((ops) => ops.selectMark(section.id))}
                      >
                        {finding.message}
                      </button>
                    ) : (
                      <p class="finding-message">{finding.message}</p>
                    )}
                    {finding.section && (
                      <p class="hint">{t("pane.review.under", { section: finding.section })}</p>
                    )}
                    <p class="hint">{finding.hint}</p>
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
    </section>
  );
}
