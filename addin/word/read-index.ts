import { parseTag } from "../../shared/document/tags";
import { itemOfTitle } from "./marks";
import type { DocumentIndex, IndexSection } from "./ops";

export interface ControlData {
  id: number;
  tag: string;
  title: string;
  text: string;
}

/** The first line of a control's text: for a section or agenda item, its heading as the user left it. */
export function firstLine(text: string): string {
  return (text.split(/[\r\n\v\f\u2028\u2029]/)[0] ?? "").trim();
}

/**
 * The index from the document's content controls, in document order. A statement or disagreement belongs to
 * the nearest section or agenda item before it: Word lists an enclosing control before the ones inside it.
 * Without one (minutes written without the add-in) it belongs to the item recorded in its own title, which
 * has a title but no section id.
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

/** Queues loading only what the index needs from every content control (one batch, filtered in JS). */
export function loadControls(context: Word.RequestContext): Word.ContentControlCollection {
  const controls = context.document.contentControls;
  controls.load("id,tag,title,text");
  return controls;
}

export function controlData(controls: Word.ContentControlCollection): ControlData[] {
  return controls.items.map((control) => ({
    id: control.id,
    tag: control.tag,
    title: control.title,
    text: control.text,
  }));
}

/** Reads the index with one sync, whatever the document's size. */
export async function readIndex(): Promise<DocumentIndex> {
  return Word.run(async (context) => {
    const controls = loadControls(context);
    await context.sync();
    return indexFromControls(controlData(controls));
  });
}
