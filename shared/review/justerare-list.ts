import { blockText, justerareListParagraphs, listedJusterare } from "../document/content";
import { t } from "../i18n/i18n";
import type { Justerare } from "../model/meeting";
import type { Finding } from "./types";

/**
 * The list under "Till justerare valdes:" against the meeting's justerare. Saving the meeting rewrites the
 * list where the add-in wrote it as a field; minutes from older versions (or a list the secretary wrote
 * into) keep theirs, so a list that names other people than Möte does is pointed out before the justering.
 */
export function reviewJusterareList(text: string, justerare: readonly Justerare[]): Finding[] {
  if (justerare.length === 0) return [];
  const listed = listedJusterare(text);
  if (listed === null) return [];
  const chosen = justerareListParagraphs({ justerare }).slice(1).map(blockText);
  const same = listed.length === chosen.length && chosen.every((line) => listed.includes(line));
  if (same) return [];
  return [
    {
      kind: "justerare-list-differs",
      message: t("core.review.justerareListDiffers", {
        listed: listed.join("; ") || t("core.review.nobody"),
        chosen: chosen.join("; "),
      }),
      hint: t("core.review.justerareListHint"),
    },
  ];
}
