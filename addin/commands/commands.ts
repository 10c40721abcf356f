import { languageFromLocale, setLanguage } from "../../shared/i18n/i18n";
import { createWordOps } from "../word/create-word-ops";
import { createCommandHandlers } from "./handlers";
import { dialogNotifier, renderNoticeIfRequested } from "./notice";

/** The function file of the ribbon and context-menu buttons (see manifest/office: COMMAND_FUNCTIONS). */
Office.onReady(() => {
  setLanguage(languageFromLocale(Office.context.displayLanguage));
  if (renderNoticeIfRequested(document, () => Office.context.ui.messageParent("close"))) return;
  const handlers = createCommandHandlers(createWordOps(), dialogNotifier(Office, location.href));
  for (const [name, handler] of Object.entries(handlers)) Office.actions.associate(name, handler);
});
