import { languageFromLocale, setLanguage } from "../../shared/i18n/i18n";
import { markDisagreement, markStatement } from "../word/marking";
import { createCommandHandlers } from "./handlers";
import { dialogNotifier, renderNoticeIfRequested } from "./notice";

/** The function file of the ribbon and context-menu buttons (see manifest/office: COMMAND_FUNCTIONS). */
Office.onReady(() => {
  setLanguage(languageFromLocale(Office.context.displayLanguage));
  if (renderNoticeIfRequested(document, () => Office.context.ui.messageParent("close"))) return;
  // Only the two marking operations: the function file loads on every button press and stays small.
  const handlers = createCommandHandlers(
    { markStatement, markDisagreement },
    dialogNotifier(Office, location.href),
  );
  for (const [name, handler] of Object.entries(handlers)) Office.actions.associate(name, handler);
});
