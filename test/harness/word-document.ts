import type { Block } from "../../shared/document/content";
import { formatTag } from "../../shared/document/tags";
import type { MarkIndex } from "../../shared/review/document-model";

/**
 * A document as the pane reads it from Word, built from content blocks: the body text with one line per
 * paragraph (as `body.text` joins them), and the index of its section and agenda controls with Word-like
 * ids. Marks of statements and disagreements are added by the test.
 */
export function wordDocument(blocks: readonly Block[]): { text: string; index: MarkIndex } {
  const paragraphs: string[] = [];
  const sections: { id: string; title: string; tag: string }[] = [];
  const text = (paragraph: { runs: { text: string }[] }) => paragraph.runs.map((run) => run.text).join("");
  for (const block of blocks) {
    if (block.type === "paragraph") {
      paragraphs.push(text(block));
      continue;
    }
    if (block.type === "mark" && (block.mark.kind === "section" || block.mark.kind === "agenda")) {
      sections.push({
        id: String(100 + sections.length),
        title: text(block.paragraphs[0]!),
        tag: formatTag(block.mark),
      });
    }
    for (const paragraph of block.paragraphs) paragraphs.push(text(paragraph));
  }
  return { text: paragraphs.join("\r"), index: { sections, statements: [], disagreements: [] } };
}
