import type { Meeting } from "../../../shared/model/meeting";
import { saveDraft } from "../meeting/draft";
import { FAKE_DOCUMENT_ID } from "./fake-ops";

/** An unsaved draft of the fake operations' document, as the pane keeps one: how tests give the pane a meeting. */
export function storeDraft(meeting: Meeting): void {
  saveDraft({ id: FAKE_DOCUMENT_ID }, meeting);
}
