import { justeringBlock, justeringParagraphs, paragraph } from "../../shared/document/content";
import { formatTag } from "../../shared/document/tags";
import type { Meeting } from "../../shared/model/meeting";
import type { Template } from "../../shared/templates/types";
import { controlData, indexFromControls, loadControls } from "./read-index";
import { appendTo, replaceContent, writeBlocks } from "./write-blocks";

/**
 * Rewrites the justering block from the meeting's justerare and the disagreements marked in the document.
 * Two syncs: the disagreements must be read before the text can be written. A document without a block
 * gets one at its end.
 */
export async function rewriteJustering(meeting: Meeting, template: Template): Promise<void> {
  await Word.run(async (context) => {
    const controls = loadControls(context);
    await context.sync();
    const { disagreements } = indexFromControls(controlData(controls));
    const block = controls.items.find((control) => control.tag === formatTag({ kind: "justering" }));
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
