import type { ComponentChildren } from "preact";
import type { ClipEnvelope } from "../../shared/clip/envelope";
import { t } from "../../shared/i18n/i18n";
import { clipDetails, clipHeadline } from "./clip-names";

interface Props {
  clip: ClipEnvelope;
  /** Between the clip's details and its actions: why it waits, say. */
  note?: ComponentChildren;
  /** The first action ("Kopiera till Word" for a queued clip, "Lägg i kön" for a rescued one). */
  first: { text: string; primary?: boolean; focusId?: string; onClick(): void };
  onSave(): void;
  /** The last, subtle action that takes the clip away; `name` is its accessible name (with the clip's). */
  away: { text: string; name: string; onClick(): void };
  /** After the actions (the question after "Spara som fil"). */
  children?: ComponentChildren;
}

/** A clip in a list of the popup: by committee and meeting, then what can be done with it. */
export function ClipEntry({ clip, note, first, onSave, away, children }: Props) {
  return (
    <li class="clip">
      <p class="clip-headline">{clipHeadline(clip)}</p>
      <p class="hint">{clipDetails(clip)}</p>
      {note}
      <div class="actions">
        <button
          type="button"
          class={first.primary ? "primary" : undefined}
          data-focus-id={first.focusId}
          onClick={first.onClick}
        >
          {first.text}
        </button>
        <button type="button" onClick={onSave}>
          {t("ext.popup.saveFile")}
        </button>
        <button type="button" class="subtle" aria-label={away.name} onClick={away.onClick}>
          {away.text}
        </button>
      </div>
      {children}
    </li>
  );
}
