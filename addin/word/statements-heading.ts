import { codeOf, WordOpError } from "./errors";

/**
 * The template's statements heading ("Fackliga inspel") and an empty paragraph to write in, after the
 * cursor's paragraph: for minutes whose items carry no such block of their own (example 004) until the
 * secretary asks for one where the unions speak. Heading 4, below the levels 1–3 that name items
 * (`headings.ts`), so marks under it still belong to the item above. One sync.
 */
export async function insertStatementsHeading(heading: string): Promise<void> {
  try {
    await Word.run(async (context) => {
      const anchor = context.document.getSelection().paragraphs.getLast();
      const title = anchor.insertParagraph(heading, "After");
      title.styleBuiltIn = "Heading4";
      const slot = title.insertParagraph("", "After");
      slot.styleBuiltIn = "Normal";
      await context.sync();
    });
  } catch (error) {
    // No paragraph at the cursor (a header, an image): there is nowhere to put the heading.
    if (codeOf(error) === "ItemNotFound") throw new WordOpError("word.error.noSelection");
    throw error;
  }
}
