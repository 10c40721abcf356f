import { nearestSpan, type ParagraphSpan, ParagraphText } from "../../shared/document/paragraph-match";
import type { Mark } from "../../shared/document/tags";
import { disagreementMark, statementMark, wrapParagraphs } from "./marking";
import type { MarkParagraphsResult, ParagraphMark } from "./ops";
import { supportsWordApi } from "./requirements";

// At a hint the text is looked for in that paragraph and the next (a text may run over a break): the pane's
// hints come from Word's own body text, line for line, so each marked paragraph's text is read about once
// more, not the document's. A text not there (the document changed since it was read) is looked for in the
// whole body.
const BEFORE_HINT = 0;
const AFTER_HINT = 1;

function markFor(request: ParagraphMark): Mark {
  if (request.kind === "disagreement") return disagreementMark(request.orgs);
  const [org, ...rest] = request.orgs;
  if (org === undefined || rest.length > 0)
    throw new Error("A statement mark needs exactly one organisation");
  return statementMark(org);
}

/** Paragraphs read from Word: a window of the body starting at `offset`, or the whole body (offset 0). */
interface Slice {
  offset: number;
  paragraphs: Word.ParagraphCollection;
}

function loadSlice(context: Word.RequestContext, offset: number, count?: number): Slice {
  const paragraphs = context.document.body.paragraphs;
  if (count === undefined) paragraphs.load("text");
  else paragraphs.load({ select: "text", skip: offset, top: count });
  return { offset, paragraphs };
}

/**
 * The slices' texts as the reader sees them: under track changes (WordApi 1.4) `text` still holds deleted
 * runs (office-js #1267), so each paragraph's reviewed text is read in one more sync.
 */
async function sliceTexts(context: Word.RequestContext, slices: readonly Slice[], tracking: boolean) {
  const texts = slices.map((slice) => slice.paragraphs.items.map((p) => p.text));
  if (!tracking) return texts;
  const reviewed = slices.map((slice) => slice.paragraphs.items.map((p) => p.getReviewedText("Current")));
  await context.sync();
  return reviewed.map((list) => list.map((result) => result.value));
}

interface Found {
  span: ParagraphSpan;
  slice: Slice;
}

/** Occurrences of a text in a slice, as document paragraph indexes. */
function occurrences(texts: readonly string[], slice: Slice, searchText: string): Found[] {
  return new ParagraphText(texts).find(searchText).map((span) => ({
    span: { first: span.first + slice.offset, last: span.last + slice.offset },
    slice,
  }));
}

/** Occurrences in any of the slices, each place once. */
function inSlices(slices: readonly Slice[], texts: readonly string[][], searchText: string): Found[] {
  const byFirst = new Map<number, Found>();
  slices.forEach((slice, at) => {
    for (const found of occurrences(texts[at]!, slice, searchText)) {
      if (!byFirst.has(found.span.first)) byFirst.set(found.span.first, found);
    }
  });
  return [...byFirst.values()];
}

/**
 * Marks the paragraphs holding each text, in two syncs whatever their number: one reads the paragraphs
 * around each request's hint (the whole body only for requests without one, or whose text has moved away
 * from it), one inserts all the content controls. A text found in several places goes to the occurrence
 * nearest its hint that this group has not marked yet. Each mark records the item its request names in its
 * title (the document may have no section controls to say it).
 */
export async function markParagraphs(requests: readonly ParagraphMark[]): Promise<MarkParagraphsResult> {
  // Invalid requests fail before Word is touched, so a batch is never half written for that reason.
  const wanted = requests.map((request) => ({ request, mark: markFor(request) }));
  if (wanted.length === 0) return { marked: 0, notFound: [] };
  return Word.run(async (context) => {
    const reviewable = supportsWordApi("1.4");
    if (reviewable) context.document.load("changeTrackingMode");
    const hinted = wanted.every(({ request }) => request.paragraphIndexHint !== undefined);
    const windows = hinted
      ? wanted.map(({ request }) => {
          const start = Math.max(0, (request.paragraphIndexHint ?? 0) - BEFORE_HINT);
          return loadSlice(context, start, BEFORE_HINT + AFTER_HINT + 1);
        })
      : [loadSlice(context, 0)];
    await context.sync();
    const tracking = reviewable && context.document.changeTrackingMode !== "Off";
    const windowTexts = await sliceTexts(context, windows, tracking);

    // Each text is looked for in every window read: a repeated sentence under the next item is a candidate too.
    const found = wanted.map(({ request }) => inSlices(windows, windowTexts, request.searchText));
    const taken = new Set<string>();
    const groupOf = (request: ParagraphMark) => `${request.kind}:${request.orgs.join("+")}`;
    /** The occurrence nearest the request's hint that its group has not marked yet. */
    const pick = (request: ParagraphMark, candidates: readonly Found[]): Found | undefined => {
      const group = groupOf(request);
      const span = nearestSpan(
        candidates.map((c) => c.span),
        request.paragraphIndexHint,
        (candidate) => taken.has(`${group}:${candidate.first}`),
      );
      const where = candidates.find((c) => c.span === span);
      if (where) taken.add(`${group}:${where.span.first}`);
      return where;
    };
    const chosen = wanted.map(({ request }, at) => pick(request, found[at]!));
    if (hinted && chosen.includes(undefined)) {
      // The document changed since it was read: look for the texts still missing in the whole body once.
      const whole = loadSlice(context, 0);
      await context.sync();
      const texts = await sliceTexts(context, [whole], tracking);
      chosen.forEach((where, at) => {
        if (where) return;
        const { request } = wanted[at]!;
        chosen[at] = pick(request, inSlices([whole], texts, request.searchText));
      });
    }

    const notFound: string[] = [];
    let marked = 0;
    wanted.forEach(({ request, mark }, at) => {
      const where = chosen[at];
      if (!where) {
        notFound.push(request.searchText);
        return;
      }
      const items = where.slice.paragraphs.items;
      const local = (index: number) => items[index - where.slice.offset]!;
      wrapParagraphs(local(where.span.first), local(where.span.last), mark, request.sectionTitle);
      marked++;
    });
    if (marked > 0) await context.sync();
    return { marked, notFound };
  });
}
