import browser from "webextension-polyfill";

export interface MenuEntry {
  id: string;
  title: string;
  contexts: ("selection" | "page")[];
}

/** Replaces the extension's context-menu entries (titles change with the language). */
export async function replaceContextMenus(entries: readonly MenuEntry[]): Promise<void> {
  await browser.contextMenus.removeAll();
  for (const entry of entries) browser.contextMenus.create({ ...entry, contexts: [...entry.contexts] });
}

/** A menu entry or keyboard command chosen, with the tab it was chosen on when the browser says. */
export function onContextMenuChosen(listener: (id: string, tabId: number | undefined) => void): void {
  browser.contextMenus.onClicked.addListener((info, tab) => listener(String(info.menuItemId), tab?.id));
}

export function onCommand(listener: (command: string, tabId: number | undefined) => void): void {
  browser.commands.onCommand.addListener((command, tab) => listener(command, tab?.id));
}
