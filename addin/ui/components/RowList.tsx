import type { ComponentChildren } from "preact";
import { useLayoutEffect, useRef } from "preact/hooks";
import { t } from "../../../shared/i18n/i18n";
import { IconButton } from "./IconButton";

interface RowListProps<T> {
  legend: string;
  rows: readonly T[];
  onChange(rows: T[]): void;
  blank(): T;
  addLabel: string;
  /** The inputs of one row; `update` replaces that row. */
  render(row: T, update: (row: T) => void, index: number): ComponentChildren;
}

/** Where focus goes once the rows are drawn again: a row's first field, or the add button. */
type Focus = { kind: "row"; index: number } | { kind: "add" } | null;

/**
 * An editable list (roster, justerare): a fieldset of rows, each with its own labelled remove button. Focus
 * follows the keyboard user: into a row just added, and when a row is removed (its button no longer exists to
 * hold focus) into the row now in its place, else the one above, else to the add button.
 */
export function RowList<T>({ legend, rows, onChange, blank, addLabel, render }: RowListProps<T>) {
  const box = useRef<HTMLFieldSetElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const pendingFocus = useRef<Focus>(null);
  const replace = (index: number, row: T) => onChange(rows.map((each, i) => (i === index ? row : each)));

  useLayoutEffect(() => {
    const focus = pendingFocus.current;
    pendingFocus.current = null;
    if (focus?.kind === "row") {
      box.current
        ?.querySelectorAll(".row")
        [focus.index]?.querySelector<HTMLElement>("input, select")
        ?.focus();
    } else if (focus?.kind === "add") {
      addButton.current?.focus();
    }
  }, [rows.length]);

  return (
    <fieldset class="rows" ref={box}>
      <legend>{legend}</legend>
      {rows.map((row, index) => (
        // Rows have no identity of their own: position is what the user edits.
        <div class="row" key={index}>
          <div class="row-fields">{render(row, (next) => replace(index, next), index)}</div>
          <IconButton
            icon="delete"
            label={t("pane.rows.remove", { list: legend, number: index + 1 })}
            onClick={() => {
              pendingFocus.current =
                rows.length > 1 ? { kind: "row", index: Math.min(index, rows.length - 2) } : { kind: "add" };
              onChange(rows.filter((_, i) => i !== index));
            }}
          />
        </div>
      ))}
      <button
        type="button"
        class="secondary"
        ref={addButton}
        onClick={() => {
          pendingFocus.current = { kind: "row", index: rows.length };
          onChange([...rows, blank()]);
        }}
      >
        {addLabel}
      </button>
    </fieldset>
  );
}
