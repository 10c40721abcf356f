import { registerMessages } from "../../shared/i18n/i18n";
import { addinMessages } from "../../shared/i18n/messages/addin";
import { coreMessages } from "../../shared/i18n/messages/core";

/** The catalogue parts the ribbon and context-menu commands show; the function file imports this first. */
registerMessages(addinMessages, coreMessages);
