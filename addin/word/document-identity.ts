import type { DocumentIdentity } from "./ops";

/** The document's own id, kept in its add-in settings (every Word version has them, WordApi 1.1). */
export const DOCUMENT_ID_SETTING = "samverkansprotokoll.documentId";

const ID = /^[a-z0-9-]{8,64}$/;

function newDocumentId(): string {
  return (
    globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
  );
}

function saveSettings(): Promise<void> {
  return new Promise((resolve) => Office.context.document.settings.saveAsync(() => resolve()));
}

/**
 * Which document the pane is in: an id kept in the document's settings, made and saved there the first time
 * the pane opens the document (it travels with the file when the document is saved), and the document's
 * address (`Office.context.document.url`) where Word has one, as a hint that tells a copy from the original.
 * No sync: the settings are read with the document (Office.context.document.settings).
 */
export async function documentIdentity(): Promise<DocumentIdentity> {
  const settings = Office.context.document.settings;
  const stored: unknown = settings.get(DOCUMENT_ID_SETTING);
  let id = typeof stored === "string" && ID.test(stored) ? stored : "";
  if (!id) {
    id = newDocumentId();
    settings.set(DOCUMENT_ID_SETTING, id);
    // A draft keyed to the id is kept in the pane either way; the id stays in the file once it is saved.
    await saveSettings();
  }
  const url = Office.context.document.url;
  return { id, ...(url ? { url } : {}) };
}
