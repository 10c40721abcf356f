import type { ClipEnvelope } from "../../shared/clip/envelope";
import { t } from "../../shared/i18n/i18n";
import { textOf } from "../../shared/i18n/message";
import type { Problem } from "../queue/problem";
import { ClipEntry } from "./ClipEntry";
import { clipHeadline } from "./clip-names";

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
            <ClipEntry
              key={clip.id}
              clip={clip}
              note={<p class="notice">{textOf(message)}</p>}
              first={{ text: t("ext.popup.enqueue"), primary: true, onClick: () => onQueue(clip) }}
              onSave={() => onSave(clip)}
              away={{
                text: t("ext.popup.discard"),
                name: t("ext.popup.discardLabel", { source: clipHeadline(clip) }),
                onClick: () => onDiscard(clip),
              }}
            />
          ) : null,
        )}
      </ul>
    </section>
  );
}
