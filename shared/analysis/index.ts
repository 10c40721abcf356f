/**
 * The analysis of existing minutes, for the pane and the CLI. `analyseDocx` lives in `./docx` so that
 * importing this module does not pull mammoth into a bundle that only has text.
 */
export { analyseMinutes } from "./analyse";
export { type MarkCandidate, type MarkGroup, marksFromAnalysis } from "./marks";
export type {
  AnalysedDisagreement,
  AnalysedSection,
  AnalysedStatement,
  Analysis,
  DateMention,
  JusteringEntry,
} from "./types";
export { UNIONS_JOINTLY } from "./types";
