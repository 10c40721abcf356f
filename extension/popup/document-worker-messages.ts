import { registerMessages } from "../../shared/i18n/i18n";
import { agendaMessages } from "../../shared/i18n/messages/agenda";

/**
 * The agenda part, in the document worker's own realm: its readers' errors compose their message there
 * (`AgendaReadError`), though the popup shows the key it is sent. `document-worker.ts` imports this first.
 */
registerMessages(agendaMessages);
