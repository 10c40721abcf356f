import { useId } from "preact/hooks";
import { t } from "../../../shared/i18n/i18n";
import type { OrgId } from "../../../shared/model/meeting";
import { DateInput, TimeInput } from "../../../shared/ui/ParsedInput";
import { ORGANISATIONS } from "../../../shared/unions/catalogue";

interface TextFieldProps {
  label: string;
  /** Said after the label to assistive technology only, e.g. ", rad 2" in a list of rows. */
  hiddenLabel?: string;
  value: string | undefined;
  onValue(value: string): void;
  type?: "text" | "date" | "time";
  required?: boolean;
  autoComplete?: string;
}

/** A labelled input; the label is a real <label> so clicking it and screen readers both find the field. */
export function TextField({
  label,
  hiddenLabel,
  value,
  onValue,
  type = "text",
  required,
  autoComplete,
}: TextFieldProps) {
  const id = useId();
  // Dates and times in their Swedish written form whatever the browser's language (ParsedInput).
  const Typed = type === "date" ? DateInput : TimeInput;
  return (
    <div class="field">
      <FieldLabel id={id} label={label} hidden={hiddenLabel} />
      {type === "text" ? (
        <input
          id={id}
          type="text"
          value={value ?? ""}
          required={required}
          autoComplete={autoComplete ?? "off"}
          onInput={(event) => onValue(event.currentTarget.value)}
        />
      ) : (
        <Typed id={id} value={value} onValue={onValue} required={required} />
      )}
    </div>
  );
}

/** A field's label: what it shows, and the part only assistive technology reads. */
function FieldLabel({ id, label, hidden }: { id: string; label: string; hidden?: string }) {
  return (
    <label for={id}>
      {label}
      {hidden && <span class="visually-hidden">{hidden}</span>}
    </label>
  );
}

interface SelectFieldProps {
  label: string;
  hiddenLabel?: string;
  value: string;
  onValue(value: string): void;
  options: { value: string; label: string }[];
}

export function SelectField({ label, hiddenLabel, value, onValue, options }: SelectFieldProps) {
  const id = useId();
  return (
    <div class="field">
      <FieldLabel id={id} label={label} hidden={hiddenLabel} />
      <select id={id} value={value} onChange={(event) => onValue(event.currentTarget.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export type OrgScope = "unions" | "all";

/** Organisations from the unions catalogue, the employer first when the scope includes it. */
export function orgOptions(scope: OrgScope): { value: OrgId; label: string }[] {
  return ORGANISATIONS.filter((org) => scope === "all" || org.side === "union").map((org) => ({
    value: org.id,
    label: org.side === "employer" ? t("pane.org.employer") : org.displayName,
  }));
}

interface OrgCheckboxesProps {
  legend: string;
  scope: OrgScope;
  selected: readonly OrgId[];
  onChange(selected: OrgId[]): void;
  /** Organisations offered first, in this order (those at the meeting); the rest follow under "Fler". */
  preferred?: readonly OrgId[];
}

/** Several organisations at once, as a fieldset of checkboxes (keyboard: Tab and Space). */
export function OrgCheckboxes({ legend, scope, selected, onChange, preferred = [] }: OrgCheckboxesProps) {
  const options = orgOptions(scope);
  const toggle = (org: OrgId, on: boolean) =>
    onChange(on ? [...selected, org] : selected.filter((each) => each !== org));
  const box = (option: { value: OrgId; label: string }) => (
    <label key={option.value} class="check">
      <input
        type="checkbox"
        checked={selected.includes(option.value)}
        onChange={(event) => toggle(option.value, event.currentTarget.checked)}
      />
      {option.label}
    </label>
  );
  // In the order given (the roster's, as the user entered it), each once.
  const first = [...new Set(preferred)].flatMap((org) => options.filter((option) => option.value === org));
  const rest = options.filter((option) => !preferred.includes(option.value));
  return (
    <fieldset class="checks">
      <legend>{legend}</legend>
      {first.length === 0 ? (
        rest.map(box)
      ) : (
        <>
          {first.map(box)}
          <details open={rest.some((option) => selected.includes(option.value))}>
            <summary>{t("pane.org.more")}</summary>
            {rest.map(box)}
          </details>
        </>
      )}
    </fieldset>
  );
}
