import { t } from "../../../shared/i18n/i18n";
import { readFileText } from "./files";

interface JsonFileButtonProps {
  label: string;
  /** Larger files are never read: `onRead` gets null for them. */
  maxBytes: number;
  onRead(text: string | null, file: File): void;
  /** A file the browser could not read (moved, locked, no permission), with the catalogue's message. */
  onError(message: string): void;
}

/** A button that opens one JSON file (a clip or a template); choosing the same file again works too. */
export function JsonFileButton({ label, maxBytes, onRead, onError }: JsonFileButtonProps) {
  async function read(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = "";
    if (!file) return;
    let text: string | null;
    try {
      text = await readFileText(file, maxBytes);
    } catch {
      onError(t("pane.file.unreadable", { file: file.name }));
      return;
    }
    onRead(text, file);
  }
  return (
    <label class="button secondary file">
      {label}
      <input type="file" accept=".json,application/json" onChange={(event) => read(event.currentTarget)} />
    </label>
  );
}
