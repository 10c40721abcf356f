import { useEffect, useId, useState } from "preact/hooks";
import { parseSwedishDate } from "../dates/parse";
import { t } from "../i18n/i18n";

interface DateInputProps {
  id?: string;
  /** The date as ÅÅÅÅ-MM-DD (ISO), or empty. */
  value: string | null | undefined;
  /** Told each readable date (ISO) and an emptied field (""); never a date that cannot be read. */
  onValue(iso: string): void;
  required?: boolean;
}

/**
 * A date field that shows and takes ÅÅÅÅ-MM-DD whatever the browser's language: `<input type="date">` shows
 * a US-English browser's mm/dd/yyyy, and Word's pane is the system's browser. The forms the minutes use are
 * read too ("5 mars 2024", "20240305", "5/3 2024") and shown as ÅÅÅÅ-MM-DD once the field is left. A date
 * that cannot be read is said in Swedish under the field and stops the form it is in from being sent.
 */
export function DateInput({ id, value, onValue, required }: DateInputProps) {
  const messageId = useId();
  const [text, setText] = useState(value ?? "");
  const [left, setLeft] = useState(false);
  // A value set from outside (a draft restored, the last meeting reused) replaces what the field shows.
  useEffect(() => {
    if ((parseSwedishDate(text) ?? "") !== (value ?? "")) setText(value ?? "");
  }, [value]);
  const unreadable = text.trim() !== "" && parseSwedishDate(text) === null;
  const shown = unreadable && left;
  const message = t("core.date.invalid");
  return (
    <>
      <input
        id={id}
        type="text"
        placeholder={t("core.date.format")}
        autoComplete="off"
        value={text}
        required={required}
        aria-invalid={shown || undefined}
        aria-describedby={shown ? messageId : undefined}
        ref={(input) => input?.setCustomValidity(unreadable ? message : "")}
        onInput={(event) => {
          const typed = event.currentTarget.value;
          setText(typed);
          const iso = typed.trim() === "" ? "" : parseSwedishDate(typed);
          if (iso !== null) onValue(iso);
        }}
        onBlur={() => {
          setLeft(true);
          const iso = parseSwedishDate(text);
          if (iso) setText(iso);
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
