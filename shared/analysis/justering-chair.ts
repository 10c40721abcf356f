import { type ParsedJusterare, parseListLine } from "./justering";
import type { JusteringEntry } from "./types";

/** "Ordförande", "Ordf.:" alone on its line: the chair's signature line, the name under it. */
const CHAIR_LINE = /^(?:ordförande|ordf\.?)\s*:?$/i;
/** "Ordförande: Eva Ek ........", "Ordförande:  Eva Ek    Justerat elektroniskt 2025-09-29": the name on the line. */
const CHAIR_LABEL = /^(?:ordförande|ordf\.?)\s*:\s*(\S.*)$/i;
/** What follows the chair's name on its line: a wide gap (the next column), a signing rule, a dash. */
const AFTER_NAME = /\s{3,}|\s*(?:_{3,}|\.{3,})|\s+[–—-]\s/;

/**
 * The chair signing the minutes after the items ("Ordförande" over "Eva Ek", "Ordförande: Eva Ek"), or null. A
 * signer only: whether the chair justerar is the justering's around it to say (`withChairs`). "Ordförandes
 * underskrift: …" is none.
 */
export function chairSigner(
  text: string,
  columns: readonly string[] | undefined,
  above: string | undefined,
): ParsedJusterare | null {
  const line = columns && columns.length > 1 ? columns.join("   ") : text;
  const labelled = CHAIR_LABEL.exec(line);
  const written = labelled
    ? labelled[1]!
    : above !== undefined && CHAIR_LINE.test(above.trim())
      ? line
      : null;
  if (written === null || written.length > CHAIR_LENGTH) return null;
  const entry = parseListLine(written.split(AFTER_NAME)[0]!);
  return entry && !entry.note ? entry : null;
}
const CHAIR_LENGTH = 120;

/** How far from a justering line the chair's signature still belongs to the same block of signatures. */
const SIGNATURE_REACH = 3;

/**
 * The chair's signature in a block of signatures with the justerare ("Ordförande" / "Eva Ek" / "Justerare" / …)
 * signs as one of them; away from any justering line (minutes without justering) it is none.
 */
export function withChairs(
  justering: readonly JusteringEntry[],
  chairs: readonly JusteringEntry[],
  justeringParagraphs: readonly number[],
): JusteringEntry[] {
  const signing = chairs.filter((chair) =>
    justeringParagraphs.some((at) => Math.abs(at - chair.paragraph) <= SIGNATURE_REACH),
  );
  if (signing.length === 0) return [...justering];
  return [...justering, ...signing].sort((a, b) => a.paragraph - b.paragraph);
}
