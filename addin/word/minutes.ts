import { minutesBlocks, paragraph, sectionBlocks } from "../../shared/document/content";
import type { Meeting } from "../../shared/model/meeting";
import type { Template, TemplateSection } from "../../shared/templates/types";
import { isSectionControl, loadEnclosing } from "./enclosing";
import { appendTo, insertAfter, insertAfterControl, writeBlocks } from "./write-blocks";

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
 * One template section where the cursor is: after the section the cursor is in (so sections never nest),
 * or after the cursor's paragraph outside any section. Without a meeting the section's `{placeholders}`
 * stay as written, for the secretary to fill in. Two syncs: where the cursor is must be read first.
 */
export async function insertSection(
  section: TemplateSection,
  template?: Template,
  meeting?: Meeting,
): Promise<void> {
  const blocks = sectionBlocks(section, {
    meeting: meeting ?? NO_MEETING,
    statementsHeading: template?.statementsHeading ?? "",
    ...(template ? { template } : {}),
  });
  await Word.run(async (context) => {
    const selection = context.document.getSelection();
    const anchor = selection.paragraphs.getLast();
    const enclosing = loadEnclosing(selection);
    await context.sync();
    const outermost = enclosing.filter(isSectionControl).at(-1);
    writeBlocks(outermost ? insertAfterControl(outermost) : insertAfter(anchor), blocks);
    await context.sync();
  });
}
