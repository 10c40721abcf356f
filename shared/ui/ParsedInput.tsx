import { useEffect, useId, useState } from "preact/hooks";
import { parseSwedishDate } from "../dates/parse";
import { t } from "../i18n/i18n";
import { parseClock } from "./clock";

interface FieldProps {
  id?: string;
  /** The value in its stored form (ÅÅÅÅ-MM-DD, TT:MM), or empty. */
  value: string | null | undefined;
  /** Told each readable value in its stored form, and an emptied field (""); never text that cannot be read. */
  onValue(value: string): void;
  required?: boolean;
}

interface ParsedInputProps extends FieldProps {
  parse(text: string): string | null;
  placeholder: string;
  message: string;
}

/**
 * A text field for a value with one written form, whatever the browser's language: the browser's own date and
 * time controls show a US-English browser's mm/dd/yyyy and 01:00 PM, and Word's pane is the system's browser.
 * Other forms `parse` reads are shown in the stored form once the field is left. Text that cannot be read is
 * said in Swedish under the field and stops the form it is in from being sent.
 */
function ParsedInput({ id, value, onValue, required, parse, placeholder, message }: ParsedInputProps) {
  const messageId = useId();
  const [text, setText] = useState(value ?? "");
  const [left, setLeft] = useState(false);
  // A value set from outside (a draft restored, the last meeting reused) replaces what the field shows.
  useEffect(() => {
    if ((parse(text) ?? "") !== (value ?? "")) setText(value ?? "");
  }, [value]);
  const unreadable = text.trim() !== "" && parse(text) === null;
  const shown = unreadable && left;
  return (
    <>
      <input
        id={id}
        type="text"
        placeholder={placeholder}
        autoComplete="off"
        value={text}
        required={required}
        aria-invalid={shown || undefined}
        aria-describedby={shown ? messageId : undefined}
        ref={(input) => input?.setCustomValidity(unreadable ? message : "")}
        onInput={(event) => {
          const typed = event.currentTarget.value;
          setText(typed);
          const parsed = typed.trim() === "" ? "" : parse(typed);
          if (parsed !== null) onValue(parsed);
        }}
        onBlur={() => {
          setLeft(true);
          const parsed = parse(text);
          if (parsed) setText(parsed);
        }}
        onInvalid={() => setLeft(true)}
      />
      {shown && (
        <span id={messageId} class="field-error">
          {message}
        </span>
      )}
    </>
  );
}

/** A date as ÅÅÅÅ-MM-DD; the forms the minutes use are read too ("5 mars 2024", "20240305", "5/3 2024"). */
export function DateInput(props: FieldProps) {
  return (
    <ParsedInput
      {...props}
      parse={(text) => parseSwedishDate(text)}
      placeholder={t("core.date.format")}
      message={t("core.date.invalid")}
    />
  );
}

/** A time of day as TT:MM on the 24-hour clock; "13.00" and "kl. 9.05" are read too. */
export function TimeInput(props: FieldProps) {
  return (
    <ParsedInput
      {...props}
      parse={parseClock}
      placeholder={t("core.time.format")}
      message={t("core.time.invalid")}
    />
  );
}
