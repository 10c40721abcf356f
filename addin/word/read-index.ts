import { parseTag } from "../../shared/document/tags";
import { itemOfTitle } from "./marks";
import type { DocumentIndex, IndexSection } from "./ops";
import { supportsWordApi } from "./requirements";
import { firstLine } from "./structure";

export interface ControlData {
  id: number;
  tag: string;
  title: string;
  text: string;
}

/**
 * The index from the document's content controls, in document order. A statement or disagreement belongs to
 * the nearest section or agenda item before it: a heading control before the text it heads, or (in older
 * documents) the whole-section control around it, which Word lists before the ones inside it. Without one
 * (minutes written without the add-in) it belongs to the item recorded in its own title, which has a title
 * but no section id.
 */
export function indexFromControls(controls: readonly ControlData[]): DocumentIndex {
  const index: DocumentIndex = {
    sections: [],
    statements: [],
    disagreements: [],
    agendaItemKeys: [],
    hasJustering: false,
  };
  let current: IndexSection | undefined;
  const belongsTo = (control: ControlData) => {
    if (current) return { sectionId: current.id, sectionTitle: current.title };
    const item = itemOfTitle(control.title);
    return item ? { sectionTitle: item } : {};
  };
  const inAgendaItem = () =>
    current && parseTag(current.tag)?.kind === "agenda" ? { agendaItem: true } : {};
  for (const control of controls) {
    const mark = parseTag(control.tag);
    if (!mark) continue;
    switch (mark.kind) {
      case "section":
      case "agenda":
        current = {
          id: String(control.id),
          tag: control.tag,
          title: firstLine(control.text) || control.title,
        };
        index.sections.push(current);
        if (mark.kind === "agenda") index.agendaItemKeys.push(mark.key);
        break;
      case "statement":
        index.statements.push({
          id: String(control.id),
          org: mark.org,
          ...belongsTo(control),
          text: control.text.trim(),
        });
        break;
      case "disagreement":
        index.disagreements.push({
          id: String(control.id),
          orgs: mark.orgs,
          ...belongsTo(control),
          ...inAgendaItem(),
          text: control.text.trim(),
        });
        break;
      case "justering":
        index.hasJustering = true;
        current = undefined;
        break;
    }
  }
  return index;
}

/**
 * Reads what the index needs of every content control: id, tag, title and text (with heading controls the
 * text is the headings and the marked paragraphs, what the lists show). One sync; under track changes
 * (WordApi 1.4) a second one reads the marks as the reader sees them, since `text` still holds deleted runs
 * (office-js #1267). Without WordApi 1.4 the mode cannot be asked and deleted text stays in.
 */
export async function readControls(context: Word.RequestContext): Promise<{
  data: ControlData[];
  controls: Word.ContentControl[];
}> {
  const controls = context.document.contentControls;
  controls.load("id,tag,title,text");
  const reviewable = supportsWordApi("1.4");
  const document = context.document;
  if (reviewable) document.load("changeTrackingMode");
  await context.sync();
  const data = controls.items.map((control) => ({
    id: control.id,
    tag: control.tag,
    title: control.title,
    text: control.text,
  }));
  if (reviewable && document.changeTrackingMode !== "Off") {
    const reviewed = controls.items.map((control) =>
      parseTag(control.tag) ? control.getReviewedText("Current") : null,
    );
    await context.sync();
    reviewed.forEach((result, at) => {
      if (result) data[at]!.text = result.value;
    });
  }
  return { data, controls: controls.items };
}

/** Reads the index: one sync whatever the document's size (two under track changes). */
export async function readIndex(): Promise<DocumentIndex> {
  return Word.run(async (context) => indexFromControls((await readControls(context)).data));
}
