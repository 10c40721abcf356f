import type { IsoDate, ItemCategory, OrgId, Roster } from "../model/meeting";

/**
 * Pseudo organisation id for "the unions jointly" ("Fackliga pålyser …", "De fackliga representanterna …"):
 * the minutes name no single union, so the statement belongs to all unions present.
 */
export const UNIONS_JOINTLY: OrgId = "fackliga";

export { NAMED_ORG } from "../unions/resolve";

/** A paragraph of the minutes after wrapped lines were joined. `line` is the 1-based line where it starts. */
export interface Paragraph {
  text: string;
  line: number;
  /** What the paragraph is: body text, a heading, the justering, the roster, page furniture … */
  kind: "title" | "meta" | "label" | "roster" | "group" | "heading" | "block" | "justering" | "body";
}

export interface AnalysedSection {
  id: string;
  /** The heading as written, without numbering or markdown. */
  title: string;
  /** "3", "§ 12" when the heading is numbered. */
  number?: string;
  group?: ItemCategory;
  /** Paragraph index of the heading. */
  paragraph: number;
  /** Number of body paragraphs under the heading (not counting sub-headings). */
  bodyParagraphs: number;
  /** The body is a deliberate "nothing" ("-", "Inget att rapportera"). */
  deliberatelyEmpty: boolean;
  /** Whether the heading is numbered or marked up (markdown/bold), which makes its level trustworthy. */
  structured: boolean;
}

export interface AnalysedStatement {
  org: OrgId;
  sectionId?: string;
  sectionTitle?: string;
  text: string;
  /** Index of the paragraph the statement starts in and its full text, so the pane can find it in Word. */
  paragraph: number;
  paragraphText: string;
}

export interface AnalysedDisagreement {
  orgs: OrgId[];
  sectionId?: string;
  sectionTitle?: string;
  text: string;
  paragraph: number;
  paragraphText: string;
}

export interface JusteringEntry {
  name: string;
  org: OrgId | null;
  /** Annotation as written, e.g. "oenighet under föranmälda frågor". */
  note: string | null;
  paragraph: number;
}

export type DateRole =
  | "title" // the heading: "Protokoll från förvaltningsgruppen den 13 februari 2024"
  | "document" // a bare date line of the page header: "2021-01-28"
  | "meeting" // "Tidpunkt:", "Datum:"
  | "justering" // "Justering sker fredagen den 16 februari"
  | "deadline" // "Synpunkter ska ha inkommit … senast torsdagen den 15 januari"
  | "other";

export interface DateMention {
  /** Resolved ISO date; a date written without a year gets the year nearest the meeting. */
  date: IsoDate;
  /** Whether the year was written or inferred. */
  yearWritten: boolean;
  /** The weekday as written ("torsdagen" → 4, Sunday = 0), if any. */
  weekday: number | null;
  role: DateRole;
  /** The text as written, e.g. "torsdagen den 15 januari". */
  text: string;
  paragraph: number;
  sectionTitle?: string;
}

export interface Placeholder {
  text: string;
  paragraph: number;
  sectionTitle?: string;
}

export interface Analysis {
  title: string | null;
  sections: AnalysedSection[];
  statements: AnalysedStatement[];
  disagreements: AnalysedDisagreement[];
  justering: JusteringEntry[];
  /** Attendance as far as the minutes list it; empty lists when they do not. */
  roster: Roster;
  rosterFound: boolean;
  dates: DateMention[];
  placeholders: Placeholder[];
  /** Speaker blocks ("Fackliga inspel") that hold nothing. */
  emptyBlocks: { title: string; paragraph: number; sectionTitle?: string }[];
  paragraphs: Paragraph[];
}
