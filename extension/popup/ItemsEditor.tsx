import { t } from "../../shared/i18n/i18n";
import type { MblClass } from "../../shared/model/meeting";
import { type Draft, type DraftItem, MBL_CHOICES, updateItem } from "./draft";

interface Props {
  draft: Draft;
  onChange(draft: Draft): void;
  onEnqueue(): void;
}

function ItemRow({
  item,
  index,
  draft,
  onChange,
}: { item: DraftItem; index: number } & Omit<Props, "onEnqueue">) {
  const n = index + 1;
  const set = (change: Partial<DraftItem>) => onChange(updateItem(draft, item.key, change));
  const id = (field: string) => `item-${item.key}-${field}`;
  return (
    <li class={item.selected ? "item" : "item unselected"}>
      <input
        type="checkbox"
        class="item-select"
        checked={item.selected}
        aria-label={t("ext.popup.select", { n })}
        onChange={(event) => set({ selected: event.currentTarget.checked })}
      />
      <div class="item-fields">
        <label for={id("number")}>{t("ext.popup.number")}</label>
        <input
          id={id("number")}
          class="item-number"
          value={item.number ?? ""}
          onInput={(event) => set({ number: event.currentTarget.value })}
        />
        <label for={id("title")}>{t("ext.popup.itemTitle")}</label>
        <input
          id={id("title")}
          class="item-title"
          value={item.title}
          onInput={(event) => set({ title: event.currentTarget.value })}
        />
        <label for={id("dnr")}>{t("ext.popup.dnr")}</label>
        <input
          id={id("dnr")}
          class="item-dnr"
          value={item.dnr}
          onInput={(event) => set({ dnr: event.currentTarget.value })}
        />
        <label for={id("mbl")}>{t("ext.popup.class")}</label>
        <select
          id={id("mbl")}
          class="item-mbl"
          value={item.mbl ?? ""}
          onChange={(event) => set({ mbl: (event.currentTarget.value || null) as MblClass })}
        >
          {MBL_CHOICES.map((choice) => (
            <option key={choice.key} value={choice.value ?? ""}>
              {t(choice.key)}
            </option>
          ))}
        </select>
      </div>
    </li>
  );
}

/** The items found, each editable, selectable and classifiable, with the meeting facts above them. */
export function ItemsEditor({ draft, onChange, onEnqueue }: Props) {
  const allSelected = draft.items.every((item) => item.selected);
  return (
    <section aria-labelledby="items-heading">
      <h2 id="items-heading">{t("ext.popup.itemsHeading", { count: draft.items.length })}</h2>
      <p class="source">
        {t("ext.popup.itemsFrom", { source: draft.source.title || draft.source.url || "" })}
      </p>
      <div class="meta">
        <label>
          {t("ext.popup.committee")}
          <input
            value={draft.committee ?? ""}
            onInput={(event) => onChange({ ...draft, committee: event.currentTarget.value })}
          />
        </label>
        <label>
          {t("ext.popup.meetingDate")}
          <input
            type="date"
            value={draft.meetingDate ?? ""}
            onInput={(event) => onChange({ ...draft, meetingDate: event.currentTarget.value })}
          />
        </label>
      </div>
      <label class="select-all">
        <input
          type="checkbox"
          checked={allSelected}
          onChange={(event) => {
            const selected = event.currentTarget.checked;
            onChange({ ...draft, items: draft.items.map((item) => ({ ...item, selected })) });
          }}
        />
        {t("ext.popup.selectAll")}
      </label>
      <ol class="items">
        {draft.items.map((item, index) => (
          <ItemRow key={item.key} item={item} index={index} draft={draft} onChange={onChange} />
        ))}
      </ol>
      <button type="button" class="primary" onClick={onEnqueue}>
        {t("ext.popup.enqueue")}
      </button>
    </section>
  );
}
