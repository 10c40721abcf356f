import { matchesOf } from "./matches";
import { ATTACHMENT_CAPTION } from "./words/labels";

/** "Tidpunkt: 13 februari 2024", "Plats: Rådhuset", "Närvarande:": a label and its value. */
export interface LabelLine {
  /** Lower case: "tidpunkt", "närvarande". */
  name: string;
  value: string;
}

/**
 * "Närvarande: …", also with the side present ("Närvarande arbetsgivare:", "Närv. AG:", "Närv. AT:", "Närvarande
 * fack:"), which `rosterPartOfLabel` reads.
 */
const PRESENT_LABEL =
  "(?:närvarande|närv\\.?)(?:\\s+(?:för\\s+|från\\s+)?(?:ag|at|arbetsgivaren|arbetsgivare|arbetsgivarsidan|arbetstagarna|arbetstagare|arbetstagarsidan|facket|fack|fackliga))?";
const LABEL = new RegExp(
  `^(tidpunkt|datum|mötesdatum|tid\\s+och\\s+plats|tid|plats|paragrafer|övriga\\s+närvarande|övriga|lokal|ordförande|sekreterare|protokollförare|${PRESENT_LABEL}|deltagare|frånvarande|förhinder|anmält\\s+förhinder|anmäld\\s+frånvaro|ej\\s+närvarande|ärende|förhandlingsfråga)\\s*:\\s*(.*)$`,
  "i",
);
const INLINE_LABEL = /\b(tidpunkt|datum|tid|plats|lokal)\s*:\s*/gi;
const ROSTER_LABEL = /^(närvarande|deltagare)$/i;
/** Inside an item, "Tid: …" opening a long sentence is text, not a label. */
const LONG_VALUE = 80;

export function readLabel(text: string, inSection: boolean): LabelLine | null {
  const label = LABEL.exec(text);
  if (!label) return null;
  if (inSection && !ROSTER_LABEL.test(label[1]!) && label[2]!.length > LONG_VALUE) return null;
  // toLowerCase: Swedish has no casing of its own, and the locale's is several times slower (a label is read per line).
  return { name: label[1]!.toLowerCase().replace(/\s+/g, " "), value: label[2]!.trim() };
}

/** "Datum: 2023-09-25 Plats: Bredgatan 515" holds two labels. */
export function splitInlineLabels(first: string, value: string): LabelLine[] {
  const parts: LabelLine[] = [];
  let name = first;
  let start = 0;
  for (const match of matchesOf(INLINE_LABEL, value)) {
    const index = match.index;
    parts.push({ name, value: value.slice(start, index).trim() });
    name = match[1]!.toLocaleLowerCase("sv");
    start = index + match[0].length;
  }
  parts.push({ name, value: value.slice(start).trim() });
  return parts.filter((part) => part.value !== "");
}

const CAPTION = new RegExp(ATTACHMENT_CAPTION, "iu");
/** "Bilaga 1: Protokollsanteckning från Seko": an attachment's caption (the item structure and dissent both ask). */
export const isAttachmentCaption = (text: string) => CAPTION.test(text);
