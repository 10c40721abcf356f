/**
 * The one module besides `addin/word/` that touches the `Office` global: start-up, the UI language and
 * theme, the ribbon's command registration and its notice dialog. Everything else receives plain values or
 * functions from here, so the pane, the commands and their tests never meet Office.
 */

/** The parts of Office's theme the pane reads (Office.context.officeTheme; absent outside Office). */
export interface OfficeThemeLike {
  bodyBackgroundColor?: string;
}

/** Shows a message to the user and resolves when it has been dismissed (or could not be shown). */
export type Notify = (message: string) => Promise<void>;

export type ReadyResult = { host: string | null } | "timeout";

/** office.js loaded at all (a blocked CDN, or the page opened outside Office, leaves no global). */
export function officeLoaded(): boolean {
  return typeof Office !== "undefined";
}

/**
 * Office.onReady, with a deadline: it never settles when office.js could not reach Office. The host is
 * null when office.js runs outside an Office host (the page opened in a plain browser tab).
 */
export function whenOfficeReady(timeoutMs: number): Promise<ReadyResult> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve("timeout"), timeoutMs);
    Office.onReady().then((info) => {
      clearTimeout(timer);
      resolve({ host: info.host ? String(info.host) : null });
    });
  });
}

/** Office's UI language ("sv-SE"), once Office is ready. */
export function displayLanguage(): string | undefined {
  return typeof Office === "undefined" ? undefined : Office.context?.displayLanguage;
}

export function officeTheme(): OfficeThemeLike | null {
  return (typeof Office === "undefined" ? undefined : Office.context?.officeTheme) ?? null;
}

/**
 * Registers the ribbon's and context menu's functions with Office at once, synchronously: registered inside a
 * deferred Office.onReady callback the first click did nothing (office-js #2744, #3378, #5176), so
 * Microsoft's guidance is to call Office.actions.associate at the top level of the function file.
 */
export function associateCommands(
  handlers: Record<string, (event: Office.AddinCommands.Event) => unknown>,
): void {
  for (const [name, handler] of Object.entries(handlers)) Office.actions.associate(name, handler);
  // Office still expects the page to say it is ready (Office.onReady or Office.initialize).
  Office.onReady();
}

/** Tells the page that opened this dialog to close it. */
export function closeDialog(): void {
  Office.context.ui.messageParent("close");
}

/**
 * Opens `url` as a small Office dialog; resolves when the user closes it, or at once if Office cannot open
 * it. The dialog page asks to be closed with `closeDialog`.
 */
export function openDialog(url: string, size = { height: 25, width: 35 }): Promise<void> {
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(url, { ...size, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) return resolve();
      const dialog = result.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
        dialog.close();
        resolve();
      });
      // Closed with the dialog's own X.
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
    });
  });
}
