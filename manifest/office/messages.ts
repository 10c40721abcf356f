import { registerMessages } from "../../shared/i18n/i18n";
import { addinMessages } from "../../shared/i18n/messages/addin";
import { addinManifestMessages } from "../../shared/i18n/messages/addin-manifest";

/** The add-in's parts, for the Office manifests and the built task pane page; `build.ts` imports this first. */
registerMessages(addinMessages, addinManifestMessages);
