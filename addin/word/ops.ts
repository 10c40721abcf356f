import type { AgendaItem, Disagreement, Meeting, OrgId, Statement } from "../../shared/model/meeting";
import type { Template, TemplateSection } from "../../shared/templates/types";

/**
 * The operations the task pane and the ribbon commands may ask of Word. `addin/word/` implements them over
 * Office.js (one `Word.run` each); the UI receives them from one context so tests can swap them.
 */

/**
 * Ids in the index are Word's content-control ids as strings: unique in the document even when a marked
 * paragraph was copied (the copy keeps the tag). `removeMark` and `selectMark` take them, and
 * `Statement.sectionId` is the `IndexSection.id` of the section or agenda item the mark lies in. What a
 * mark is comes from its tag (`sp:punkt:<sectionId>`, `sp:inspel:<org>:<id>`, …, see `tags.ts`).
 */
export interface IndexSection {
  /** The content-control id of the section (or agenda item). */
  id: string;
  /** Its tag, e.g. "sp:punkt:ekonomi" or "sp:agenda:dnr-sn-2024-12". */
  tag: string;
  /** Its heading as it reads in the document now. */
  title: string;
}

/** The index, derived from the document's content controls on each read (never stored elsewhere). */
export interface DocumentIndex {
  sections: IndexSection[];
  /** Document order. */
  statements: Statement[];
  /** Document order. */
  disagreements: Disagreement[];
  /** Keys of agenda items already in the document (see `agendaItemKey` in `tags.ts`). */
  agendaItemKeys: string[];
  hasJustering: boolean;
}

export interface MarkResult {
  /** The new mark's content-control id (as in the index). */
  id: string;
  /**
   * The heading of the section or agenda item the mark lies in, when Word read it anyway: an enclosing control
   * (older whole-section documents, text typed inside a heading's control) or the nearest level 1–3 heading
   * outside sections (which then becomes the mark's section). Under a heading control it is absent, since
   * reading every heading above would cost bytes (issue 14, row 11): the index names `sectionId`.
   */
  sectionTitle?: string;
  /** The `IndexSection.id` of that section or agenda item, when the document has one. */
  sectionId?: string;
}

export interface AgendaTarget {
  /** Template section id of the `agenda` section to insert under. */
  sectionId: string;
}

export interface InsertAgendaResult {
  inserted: number;
  updated: number;
}

/** A paragraph to mark, found by its text: from the analysis of minutes written without our marks. */
export interface ParagraphMark {
  kind: "statement" | "disagreement";
  /** One organisation for a statement; one or more unions for a disagreement. */
  orgs: OrgId[];
  /** Text the paragraph holds (its opening is enough); compared with spacing and markdown folded. */
  searchText: string;
  /**
   * Paragraph index (0-based, in `body.paragraphs`) where the text was expected: chosen among repeats, and
   * where it is looked for first (only the paragraphs around it are read from Word).
   */
  paragraphIndexHint?: number;
  /**
   * The item (section heading) the text was found under, recorded in the mark's title so the index and the
   * justering can name it where no section control encloses the mark.
   */
  sectionTitle?: string;
}

export interface MarkParagraphsResult {
  marked: number;
  /** The search texts no paragraph holds (any more): edited or deleted since the document was read. */
  notFound: string[];
}

/** Where the meeting-level facts are kept in this Word. */
export type MeetingStorage =
  /** A CustomXmlPart in the project's namespace (WordApi 1.4). */
  | "customXmlPart"
  /** The document's add-in settings (`Office.context.document.settings`), for Word without WordApi 1.4. */
  | "documentSettings";

export interface SaveMeetingOptions {
  /** Rewrite the roster lists from the meeting even where the secretary edited them (she asked to). */
  replaceRoster?: boolean;
}

export interface SaveMeetingResult {
  /** Roster lines (Närvarande) left as they were: the secretary edited them after the add-in wrote them. */
  rosterKept: number;
  /**
   * Roster headings in minutes created before the roster's lines had a field of their own, under which text
   * was written (by hand, or by that older version): left alone, since it cannot be told from the secretary's.
   */
  rosterByHand: number;
  /** Lists of chosen justerare left as they were: the secretary edited them after the add-in wrote them. */
  justerareKept: number;
}

