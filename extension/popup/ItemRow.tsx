import { Fragment } from "preact";
import { useState } from "preact/hooks";
import { t } from "../../shared/i18n/i18n";
import type { MblClass } from "../../shared/model/meeting";
import { type DraftItem, MBL_CHOICES } from "./draft";

interface Props {
  item: DraftItem;
  /** 1-based place in the whole list, for labels ("Ta med punkt 7"). */
  n: number;
  onChange(change: Partial<DraftItem>): void;
}

export function MblSelect({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: MblClass;
  onChange(value: MblClass): void;
}) {
  return (
    <select
      id={id}
      class="item-mbl"
      aria-label={label}
      value={value ?? ""}
      onChange={(event) => onChange((event.currentTarget.value || null) as MblClass)}
    >
      {MBL_CHOICES.map((choice) => (
        <option key={choice.key} value={choice.value ?? ""}>
          {t(choice.key)}
        </option>
      ))}
    </select>
  );
}

/** The fields "Ändra" opens: the kind is always at hand in the row itself. */
const EDITABLE = [
  { field: "number", label: "ext.popup.number" },
  { field: "title", label: "ext.popup.itemTitle" },
  { field: "dnr", label: "ext.popup.dnr" },
] as const;

/**
 * One agenda item as a compact row: chosen or not, number and title, dnr, its underlag as links and its
 * kind; "Ändra" opens the number, title and dnr for editing in place.
 */
export function ItemRow({ item, n, onChange }: Props) {
  const [open, setOpen] = useState(false);
  const id = (field: string) => `item-${item.key}-${field}`;
  return (
    <li class={item.selected ? "item" : "item unselected"}>
      <input
        type="checkbox"
        class="item-select"
        checked={item.selected}
        aria-label={t("ext.popup.select", { n })}
        onChange={(event) => onChange({ selected: event.currentTarget.checked })}
      />
      <div class="item-main">
        <p class="item-head">
          {item.number && <span class="item-no">{item.number}</span>}
          <span class="item-title-text">{item.title || t("ext.popup.untitled")}</span>
        </p>
        {(item.dnr || item.links.length > 0) && (
          <p class="item-meta">
            {item.dnr && <span>{t("ext.clip.dnr", { dnr: item.dnr })}</span>}
            {item.links.map((link, i) => (
              <a key={i} href={link.href} target="_blank" rel="noopener noreferrer">
                {link.text || link.href}
              </a>
            ))}
          </p>
        )}
      </div>
      <div class="item-side">
        <MblSelect
          id={id("mbl")}
          label={t("ext.popup.classOf", { n })}
          value={item.mbl}
          onChange={(mbl) => onChange({ mbl })}
        />
        <button
          type="button"
          class="subtle"
          aria-expanded={open}
          aria-controls={open ? id("edit") : undefined}
          aria-label={t("ext.popup.editLabel", { n })}
          onClick={() => setOpen(!open)}
        >
          {open ? t("ext.popup.editDone") : t("ext.popup.edit")}
        </button>
      </div>
      {/* On a row of its own below the item, so the title has the popup's width to be edited in. */}
      {open && (
        <div class="item-fields" id={id("edit")}>
          {EDITABLE.map(({ field, label }) => (
            <Fragment key={field}>
              <label for={id(field)}>{t(label)}</label>
              <input
                id={id(field)}
                class={`item-${field}`}
                value={item[field] ?? ""}
                onInput={(event) => onChange({ [field]: event.currentTarget.value })}
              />
            </Fragment>
          ))}
        </div>
      )}
    </li>
  );
}
