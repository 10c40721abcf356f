import type { Roster } from "../model/meeting";

export type FindingKind =
  | "disagreement-not-in-justering"
  | "justering-note-without-disagreement"
  | "union-without-justerare"
  | "statement-from-absent-union"
  | "empty-section"
  | "empty-block"
  | "placeholder"
  | "date-mismatch"
  | "document-date-before-meeting"
  | "weekday-mismatch"
  | "deadline-before-meeting"
  | "justering-before-deadline"
  /** "Till justerare valdes:" names other people than the meeting's justerare (an older document). */
  | "justerare-list-differs";

/** One thing to fix before justering: what (Swedish), where (section title) and how (hint, Swedish). */
export interface Finding {
  kind: FindingKind;
  message: string;
  section?: string;
  hint: string;
  /** Paragraph index in the analysed text, so the pane can select it. */
  paragraph?: number;
}

export interface ReviewOptions {
  /** The meeting's roster as the pane knows it; defaults to the attendance list found in the text. */
  roster?: Roster;
}