/** Which document the pane is in (see `documentIdentity`). */
export interface DocumentIdentity {
  /** Kept in the document, made the first time the pane opens it. */
  id: string;
  /** Where Word has it (`Office.context.document.url`): tells a copy (same id) from the original. */
  url?: string;
}

export interface WordOps {
  /** New minutes at the end of the (normally empty) document: header, roster, sections, justering. */
  newMinutes(template: Template, meeting: Meeting): Promise<void>;
  /**
   * One template section after the section holding the cursor (or after its paragraph outside sections);
   * without a meeting `{placeholders}` stay as written.
   */
  insertSection(section: TemplateSection, template?: Template, meeting?: Meeting): Promise<void>;
  /** The template's statements heading ("Fackliga inspel") and a paragraph to write in, after the cursor's paragraph. */
  insertStatementsHeading(heading: string): Promise<void>;
  /** Marks the paragraph(s) of the selection as a statement of one organisation (or the employer). */
  markStatement(org: OrgId): Promise<MarkResult>;
  /** Marks the paragraph(s) of the selection as oenighet for one or more unions, under the nearest heading. */
  markDisagreement(orgs: OrgId[]): Promise<MarkResult>;
  /**
   * Marks the paragraphs holding each text, as `markStatement`/`markDisagreement` would after selecting
   * them. Two syncs whatever the number of marks: read the paragraphs' text, then insert all marks.
   */
  markParagraphs(marks: readonly ParagraphMark[]): Promise<MarkParagraphsResult>;
  /** Removes a mark, leaving its text as it is. */
  removeMark(id: string): Promise<void>;
  readIndex(): Promise<DocumentIndex>;
  /** Selects the mark and scrolls it into view. */
  selectMark(id: string): Promise<void>;
  /** Rewrites the justering block from the meeting's justerare and the document's disagreements. */
  rewriteJustering(meeting: Meeting, template: Template): Promise<void>;
  /** Inserts agenda items under the target; an item already present is updated, not duplicated. */
  insertAgendaItems(items: AgendaItem[], target: AgendaTarget): Promise<InsertAgendaResult>;
  /** Meeting-level facts from the document's CustomXmlPart (or settings), or null when the document has none. */
  readMeeting(): Promise<Meeting | null>;
  /**
   * Saves the meeting into the document and reads it back (a message when Word did not keep it), and writes
   * each placeholder field and the roster lists of the document again from the meeting (edited roster lists
   * only with `replaceRoster`).
   */
  saveMeeting(meeting: Meeting, options?: SaveMeetingOptions): Promise<SaveMeetingResult>;
  /** The document's id (made and kept in it the first time) and address: what a draft is keyed to. No sync. */
  documentIdentity(): Promise<DocumentIdentity>;
  /** Where this Word keeps meeting data; asks nothing of Word. */
  meetingStorage(): MeetingStorage;
  /** The document's plain text as the reader sees it, for analysing minutes written without our marks. */
  readDocumentText(): Promise<string>;
  /** Runs every operation in this (empty) document, checks each result and removes what it wrote. */
  selfTest(onStep?: (step: SelfTestStep) => void): Promise<SelfTestReport>;
}

export interface SelfTestStep {
  /** Swedish name of the step, e.g. "Markering i en tabell". */
  name: string;
  outcome: "pass" | "fail" | "skipped";
  /** What went wrong or why it was skipped, in Swedish. */
  detail?: string;
  /** The Office error code when Word failed (`OfficeExtension.Error.code`). */
  code?: string;
}

export interface SelfTestReport {
  /** When the test ran, ISO 8601. */
  ranAt: string;
  host: string;
  version: string;
  platform: string;
  /** Each requirement set the add-in uses, and whether this Word has it. */
  requirementSets: { name: string; supported: boolean }[];
  steps: SelfTestStep[];
}
