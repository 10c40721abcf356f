import { registerMessages } from "../../../shared/i18n/i18n";
import { analysisMessages } from "../../../shared/i18n/messages/analysis";

/** The analysis's part, registered when the analysis chunk loads (it is imported first there). */
registerMessages(analysisMessages);
