/**
 * Text read by OCR or saved from a scanned kallelse: a lower-case "l" for "1" and an "O" for "0" inside
 * numbers ("l  Val av justerare", "1O Övriga frågor", "BUN 2025/0l2"), and every word set apart by two spaces
 * ("Val  av  justerare") where a laid-out line's cells are set apart by two or more. Linear in the text.
 */

// A lone "l" where a line's item number stands: no Swedish word is a lone lower-case "l".
const LEADING_L = /^(\s*)l(?=[.)]?\s+\p{Lu})/u;
// A run of digits with "l" or "O" among them, and at least one real digit: "1O", "0l2", "2O25".
const NUMBER_RUN = /(?<![\p{L}\d])(?=[\dlO]{0,6}\d)(?=[\dlO]{0,6}[lO])[\dlO]{2,7}(?![\p{L}\d])/gu;

/** A line with OCR's letters for digits in its numbers read as the digits. */
export function withOcrDigits(line: string): string {
  if (!/[lO]/.test(line)) return line;
  return line
    .replace(LEADING_L, "$11")
    .replace(NUMBER_RUN, (run) => run.replace(/l/g, "1").replace(/O/g, "0"));
}

const DOUBLE_GAP = /\S {2}(?=\S)/g;
const SINGLE_SPACE = /\S \S/;

/**
 * Whether a text sets its words apart by two spaces: at least three lines have two or more such gaps and no
 * single space between words (wider gaps between cells may stand beside them), and they outnumber the lines
 * with single spaces.
 */
export function isDoubleSpaced(lines: readonly string[]): boolean {
  let double = 0;
  let single = 0;
  for (const line of lines) {
    if (SINGLE_SPACE.test(line)) single++;
    else if ((line.match(DOUBLE_GAP)?.length ?? 0) >= 2) double++;
  }
  return double >= 3 && double > single;
}

/** Two spaces between words read as one; three or more stay a gap between cells. */
export const withSingleSpaces = (line: string): string => line.replace(/(?<=\S) {2}(?=\S)/g, " ");
