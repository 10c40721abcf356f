/** The body's plain text, for analysing minutes written without our marks. One sync. */
export async function readDocumentText(): Promise<string> {
  return Word.run(async (context) => {
    const body = context.document.body;
    body.load("text");
    await context.sync();
    return body.text;
  });
}
