import type { Agenda, Notice } from "../../shared/model/meeting";

/**
 * The contract between the clip content script and the extension contexts that inject it. The script
 * installs one function under this global of the extension's isolated world; a second injection calls it,
 * because a file injection cannot return a value of its own.
 */
export const CLIP_GLOBAL = "__samverkansprotokollClip";

export type ClipMode = "page" | "selection";

/**
 * What the content script hands over: at most the envelope's 500 items, with a notice counting the rest.
 * A page that lists no items may say why (the agenda is in the kallelse PDF, the portal needs a login),
 * and where the agenda document is.
 */
export type ContentClipResult =
  | { ok: true; agenda: Agenda; url: string; title: string }
  | { ok: false; reason: "noSelection" | "noItems" }
  | { ok: false; reason: "notice"; notices: Notice[] };
