import type { Agenda, Notice } from "../model/meeting";

/**
 * The agenda with one more notice of what was left out (see `Agenda.notices`). Notices are catalogue keys:
 * the extractor, which runs in a content script, carries no strings; `notice-text.ts` writes them out.
 */
export function withNotice(agenda: Agenda, notice: Notice): Agenda {
  return { ...agenda, notices: [...(agenda.notices ?? []), notice] };
}
