import type { ClipEnvelope } from "../../shared/clip/envelope";
import { t } from "../../shared/i18n/i18n";
import { textOf } from "../../shared/i18n/message";
import type { Problem } from "../queue/problem";
import { clipDetails, clipHeadline } from "./clip-names";

interface Props {
  /** Problems that carry a clip storage refused to queue. */
  rescued: Problem[];
  onQueue(clip: ClipEnvelope): void;
  onSave(clip: ClipEnvelope): void;
  onDiscard(clip: ClipEnvelope): void;
}

/**
 * Clips made from the context menu or the keyboard that storage refused, each with why, until the user
 * queues it, saves it as a file (which needs no extension storage) or throws it away.
 */
export function RescuedView({ rescued, onQueue, onSave, onDiscard }: Props) {
  if (rescued.length === 0) return null;
  return (
    <section aria-labelledby="rescued-heading" class="card">
      <h2 id="rescued-heading">{t("ext.popup.rescuedHeading", { count: rescued.length })}</h2>
      <ul class="queue">
        {rescued.map(({ message, rescued: clip }) =>
          clip ? (
            <li key={clip.id} class="clip">
              <p class="clip-headline">{clipHeadline(clip)}</p>
              <p class="hint">{clipDetails(clip)}</p>
              <p class="notice">{textOf(message)}</p>
              <div class="actions">
                <button type="button" class="primary" onClick={() => onQueue(clip)}>
                  {t("ext.popup.enqueue")}
                </button>
                <button type="button" onClick={() => onSave(clip)}>
                  {t("ext.popup.saveFile")}
                </button>
                <button
                  type="button"
                  class="subtle"
                  aria-label={t("ext.popup.discardLabel", { source: clipHeadline(clip) })}
                  onClick={() => onDiscard(clip)}
                >
                  {t("ext.popup.discard")}
                </button>
              </div>
            </li>
          ) : null,
        )}
      </ul>
    </section>
  );
}
