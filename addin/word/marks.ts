import { t } from "../../shared/i18n/i18n";
import { orgDisplayName } from "../../shared/unions/resolve";
import { formatTag, type Mark, type MarkKind } from "./tags";

/**
 * How a mark looks in Word. Statements and disagreements show as tags around the text (they sit inside
 * running prose); sections, agenda items and the justering block as boxes. Colours follow Fluent 2 tokens
 * so a mark reads the same in the pane and in the document.
 */
const APPEARANCE: Record<MarkKind, "Tags" | "BoundingBox"> = {
  punkt: "BoundingBox",
  inspel: "Tags",
  oenighet: "Tags",
  agenda: "BoundingBox",
  justering: "BoundingBox",
};

export const MARK_COLOURS: Record<MarkKind, string> = {
  punkt: "#616161",
  inspel: "#0F6CBD",
  oenighet: "#C50F1F",
  agenda: "#107C10",
  justering: "#5C2E91",
};

// Word shows the title on the control's tab; long titles are cut there anyway.
const MAX_TITLE = 80;

// The catalogue writes the employer in lower case for running text ("för arbetsgivaren"); a title starts a line.
const titleName = (org: string) => {
  const name = orgDisplayName(org);
  return name.charAt(0).toLocaleUpperCase("sv") + name.slice(1);
};

const sv = (key: Parameters<typeof t>[0], params?: Record<string, string>) => t(key, params, "sv");

/** The Swedish title Word shows on the mark; `label` is the section or item title where the kind has one. */
export function markTitle(mark: Mark, label = ""): string {
  let title: string;
  switch (mark.kind) {
    case "inspel":
      title = sv("word.mark.inspel", { org: titleName(mark.org) });
      break;
    case "oenighet":
      title = sv("word.mark.oenighet", { orgs: mark.orgs.map(titleName).join(", ") });
      break;
    case "punkt":
      title = sv("word.mark.punkt", { title: label });
      break;
    case "agenda":
      title = sv("word.mark.agenda", { title: label });
      break;
    case "justering":
      title = sv("word.mark.justering");
      break;
  }
  return title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1)}…` : title;
}

/** Queues the tag, title and look of a mark on a content control (no sync). */
export function applyMark(control: Word.ContentControl, mark: Mark, label?: string): void {
  control.tag = formatTag(mark);
  control.title = markTitle(mark, label);
  control.appearance = APPEARANCE[mark.kind];
  control.color = MARK_COLOURS[mark.kind];
}
