import type { ComponentChildren } from "preact";
import { t } from "../../../shared/i18n/i18n";

interface RowListProps<T> {
  legend: string;
  rows: readonly T[];
  onChange(rows: T[]): void;
  blank(): T;
  addLabel: string;
  /** The inputs of one row; `update` replaces that row. */
  render(row: T, update: (row: T) => void, index: number): ComponentChildren;
}

/** An editable list (roster, justerare): a fieldset of rows, each with its own labelled remove button. */
export function RowList<T>({ legend, rows, onChange, blank, addLabel, render }: RowListProps<T>) {
  const replace = (index: number, row: T) => onChange(rows.map((each, i) => (i === index ? row : each)));
  return (
    <fieldset class="rows">
      <legend>{legend}</legend>
      {rows.map((row, index) => (
        // Rows have no identity of their own: position is what the user edits.
        <div class="row" key={index}>
          {render(row, (next) => replace(index, next), index)}
          <button
            type="button"
            class="subtle"
            aria-label={t("pane.rows.remove", { list: legend, number: index + 1 })}
            onClick={() => onChange(rows.filter((_, i) => i !== index))}
          >
            ✕
          </button>
        </div>
      ))}
      <button type="button" class="secondary" onClick={() => onChange([...rows, blank()])}>
        {addLabel}
      </button>
    </fieldset>
  );
}
