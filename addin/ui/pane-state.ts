import type { Meeting } from "../../shared/model/meeting";
import type { Template } from "../../shared/templates/types";
import type { DocumentIndex } from "../word/ops";

/** State every section shares: the meeting being edited, the chosen template and the document's index. */
export interface PaneState {
  meeting: Meeting;
  setMeeting(update: (meeting: Meeting) => Meeting): void;
  template: Template;
  index: DocumentIndex | null;
  refreshIndex(): Promise<void>;
}
