import { registerMessages } from "../shared/i18n/i18n";
import { addinMessages } from "../shared/i18n/messages/addin";
import { addinManifestMessages } from "../shared/i18n/messages/addin-manifest";
import { agendaMessages } from "../shared/i18n/messages/agenda";
import { analysisMessages } from "../shared/i18n/messages/analysis";
import { clipMessages } from "../shared/i18n/messages/clip";
import { coreMessages } from "../shared/i18n/messages/core";
import { coreCliMessages } from "../shared/i18n/messages/core-cli";
import { extensionMessages } from "../shared/i18n/messages/extension";
import { paneMessages } from "../shared/i18n/messages/pane";

/**
 * Vitest setup (vite.config.ts): tests see the whole catalogue, whatever part their module's bundle would
 * register; which parts each bundle registers is checked from the sources (test/architecture/messages.test.ts).
 */
registerMessages(
  addinMessages,
  addinManifestMessages,
  agendaMessages,
  analysisMessages,
  clipMessages,
  coreMessages,
  coreCliMessages,
  extensionMessages,
  paneMessages,
);
