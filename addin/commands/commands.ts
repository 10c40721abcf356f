import "./messages";
import { languageFromLocale, setLanguage } from "../../shared/i18n/i18n";
import { associateCommands, closeDialog, displayLanguage, openDialog } from "../host/office-host";
import { markDisagreement, markStatement } from "../word/marking";
import { createCommandHandlers } from "./handlers";
import { dialogNotifier, renderNoticeIfRequested } from "./notice";

/**
 * The function file of the ribbon and context-menu buttons (see manifest/office: COMMAND_FUNCTIONS). The
 * handlers are registered here, at the top level and before anything is awaited (see `associateCommands`).
 * Only the two marking operations: the function file loads on every button press and stays small.
 */
const inUserLanguage = () => setLanguage(languageFromLocale(displayLanguage()));

if (!renderNoticeIfRequested(document, closeDialog)) {
  associateCommands(
    createCommandHandlers(
      { markStatement, markDisagreement },
      dialogNotifier(openDialog, location.href),
      inUserLanguage,
    ),
  );
}
