import { minutesBlocks, paragraph, sectionBlocks } from "../../shared/document/content";
import type { Meeting } from "../../shared/model/meeting";
import type { Template, TemplateSection } from "../../shared/templates/types";
import {
  existing,
  isAnchor,
  isWholeSection,
  loadAncestors,
  sectionAt,
  structureAfter,
  structureBefore,
  structureKind,
} from "./structure";
import { appendTo, insertAfter, insertAfterControl, insertBefore, writeBlocks } from "./write-blocks";

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
 * that is before the next section heading or the justering block; after the cursor's paragraph outside any
 * section. Without a meeting the section's `{placeholders}` stay as written, for the secretary to fill in.
 * Two syncs: where the cursor is must be read first (only the structure controls' tags, not their text).
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
    const around = loadAncestors(selection, "tag,title");
    const before = structureBefore(context, selection.getRange("Start"), "tag");
    const after = structureAfter(context, selection.getRange("End"), "tag");
    await context.sync();
    const enclosing = existing(around);
    // Older documents: after the outermost whole-section control around the cursor.
    const whole = enclosing.filter(isWholeSection).at(-1);
    const inSection = whole ?? enclosing.find(isAnchor) ?? sectionAt(before.items, enclosing);
    const next = after.items.find((control) => {
      const kind = structureKind(control.tag);
      return kind === "section" || kind === "justering";
    });
    const insert = whole
      ? insertAfterControl(whole)
      : !inSection
        ? insertAfter(anchor)
        : next
          ? insertBefore(next)
          : appendTo(context.document.body);
    writeBlocks(insert, blocks);
    await context.sync();
  });
}
