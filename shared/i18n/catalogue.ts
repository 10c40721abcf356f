import { addinMessages } from "./messages/addin";
import { analysisMessages } from "./messages/analysis";
import { coreMessages } from "./messages/core";
import { extensionMessages } from "./messages/extension";

/**
 * The one catalogue. Each part owns its file so the add-in, extension and analysis can grow their strings
 * independently; keys are prefixed by part ("core.", "addin.", "ext.", "analysis.") so they never clash.
 */
export const catalogue = {
  ...coreMessages,
  ...addinMessages,
  ...extensionMessages,
  ...analysisMessages,
};
