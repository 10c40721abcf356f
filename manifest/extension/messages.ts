import { registerMessages } from "../../shared/i18n/i18n";
import { extensionMessages } from "../../shared/i18n/messages/extension";

/** The extension's part, for its manifests and _locales; `build.ts` imports this first. */
registerMessages(extensionMessages);
