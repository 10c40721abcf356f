import { justeringBlock, justeringParagraphs, paragraph } from "../../shared/document/content";
import { formatTag } from "../../shared/document/tags";
import type { Meeting } from "../../shared/model/meeting";
import type { Template } from "../../shared/templates/types";
import { indexFromControls, readControls } from "./read-index";
import { appendTo, replaceContent, writeBlocks } from "./write-blocks";

/**
 * Rewrites the justering block from the meeting's justerare and the disagreements marked in the document,
 * through the block's control so the control stays (never through its only paragraph, office-js #4975).
 * Two syncs: the disagreements must be read before the text can be written (three under track changes, to
 * read them as the reader sees them; the old text then stays in the document as a tracked deletion). A
 * document without a block gets one at its end.
 */
export async function rewriteJustering(meeting: Meeting, template: Template): Promise<void> {
  await Word.run(async (context) => {
    const { data, controls } = await readControls(context);
    const { disagreements } = indexFromControls(data);
    const block = controls.find((control) => control.tag === formatTag({ kind: "justering" }));
    if (block) replaceContent(block, justeringParagraphs(template, meeting, disagreements));
    else {
      writeBlocks(appendTo(context.document.body), [
        justeringBlock(template, meeting, disagreements),
        paragraph(""),
      ]);
    }
    await context.sync();
  });
}
