import { useState } from "preact/hooks";
import { t } from "../../../shared/i18n/i18n";
import type { Finding } from "../../../shared/review/types";
import { ActionButton } from "../../../shared/ui/ActionButton";
import { useOperation } from "../components/useOperation";
import { usePane } from "../context";
import { normaliseMeeting } from "../meeting/normalise";
import type { PaneState } from "../pane-state";
import { loadAnalysis } from "./load";

/**
 * "Granska protokollet": the review before justering, run on demand over one model of the document: the
 * marks read from Word (the truth), the meeting as the pane holds it and the analysed text, which only adds
 * suggestions. A finding with a place in Word (a mark, or the item's control) can be shown there.
 */
interface ReviewFindingsProps extends Pick<PaneState, "meeting" | "index"> {
  /** Told the findings of each review, so the tab around it can leave out what it already says. */
  onFindings?(findings: readonly Finding[]): void;
}

/** What to fix, and the text's suggestions: the two lists, and the counts the summary gives. */
function split(findings: readonly Finding[]) {
  return {
    toFix: findings.filter((finding) => !finding.suggestion),
    suggested: findings.filter((finding) => finding.suggestion),
  };
}

export function ReviewFindings({ meeting, onFindings }: ReviewFindingsProps) {
  const pane = usePane();
  const { run } = useOperation();
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [final, setFinal] = useState(false);
  const [busy, setBusy] = useState(false);

  async function review() {
    setBusy(true);
    try {
      const [text, index, code] = await Promise.all([
        pane.ops.readDocumentText(),
        pane.ops.readIndex(),
        loadAnalysis(),
      ]);
      const normalised = normaliseMeeting(meeting);
      const model = code.documentModel({ analysis: code.analyseMinutes(text), index, meeting: normalised });
      // Old documents have the justerare list as plain text: it is compared with the meeting's justerare.
      const found = [
        ...code.reviewDocument(model, { final }),
        ...code.reviewJusterareList(text, normalised.justerare),
      ];
      setFindings(found);
      onFindings?.(found);
      // The summary counts the two lists the tab shows, from the same split.
      const { toFix, suggested } = split(found);
      pane.announce(
        found.length === 0
          ? t("pane.review.doneNone")
          : suggested.length === 0
            ? t("pane.review.done", { count: toFix.length })
            : t("pane.review.doneWithSuggestions", { toFix: toFix.length, suggested: suggested.length }),
      );
    } catch (error) {
      // The previous findings stay in view.
      pane.fail(error);
    } finally {
      setBusy(false);
    }
  }

  const { toFix, suggested } = split(findings ?? []);
  const list = (items: readonly Finding[]) => (
    <ul class="warnings findings">
      {items.map((finding, at) => (
        // Two findings may read alike (the same mistake under two items); the list is replaced whole.
        <li key={at}>
          {finding.target ? (
            <button
              type="button"
              class="link"
              aria-label={t("pane.review.show", { message: finding.message })}
              onClick={() => run((ops) => ops.selectMark(finding.target!))}
            >
              {finding.message}
            </button>
          ) : (
            <p class="finding-message">{finding.message}</p>
          )}
          {finding.section && <p class="hint">{t("pane.review.under", { section: finding.section })}</p>}
          <p class="hint">{finding.hint}</p>
        </li>
      ))}
    </ul>
  );
  return (
    <section class="stack" aria-labelledby="review-heading">
      <h3 id="review-heading">{t("pane.review.heading")}</h3>
      <p class="hint">{t("pane.review.help")}</p>
      <label class="check">
        <input type="checkbox" checked={final} onChange={(event) => setFinal(event.currentTarget.checked)} />
        {t("pane.review.final")}
      </label>
      <div class="actions">
        <ActionButton tone="secondary" disabled={busy} onClick={review}>
          {t("pane.review.run")}
        </ActionButton>
      </div>
      {busy && <p class="hint">{t("pane.review.running")}</p>}
      {findings &&
        (findings.length === 0 ? (
          <p class="hint">{t("pane.review.none")}</p>
        ) : (
          <>
            {toFix.length > 0 && (
              <section class="stack" aria-label={t("pane.review.count", { count: toFix.length })}>
                <h4>{t("pane.review.count", { count: toFix.length })}</h4>
                {list(toFix)}
              </section>
            )}
            {suggested.length > 0 && (
              <section class="stack" aria-label={t("pane.review.suggestions", { count: suggested.length })}>
                <h4>{t("pane.review.suggestions", { count: suggested.length })}</h4>
                {list(suggested)}
              </section>
            )}
          </>
        ))}
    </section>
  );
}
