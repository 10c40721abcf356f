import { t } from "../../../shared/i18n/i18n";
import type { WordOps } from "../../word/ops";
import { readStored, writeStored } from "../storage";

const SHOWN_KEY = "storageNoticeShown";

/**
 * The one-time notice for a Word without CustomXmlParts (WordApi 1.3: Word 2019 and 2021) that meeting data
 * is kept in the document's settings instead: said once on this computer, never again at each start, and
 * never as an alert (nothing is wrong).
 */
export function storageNoticeOnce(ops: Pick<WordOps, "meetingStorage">): string | null {
  if (ops.meetingStorage() !== "documentSettings" || readStored<boolean>(SHOWN_KEY)) return null;
  writeStored(SHOWN_KEY, true);
  return t("word.help.storageSettings");
}
