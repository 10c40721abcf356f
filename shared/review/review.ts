import type { Analysis } from "../analysis/types";
import { reviewContent } from "./content";
import { reviewDates } from "./dates";
import { type DocumentModel, documentModel } from "./document-model";
import { reviewJustering } from "./justering";
import type { Finding, ReviewOptions } from "./types";

export type { DocumentModel, MarkIndex } from "./document-model";
export { documentModel } from "./document-model";
export type { Finding, FindingKind, ReviewOptions } from "./types";

/**
 * The review before justering of one document model, in order of concern: the justering, then content
 * (empty items, placeholders, statements of absent unions), then dates, then what the text suggests that no
 * mark says. Each finding names its item and appears once.
 */
export function reviewDocument(model: DocumentModel, options: Pick<ReviewOptions, "final"> = {}): Finding[] {
  const content = reviewContent(model, options.final ?? false);
  return [
    ...reviewJustering(model),
    ...content.filter((finding) => !finding.suggestion),
    ...reviewDates(model),
    ...content.filter((finding) => finding.suggestion),
  ];
}

/**
 * The review of minutes read from text alone (the CLI, files): the analysis is the whole document. The
 * roster and justerare come from the options (the pane's meeting data) or from the text.
 */
export function reviewMinutes(analysis: Analysis, options: ReviewOptions = {}): Finding[] {
  const meeting =
    options.roster || options.justerare
      ? {
          roster: options.roster ?? analysis.roster,
          justerare: options.justerare ?? [],
        }
      : undefined;
  return reviewDocument(documentModel({ analysis, ...(meeting ? { meeting } : {}) }), options);
}
