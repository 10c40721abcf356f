import type { Analysis } from "../analysis/types";
import { reviewContent } from "./content";
import { reviewDates } from "./dates";
import { reviewJustering } from "./justering";
import type { Finding, ReviewOptions } from "./types";

export type { Finding, FindingKind, ReviewOptions } from "./types";

/**
 * The review before justering, in document order of concern: the justering block, then content (empty
 * sections, placeholders, statements of absent unions), then dates. The roster comes from the options (the
 * pane's meeting data) or from the attendance list in the text; without one the roster checks are skipped.
 */
export function reviewMinutes(analysis: Analysis, options: ReviewOptions = {}): Finding[] {
  const roster = options.roster ?? (analysis.rosterFound ? analysis.roster : null);
  return [...reviewJustering(analysis, roster), ...reviewContent(analysis, roster), ...reviewDates(analysis)];
}
