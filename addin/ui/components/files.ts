/** Offers text as a file download (template export); the object URL is released once the click is handled. */
export function downloadText(fileName: string, text: string, type = "application/json"): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Reads a chosen file as text, refusing it by size first so a huge file is never read into memory.
 * Null when it is over `maxBytes`.
 */
export async function readFileText(file: File, maxBytes: number): Promise<string | null> {
  if (file.size > maxBytes) return null;
  return file.text();
}
