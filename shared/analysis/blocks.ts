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
  /^(?:(?:fackliga|arbetsgivarens|arbetstagarnas)\s+(?:inspel|synpunkter|kommentarer|frågor)|(?:inspel|synpunkter|kommentarer|frågor)\s+från\s+(.+?))\s*:?$/i;
const BLOCK_HEADING_LENGTH = 60;

/** The block a heading opens, or null when the line is not a block heading or names no party. */
export function readSpeakerBlock(text: string): Omit<SpeakerBlock, "paragraph"> | null {
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
