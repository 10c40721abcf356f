import { nearestSpan, ParagraphText } from "../../shared/document/paragraph-match";
import type { Mark } from "../../shared/document/tags";
import { disagreementMark, statementMark, wrapParagraphs } from "./marking";
import type { MarkParagraphsResult, ParagraphMark } from "./ops";

function markFor(request: ParagraphMark): Mark {
  if (request.kind === "disagreement") return disagreementMark(request.orgs);
  const [org, ...rest] = request.orgs;
  if (org === undefined || rest.length > 0)
    throw new Error("A statement mark needs exactly one organisation");
  return statementMark(org);
}

/**
 * Marks the paragraphs holding each text, in two syncs whatever their number: one loads every paragraph's
 * text (matched in JavaScript, see find-paragraphs.ts), one inserts all the content controls. A text found
 * in several places goes to the occurrence nearest its hint that this group has not marked yet. Each mark
 * records the item its request names (the document may have no section controls to say it).
 */
export async function markParagraphs(requests: readonly ParagraphMark[]): Promise<MarkParagraphsResult> {
  // Invalid requests fail before Word is touched, so a batch is never half written for that reason.
  const wanted = requests.map((request) => ({ request, mark: markFor(request) }));
  if (wanted.length === 0) return { marked: 0, notFound: [] };
  return Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("text");
    await context.sync();
    const items = paragraphs.items;
    const text = new ParagraphText(items.map((paragraph) => paragraph.text));
    const taken = new Set<string>();
    const notFound: string[] = [];
    let marked = 0;
    for (const { request, mark } of wanted) {
      const group = `${request.kind}:${request.orgs.join("+")}`;
      const span = nearestSpan(text.find(request.searchText), request.paragraphIndexHint, (candidate) =>
        taken.has(`${group}:${candidate.first}`),
      );
      if (!span) {
        notFound.push(request.searchText);
        continue;
      }
      taken.add(`${group}:${span.first}`);
      wrapParagraphs(items[span.first]!, items[span.last]!, mark, request.sectionTitle);
      marked++;
    }
    if (marked > 0) await context.sync();
    return { marked, notFound };
  });
}
