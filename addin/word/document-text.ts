import { supportsWordApi } from "./requirements";

/**
 * The body's text as the reader sees it, for analysing minutes written without our marks. One sync. With
 * WordApi 1.4 it is the reviewed text, without text deleted under track changes (`text` keeps it, office-js
 * #1267); without 1.4 deleted text stays in.
 */
export async function readDocumentText(): Promise<string> {
  return Word.run(async (context) => {
    const body = context.document.body;
    if (supportsWordApi("1.4")) {
      const reviewed = body.getReviewedText("Current");
      await context.sync();
      return reviewed.value;
    }
    body.load("text");
    await context.sync();
    return body.text;
  });
}
