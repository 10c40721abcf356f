import type { addinMessages } from "./messages/addin";
import type { addinManifestMessages } from "./messages/addin-manifest";
import type { agendaMessages } from "./messages/agenda";
import type { analysisMessages } from "./messages/analysis";
import type { clipMessages } from "./messages/clip";
import type { coreMessages } from "./messages/core";
import type { coreCliMessages } from "./messages/core-cli";
import type { extensionMessages } from "./messages/extension";
import type { paneMessages } from "./messages/pane";

/**
 * The one catalogue, as a type: every part's keys. Each part owns its file so the parts grow their strings
 * independently; keys are prefixed by part ("core.", "word.", "pane.", "agenda.", "ext.", "analysis.",
 * "clip.") so they never clash (a part may have a file of its own for keys only one bundle needs, as
 * "core.cli." in core-cli.ts). At run time a bundle holds only the parts it registers
 * (`registerMessages`), so the ribbon does not load the extension's strings; type imports only, here.
 */
export type Catalogue = typeof coreMessages &
  typeof coreCliMessages &
  typeof addinMessages &
  typeof addinManifestMessages &
  typeof paneMessages &
  typeof agendaMessages &
  typeof extensionMessages &
  typeof analysisMessages &
  typeof clipMessages;
