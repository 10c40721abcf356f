import { useRef, useState } from "preact/hooks";
import type { MarkGroup } from "../../../shared/analysis/marks";
import type { Analysis } from "../../../shared/analysis/types";
import { t } from "../../../shared/i18n/i18n";
import { ActionButton } from "../../../shared/ui/ActionButton";
import { usePane } from "../context";
import type { PaneState } from "../pane-state";
import { loadAnalysis } from "./load";
import { alreadyMarked, groupKey, marksToAdd, openingWords } from "./plan";

// Marks are added a few at a time so the pane can show progress and stop between batches; each batch is
// one `markParagraphs` call of two syncs.
const BATCH = 5;

interface Offer {
  analysis: Analysis;
  groups: MarkGroup[];
  /** Keys of the groups that cannot be marked (the unions jointly name no organisation). */
  unmarkable: Set<string>;
  /** "group key:paragraph" of candidates the document already has marked. */
  marked: Set<string>;
}

type Phase = "idle" | "reading" | "marking";

/**
 * "Läs in befintligt protokoll": analyses the document's text, offers the statements and disagreements it
 * found in groups the user confirms, and adds the confirmed marks with progress and a way to stop.
 */
export function ReadMinutes({ refreshIndex }: Pick<PaneState, "refreshIndex">) {
  const pane = usePane();
  const [phase, setPhase] = useState<Phase>("idle");
  const [offer, setOffer] = useState<Offer | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [report, setReport] = useState<{ summary: string; notFound: string[] } | null>(null);
  const cancelled = useRef(false);

  async function read() {
    setPhase("reading");
    setReport(null);
    try {
      const [text, index, code] = await Promise.all([
        pane.ops.readDocumentText(),
        pane.ops.readIndex(),
        loadAnalysis(),
      ]);
      const analysis = code.analyseMinutes(text);
      const groups = code.marksFromAnalysis(analysis);
      if (groups.length === 0) {
        setOffer(null);
        pane.announce(t("pane.read.nothingFound"));
        return;
      }
      const unmarkable = new Set(
        groups.filter((group) => group.orgs.includes(code.UNIONS_JOINTLY)).map(groupKey),
      );
      const marked = new Set(
        groups.flatMap((group) =>
          group.candidates
            .filter((candidate) => alreadyMarked(candidate, index))
            .map((candidate) => `${groupKey(group)}:${candidate.paragraph}`),
        ),
      );
      setOffer({ analysis, groups, unmarkable, marked });
      setChosen(new Set(groups.map(groupKey).filter((key) => !unmarkable.has(key))));
      pane.announce(t("pane.read.found", { count: groups.length }));
    } catch (error) {
      pane.fail(error);
    } finally {
      setPhase("idle");
    }
  }

  function toggle(key: string, on: boolean) {
    const next = new Set(chosen);
    if (on) next.add(key);
    else next.delete(key);
    setChosen(next);
  }

  async function add() {
    if (!offer) return;
    setPhase("marking");
    setReport(null);
    cancelled.current = false;
    let marked = 0;
    let total = 0;
    const notFound: string[] = [];
    let outcome: "done" | "cancelled" | "failed" = "done";
    try {
      // The index is read again: the user may have marked or unmarked paragraphs since the document was read.
      const plan = marksToAdd(offer.groups, chosen, offer.analysis, await pane.ops.readIndex());
      total = plan.marks.length;
      setProgress({ done: 0, total });
      for (let start = 0; start < total; start += BATCH) {
        if (cancelled.current) {
          outcome = "cancelled";
          break;
        }
        const result = await pane.ops.markParagraphs(plan.marks.slice(start, start + BATCH));
        marked += result.marked;
        notFound.push(...result.notFound);
        setProgress({ done: Math.min(start + BATCH, total), total });
      }
      const parts = [
        t(outcome === "cancelled" ? "pane.read.cancelled" : "pane.read.done", { marked, total }),
        ...(plan.skipped > 0 ? [t("pane.read.skipped", { count: plan.skipped })] : []),
      ];
      setReport({ summary: parts.join(" "), notFound });
      pane.announce(parts.join(" "));
      if (outcome === "done") setOffer(null);
    } catch (error) {
      outcome = "failed";
      // The offer stays: trying again skips what was marked before the failure.
      pane.fail(error);
      setReport({ summary: t("pane.read.failed", { marked, total }), notFound });
    } finally {
      setPhase("idle");
      await refreshIndex();
    }
  }

  const noSection = t("pane.marks.noSection");
  return (
    <section class="stack" aria-labelledby="read-heading">
      <h3 id="read-heading">{t("pane.read.heading")}</h3>
      <p class="hint">{t("pane.read.help")}</p>
      <div class="actions">
        <ActionButton tone="secondary" disabled={phase !== "idle"} onClick={read}>
          {t("pane.read.start")}
        </ActionButton>
      </div>
      {phase === "reading" && <p class="hint">{t("pane.read.reading")}</p>}
      {offer && (
        <fieldset class="stack read-offer">
          <legend>{t("pane.read.groups")}</legend>
          {offer.groups.map((group) => {
            const key = groupKey(group);
            const unmarkable = offer.unmarkable.has(key);
            return (
              <div key={key} class="read-group">
                <label class="check">
                  <input
                    type="checkbox"
                    checked={chosen.has(key)}
                    disabled={unmarkable || phase !== "idle"}
                    onChange={(event) => toggle(key, event.currentTarget.checked)}
                  />
                  {group.label}
                </label>
                {unmarkable && <p class="hint">{t("pane.read.jointly")}</p>}
                <ul class="candidates">
                  {group.candidates.map((candidate) => (
                    <li key={candidate.paragraph}>
                      <span class="badge">{candidate.sectionTitle ?? noSection}:</span>{" "}
                      {openingWords(candidate.text)}
                      {offer.marked.has(`${key}:${candidate.paragraph}`) && (
                        <span class="badge"> {t("pane.read.alreadyMarked")}</span>
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
          <div class="actions">
            <ActionButton tone="primary" disabled={phase !== "idle" || chosen.size === 0} onClick={add}>
              {t("pane.read.add")}
            </ActionButton>
            {phase === "marking" ? (
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  cancelled.current = true;
                }}
              >
                {t("pane.read.cancel")}
              </button>
            ) : (
              <button type="button" class="subtle" onClick={() => setOffer(null)}>
                {t("pane.read.dismiss")}
              </button>
            )}
          </div>
        </fieldset>
      )}
      {phase === "marking" && (
        <div class="stack">
          <progress
            max={progress.total || 1}
            value={progress.done}
            aria-label={t("pane.read.progressLabel")}
          />
          <p class="hint" aria-live="polite">
            {t("pane.read.progress", progress)}
          </p>
        </div>
      )}
      {report && (
        <div class="stack">
          <p class="hint">{report.summary}</p>
          {report.notFound.length > 0 && (
            <>
              <p class="hint">{t("pane.read.notFound")}</p>
              <ul class="warnings">
                {report.notFound.map((text, at) => (
                  // The same words may be missing twice (under two items); the list is replaced whole.
                  <li key={at}>{openingWords(text)}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}
