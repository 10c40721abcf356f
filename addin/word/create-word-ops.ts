import { insertAgendaItems } from "./agenda";
import { documentIdentity } from "./document-identity";
import { readDocumentText } from "./document-text";
import { rewriteJustering } from "./justering";
import { markDisagreement, markStatement, removeMark, selectMark } from "./marking";
import { meetingStorage, readMeeting, saveMeeting } from "./meeting-part";
import { insertSection, newMinutes } from "./minutes";
import type { WordOps } from "./ops";
import { readIndex } from "./read-index";
import { insertStatementsHeading } from "./statements-heading";

/** The Office.js implementation of the operations; each calls the global `Word.run` when invoked. */
export function createWordOps(): WordOps {
  const ops: WordOps = {
    newMinutes,
    insertSection,
    insertStatementsHeading,
    markStatement,
    markDisagreement,
    // Only "Läs in befintligt protokoll" uses it, after loading the analysis: it loads then.
    markParagraphs: async (marks) => (await import("./mark-paragraphs")).markParagraphs(marks),
    removeMark,
    readIndex,
    selectMark,
    rewriteJustering,
    insertAgendaItems,
    readMeeting,
    saveMeeting,
    meetingStorage,
    documentIdentity,
    readDocumentText,
    // Run once after deploying, so it loads only then.
    selfTest: async (onStep) => (await import("./self-test")).runSelfTest(ops, onStep),
  };
  return ops;
}
