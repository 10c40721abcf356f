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
import {
  appendTo,
  insertAfter,
  insertAfterControl,
  insertAtStart,
  insertBefore,
  writeBlocks,
} from "./write-blocks";

/**
 * New minutes: in an empty document from its first line, so the title comes first (a new document's one empty
 * paragraph stays below as the last); else at the document's end. Two syncs: whether the document is empty is
 * read first (its first two paragraphs' text).
 */
export async function newMinutes(template: Template, meeting: Meeting): Promise<void> {
  await Word.run(async (context) => {
    const body = context.document.body;
    const opening = body.paragraphs;
    opening.load({ select: "text", top: 2 });
    await context.sync();
    const empty = opening.items.length === 1 && opening.items[0]!.text === "";
    const blocks = minutesBlocks(template, meeting);
    // Some paragraph must follow the justering block, so it is never the document's last paragraph.
    if (empty) writeBlocks(insertAtStart(body), blocks);
    else writeBlocks(appendTo(body), [...blocks, paragraph("")]);
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
