import { addinMessages } from "./messages/addin";
import { agendaMessages } from "./messages/agenda";
import { analysisMessages } from "./messages/analysis";
import { clipMessages } from "./messages/clip";
import { coreMessages } from "./messages/core";
import { extensionMessages } from "./messages/extension";
import { paneMessages } from "./messages/pane";

/**
 * The one catalogue. Each part owns its file so the parts grow their strings independently; keys are
 * prefixed by part ("core.", "word.", "pane.", "agenda.", "ext.", "analysis.", "clip.") so they never clash.
 */
export const catalogue = {
  ...coreMessages,
  ...addinMessages,
  ...paneMessages,
  ...agendaMessages,
  ...extensionMessages,
  ...analysisMessages,
  ...clipMessages,
};
