import { readFileText } from "./files";

interface JsonFileButtonProps {
  label: string;
  /** Larger files are never read: `onRead` gets null for them. */
  maxBytes: number;
  onRead(text: string | null, file: File): void;
}

/** A button that opens one JSON file (a clip or a template); choosing the same file again works too. */
export function JsonFileButton({ label, maxBytes, onRead }: JsonFileButtonProps) {
  async function read(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = "";
    if (file) onRead(await readFileText(file, maxBytes), file);
  }
  return (
    <label class="button secondary file">
      {label}
      <input type="file" accept=".json,application/json" onChange={(event) => read(event.currentTarget)} />
    </label>
  );
}
