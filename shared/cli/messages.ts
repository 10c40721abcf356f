import { registerMessages } from "../i18n/i18n";
import { agendaMessages } from "../i18n/messages/agenda";
import { analysisMessages } from "../i18n/messages/analysis";
import { clipMessages } from "../i18n/messages/clip";
import { coreMessages } from "../i18n/messages/core";
import { coreCliMessages } from "../i18n/messages/core-cli";

/** The catalogue parts of the command line; `main.ts` imports this first. */
registerMessages(agendaMessages, analysisMessages, clipMessages, coreMessages, coreCliMessages);
