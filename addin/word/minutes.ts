import type { Meeting } from "../../shared/model/meeting";
import type { Template, TemplateSection } from "../../shared/templates/types";
import { minutesBlocks, paragraph, sectionBlocks } from "./content";
import { appendTo, insertAfter, writeBlocks } from "./write-blocks";

/** New minutes at the end of the document, in one batch and one sync. */
export async function newMinutes(template: Template, meeting: Meeting): Promise<void> {
  await Word.run(async (context) => {
    // The closing empty paragraph keeps the justering block from being the document's last paragraph.
    writeBlocks(appendTo(context.document.body), [...minutesBlocks(template, meeting), paragraph("")]);
    await context.sync();
  });
}

const NO_MEETING: Meeting = {
  type: "samverkansgrupp",
  date: "",
  roster: { employer: [], unions: [], absent: [] },
  justerare: [],
};

/**
 * One template section after the paragraph holding the cursor, in one sync. Without a meeting the section's
 * `{placeholders}` stay as written, for the secretary to fill in.
 */
export async function insertSection(
  section: TemplateSection,
  template?: Template,
  meeting?: Meeting,
): Promise<void> {
  await Word.run(async (context) => {
    const anchor = context.document.getSelection().paragraphs.getLast();
    const blocks = sectionBlocks(section, {
      meeting: meeting ?? NO_MEETING,
      statementsHeading: template?.statementsHeading ?? "",
      ...(template ? { template } : {}),
    });
    writeBlocks(insertAfter(anchor), blocks);
    await context.sync();
  });
}
