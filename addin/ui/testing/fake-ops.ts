import { vi } from "vitest";
import type { DocumentIndex, WordOps } from "../../word/ops";

export const emptyIndex = (): DocumentIndex => ({
  sections: [],
  statements: [],
  disagreements: [],
  agendaItemKeys: [],
  hasJustering: false,
});

export type FakeOps = { [K in keyof WordOps]: ReturnType<typeof vi.fn<WordOps[K]>> } & {
  /** What `readIndex` returns next; tests change it to simulate the document after a mark. */
  index: DocumentIndex;
};

/** The document the fake operations are in. */
export const FAKE_DOCUMENT_ID = "dokument-1";

/** A WordOps whose every operation is a spy that succeeds with plain data; tests override single ones. */
export function fakeOps(): FakeOps {
  const ops = {
    index: emptyIndex(),
  } as FakeOps;
  ops.newMinutes = vi.fn(async () => {});
  ops.insertSection = vi.fn(async () => {});
  ops.insertStatementsHeading = vi.fn(async () => {});
  ops.markStatement = vi.fn(async () => ({ id: "s1", sectionTitle: "3. Information" }));
  ops.markDisagreement = vi.fn(async () => ({ id: "d1", sectionTitle: "4. Budget" }));
  ops.markParagraphs = vi.fn(async (marks) => ({ marked: marks.length, notFound: [] }));
  ops.removeMark = vi.fn(async () => {});
  ops.readIndex = vi.fn(async () => structuredClone(ops.index));
  ops.selectMark = vi.fn(async () => {});
  ops.rewriteJustering = vi.fn(async () => {});
  ops.insertAgendaItems = vi.fn(async (items) => ({ inserted: items.length, updated: 0 }));
  ops.readMeeting = vi.fn(async () => null);
  ops.saveMeeting = vi.fn(async () => ({ rosterKept: 0, rosterByHand: 0, justerareKept: 0 }));
  ops.meetingStorage = vi.fn(() => "customXmlPart" as const);
  ops.documentIdentity = vi.fn(async () => ({ id: FAKE_DOCUMENT_ID }));
  ops.readDocumentText = vi.fn(async () => "");
  ops.selfTest = vi.fn(async () => ({
    ranAt: "2024-02-13T12:00:00.000Z",
    host: "Word",
    version: "16.0",
    platform: "OfficeOnline",
    requirementSets: [],
    steps: [],
  }));
  return ops;
}

/** An error shaped like Office.js's OfficeExtension.Error, which the adapter's message mapping reads. */
export function officeError(code: string, message = "Office error"): Error {
  return Object.assign(new Error(message), { code });
}
