import type { ClipEnvelope } from "../../shared/clip/envelope";
import { t } from "../../shared/i18n/i18n";

interface Props {
  clips: ClipEnvelope[];
  onCopy(clip: ClipEnvelope): void;
  onSave(clip: ClipEnvelope): void;
  onRemove(clip: ClipEnvelope): void;
}

const sourceName = (clip: ClipEnvelope) => clip.agenda.committee ?? clip.source.title ?? clip.source.url;

/** The clips waiting for the add-in, each copyable to Word, savable as a file, or removable. */
export function QueueView({ clips, onCopy, onSave, onRemove }: Props) {
  return (
    <section aria-labelledby="queue-heading">
      <h2 id="queue-heading">{t("ext.popup.queueHeading", { count: clips.length })}</h2>
      {clips.length === 0 ? (
        <p class="hint">{t("ext.popup.queueEmpty")}</p>
      ) : (
        <ul class="queue">
          {clips.map((clip) => (
            <li key={clip.id} class="clip">
              <p>
                {t("ext.popup.clipSummary", {
                  source: sourceName(clip),
                  count: clip.agenda.items.length,
                  date: clip.agenda.meetingDate ?? clip.createdAt.slice(0, 10),
                })}
              </p>
              <div class="clip-actions">
                <button type="button" onClick={() => onCopy(clip)}>
                  {t("ext.popup.copy")}
                </button>
                <button type="button" onClick={() => onSave(clip)}>
                  {t("ext.popup.saveFile")}
                </button>
                <button
                  type="button"
                  class="quiet"
                  aria-label={t("ext.popup.removeLabel", { source: sourceName(clip) })}
                  onClick={() => onRemove(clip)}
                >
                  {t("ext.popup.remove")}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
