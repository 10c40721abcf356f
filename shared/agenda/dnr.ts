import { trimSeparators } from "./text";

/**
 * Diarienummer (case numbers) as registries write them: "Dnr: HÅ 2023/776", "SN 2023/123",
 * "KS 2021/0456-1.2", "Dnr SN 2024/12", "dnr 2023-000123". A number without the registry's letter prefix
 * is only taken after a "Dnr" label, because "2023/24" in a title is usually a season, not a case.
 */
const LABEL = String.raw`(?:dnr|diarienr|diarienummer|ärendenr|ärendenummer)\.?\s*:?\s*`;
const SERIAL = String.raw`\d{4}\s?[/:.-]\s?\d{1,7}(?:[-.:]\d+)*`;
const PREFIXED = String.raw`\p{Lu}{1,6}(?:-\p{Lu}{1,6})?[\s-]?${SERIAL}`;

// Group 1: a dnr after a label (prefix optional); group 2: a prefixed dnr standing alone.
const DNR = new RegExp(
  String.raw`(?<![\p{L}\d])(?:${LABEL}(${PREFIXED}|${SERIAL})|(${PREFIXED}))(?![\p{L}\d/])`,
  "giu",
);

export interface DnrMatch {
  dnr: string;
  /** The text with every dnr and its label removed. */
  rest: string;
}

function isPrefixUpper(candidate: string): boolean {
  // The "i" flag lets \p{Lu} match lower case too; a real registry prefix is upper case ("SN", "HÅ").
  const prefix = /^\p{L}+/u.exec(candidate)?.[0];
  return prefix === undefined || prefix === prefix.toUpperCase();
}

/** The first diarienummer in `text`, or null. */
export function findDnr(text: string): DnrMatch | null {
  let dnr: string | null = null;
  const rest = text.replace(DNR, (whole, labelled: string | undefined, bare: string | undefined) => {
    const candidate = (labelled ?? bare ?? "").replace(/\s+/g, " ");
    if (!isPrefixUpper(candidate)) return whole;
    dnr ??= candidate;
    return " ";
  });
  return dnr === null ? null : { dnr, rest: trimSeparators(rest) };
}
