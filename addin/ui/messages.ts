import { registerMessages } from "../../shared/i18n/i18n";
import { addinMessages } from "../../shared/i18n/messages/addin";
import { clipMessages } from "../../shared/i18n/messages/clip";
import { coreMessages } from "../../shared/i18n/messages/core";
import { paneMessages } from "../../shared/i18n/messages/pane";

/**
 * The catalogue parts the task pane shows; its entries (main.tsx, the trial page) import this first. The
 * analysis registers its own when it loads. No agenda part: a clip's agenda notices are shown in the popup.
 */
registerMessages(addinMessages, clipMessages, coreMessages, paneMessages);
