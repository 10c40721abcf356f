import { useEffect, useRef } from "preact/hooks";
import type { ClipEnvelope } from "../../shared/clip/envelope";
import { t } from "../../shared/i18n/i18n";
import { useFocusAfterRemoval } from "../../shared/ui/useFocusAfterRemoval";
import { ClipEntry } from "./ClipEntry";
import { clipHeadline } from "./clip-names";

interface Props {
  clips: ClipEnvelope[];
  /** The clip just saved as a file, whose entry asks whether it leaves the queue. */
  savedId: string | null;
  onCopy(clip: ClipEnvelope): void;
  onSave(clip: ClipEnvelope): void;
  onRemove(clip: ClipEnvelope, reason: "saved" | "removed"): void;
  onKeep(): void;
}

/** After "Spara som fil": the file may be opened in Word, so the user says whether the clip stays queued. */
function SavedQuestion({
  clip,
  onRemove,
  onKeep,
}: { clip: ClipEnvelope } & Pick<Props, "onRemove" | "onKeep">) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <fieldset class="question">
      <legend>{t("ext.popup.savedAsk")}</legend>
      <div class="actions">
        <button type="button" ref={first} onClick={() => onRemove(clip, "saved")}>
          {t("ext.popup.removeAfterSave")}
        </button>
        <button type="button" onClick={onKeep}>
          {t("ext.popup.keepAfterSave")}
        </button>
      </div>
    </fieldset>
  );
}

/** The clips waiting for the add-in, each copyable to Word, savable as a file, or removable. */
export function QueueView({ clips, savedId, onCopy, onSave, onRemove, onKeep }: Props) {
  const focus = useFocusAfterRemoval<HTMLElement>(clips.map((clip) => clip.id));
  const remove = (clip: ClipEnvelope, reason: "saved" | "removed") => {
    focus.removing(clip.id);
    onRemove(clip, reason);
  };
  return (
    <section aria-labelledby="queue-heading" class="card" ref={focus.root}>
      <h2 id="queue-heading" tabIndex={-1}>
        {t("ext.popup.queueHeading", { count: clips.length })}
      </h2>
      {clips.length === 0 ? (
        <p class="hint">{t("ext.popup.queueEmpty")}</p>
      ) : (
        <>
          <p class="hint">{t("ext.popup.queueNext")}</p>
          <ul class="queue">
            {clips.map((clip) => (
              <ClipEntry
                key={clip.id}
                clip={clip}
                first={{ text: t("ext.popup.copy"), focusId: clip.id, onClick: () => onCopy(clip) }}
                onSave={() => onSave(clip)}
                away={{
                  text: t("ext.popup.remove"),
                  name: t("ext.popup.removeLabel", { source: clipHeadline(clip) }),
                  onClick: () => remove(clip, "removed"),
                }}
              >
                {savedId === clip.id && <SavedQuestion clip={clip} onRemove={remove} onKeep={onKeep} />}
              </ClipEntry>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
