import { registerMessages } from "../../shared/i18n/i18n";
import { agendaMessages } from "../../shared/i18n/messages/agenda";
import { clipMessages } from "../../shared/i18n/messages/clip";
import { coreMessages } from "../../shared/i18n/messages/core";
import { extensionMessages } from "../../shared/i18n/messages/extension";

/** The catalogue parts the extension shows; the popup, options and service worker import this first. */
registerMessages(agendaMessages, clipMessages, coreMessages, extensionMessages);
