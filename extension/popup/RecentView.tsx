import { t } from "../../shared/i18n/i18n";
import { QUEUE_LIMITS, type RecentClip } from "../queue/queue";
import { clipHeadline } from "./clip-names";

const REASON_KEYS = {
  delivered: "ext.popup.leftDelivered",
  saved: "ext.popup.leftSaved",
  removed: "ext.popup.leftRemoved",
} as const;

/**
 * Clips that left the queue in the last two weeks (delivered to a pane, saved as a file, removed), each
 * one click from going back into the queue: nothing the user clipped is lost to a wrong page or a slip.
 */
export function RecentView({
  recent,
  onRestore,
}: {
  recent: RecentClip[];
  onRestore(clip: RecentClip): void;
}) {
  if (recent.length === 0) return null;
  return (
    <details class="card recent">
      <summary>{t("ext.popup.recentHeading", { count: recent.length })}</summary>
      <p class="hint">{t("ext.popup.recentHelp", { days: QUEUE_LIMITS.recentDays })}</p>
      <ul class="queue">
        {recent.map((entry) => (
          <li key={entry.clip.id} class="clip">
            <p class="clip-headline">{clipHeadline(entry.clip)}</p>
            <p class="hint">{t(REASON_KEYS[entry.reason], { date: entry.leftAt.slice(0, 10) })}</p>
            <button
              type="button"
              aria-label={t("ext.popup.restoreLabel", { source: clipHeadline(entry.clip) })}
              onClick={() => onRestore(entry)}
            >
              {t("ext.popup.restore")}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
