import { EMPLOYER, type OrgId } from "../model/meeting";
import { findParties } from "./parties";
import { UNIONS_JOINTLY } from "./types";

/** "Fackliga inspel", "Inspel från arbetsgivaren": a block of one side's statements inside an item. */
export interface SpeakerBlock {
  title: string;
  /** The speaker of paragraphs in the block that name none. */
  org: OrgId;
  paragraph: number;
}

const BLOCK =
  /^(?:(?:fackliga|arbetsgivarens|arbetstagarnas|arbetstagarsidans|arbetsgivarsidans)\s+(?:inspel|synpunkter?|kommentar(?:er)?|frågor|svar|förslag)|(?:inspel|synpunkter|kommentarer|frågor|förslag|svar|protokollsanteckning|reservation)\s+från\s+([^:]+?))\s*:?$/i;
const BLOCK_HEADING_LENGTH = 60;
const LONE_LABEL = /^([^:]{2,40}):$/;
/** The longest line `LONE_LABEL` can match: forty characters and the colon. */
const LONE_LABEL_LENGTH = 41;

/** The block a heading opens, or null when the line is not a block heading or names no party. */
export function readSpeakerBlock(text: string): Omit<SpeakerBlock, "paragraph"> | null {
  // "Kommunal:" alone on its line heads what Kommunal said (a short line ending in its only colon).
  const labelled = text.endsWith(":") && text.length <= LONE_LABEL_LENGTH ? LONE_LABEL.exec(text) : null;
  const party = labelled ? findParties(labelled[1]!) : [];
  if (party.length === 1 && party[0]!.start === 0 && party[0]!.end === labelled![1]!.trim().length) {
    return { title: labelled![1]!, org: party[0]!.org };
  }
  const heading = text.length < BLOCK_HEADING_LENGTH ? BLOCK.exec(text) : null;
  if (!heading) return null;
  const from = heading[1];
  const org = from
    ? (findParties(from)[0]?.org ?? null)
    : /arbetsgivar/i.test(text)
      ? EMPLOYER
      : UNIONS_JOINTLY;
  return org ? { title: text.replace(/:$/, ""), org } : null;
}

const INLINE_LABEL = /^([^:.]{2,60}):\s+(?=\S)/;
const INLINE_LABEL_LENGTH = 60;
/** "Protokollsanteckning från Ledarna: …" is the note itself, the dissent: its label stays. */
const NOTE = /^(?:protokollsanteckning|reservation)\b/i;

/**
 * Where the text after a block's label opening a paragraph starts ("Fackliga synpunkter: Kommunal delar inte
 * …"), or 0 when the paragraph opens with none or with a note's label. A lone party ("Kommunal: Per Lind") is a roster line, no label.
 */
export function blockLabelEnd(text: string): number {
  const colon = text.indexOf(":");
  // The label's colon is the text's first, after two to sixty characters: other texts are not tried.
  const label = colon >= 2 && colon <= INLINE_LABEL_LENGTH ? INLINE_LABEL.exec(text) : null;
  // readSpeakerBlock tests BLOCK itself (the label holds no colon, so only that form can match).
  if (!label || NOTE.test(label[1]!)) return 0;
  return readSpeakerBlock(label[1]!) ? label[0].length : 0;
}
