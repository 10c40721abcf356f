import { agendaItemKey } from "../../../shared/document/tags";
import { t, tCount } from "../../../shared/i18n/i18n";
import { textOf } from "../../../shared/i18n/message";
import type { MblClass } from "../../../shared/model/meeting";
import { SelectField } from "../components/fields";
import { IconButton } from "../components/IconButton";
import { effectiveItem, type InboxClip, noticesOf } from "./store";
import { itemKey } from "./useInbox";

interface ClipViewProps {
  clip: InboxClip;
  chosen: Set<string>;
  /** Keys (`agendaItemKey`) of the agenda items already in the document. */
  inDocument: Set<string>;
  /** Whether an unclassified item must be given a class to find its place. */
  askClass: boolean;
  onToggle(key: string, on: boolean): void;
  onClassify(index: number, mbl: Exclude<MblClass, null> | null): void;
  onRemove(): void;
}

/**
 * One clip: where it came from, what it lost on the way in (a warning, kept with the clip), and its items
 * as checkboxes. All text is rendered as text, never as markup.
 */
export function ClipView({
  clip,
  chosen,
  inDocument,
  askClass,
  onToggle,
  onClassify,
  onRemove,
}: ClipViewProps) {
  const { envelope } = clip;
  const { committee, meetingDate } = envelope.agenda;
  const heading = [committee, meetingDate].filter(Boolean).join(" ") || envelope.source.title;
  const notices = noticesOf(clip).map((notice) => textOf(notice));
  return (
    <fieldset class="clip">
      <legend>{heading}</legend>
      <div class="clip-head">
        <p class="hint">
          {t(`pane.inbox.via.${clip.via}`, { source: envelope.source.title || envelope.source.url || "" })}
        </p>
        <IconButton icon="delete" label={t("pane.inbox.remove", { name: heading })} onClick={onRemove} />
      </div>
      {notices.length > 0 && (
        <ul class="warnings">
          {notices.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}
      <ul class="items">
        {envelope.agenda.items.map((original, i) => {
          const key = itemKey(envelope.id, i);
          const item = effectiveItem(clip, i);
          return (
            <li key={key}>
              <label class="check">
                <input
                  type="checkbox"
                  checked={chosen.has(key)}
                  onChange={(event) => onToggle(key, event.currentTarget.checked)}
                />
                <span>
                  {item.number && <span class="number">{item.number} </span>}
                  {item.title}
                  {item.dnr.length > 0 && <span class="dnr"> ({item.dnr.join(", ")})</span>}
                  {item.mbl && <span class="badge"> {t(`pane.inbox.mbl.${item.mbl}`)}</span>}
                  {item.links.length > 0 && (
                    <span class="hint"> {tCount("pane.inbox.links", item.links.length)}</span>
                  )}
                  {inDocument.has(agendaItemKey(item)) && (
                    <span class="badge done"> {t("pane.inbox.alreadyInserted")}</span>
                  )}
                </span>
              </label>
              {askClass && original.mbl === null && (
                <SelectField
                  label={t("pane.inbox.classify", { title: item.title })}
                  value={item.mbl ?? ""}
                  onValue={(mbl) => onClassify(i, mbl === "mbl11" || mbl === "mbl19" ? mbl : null)}
                  options={[
                    { value: "", label: t("pane.inbox.classNone") },
                    { value: "mbl11", label: t("pane.inbox.mbl.mbl11") },
                    { value: "mbl19", label: t("pane.inbox.mbl.mbl19") },
                  ]}
                />
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
