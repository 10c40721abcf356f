import type { Justerare, Roster } from "../model/meeting";

export type FindingKind =
  | "disagreement-not-in-justering"
  | "disagreement-without-justerare"
  | "justering-note-without-disagreement"
  | "union-without-justerare"
  | "justerare-from-absent-union"
  | "statement-from-absent-union"
  | "empty-section"
  | "empty-sections"
  | "empty-block"
  | "empty-blocks"
  | "placeholder"
  | "possible-statement"
  | "possible-statements"
  | "possible-disagreement"
  | "date-mismatch"
  | "document-date-before-meeting"
  | "weekday-mismatch"
  | "deadline-before-meeting"
  | "justering-before-deadline"
  /** "Till justerare valdes:" names other people than the meeting's justerare (an older document). */
  | "justerare-list-differs";

/**
 * One thing to look at before justering: what (Swedish), in which item (its title, or where in the minutes
 * when it lies outside the items) and how to fix it. A suggestion comes from the text alone: something the
 * marks do not say but might.
 */
export interface Finding {
  kind: FindingKind;
  message: string;
  section?: string;
  hint: string;
  /** Paragraph index in the analysed text. */
  paragraph?: number;
  /** The content control (mark or item) the pane can select to show it in Word. */
  target?: string;
  suggestion?: true;
}

export interface ReviewOptions {
  /** The meeting's roster as the pane knows it; defaults to the attendance list found in the text. */
  roster?: Roster;
  /** The meeting's justerare as the pane knows them; default: those the text names. */
  justerare?: readonly Justerare[];
  /**
   * The final review before justering: every empty item, block and unmarked statement on its own. Without
   * it, scaffolding the user has not touched is one finding per kind.
   */
  final?: boolean;
}
