import type { Agenda } from "../../shared/model/meeting";

/**
 * The contract between the clip content script and the extension contexts that inject it. The script
 * installs one function under this global of the extension's isolated world; a second injection calls it,
 * because a file injection cannot return a value of its own.
 */
export const CLIP_GLOBAL = "__samverkansprotokollClip";

export type ClipMode = "page" | "selection";

export type ContentClipResult =
  | { ok: true; agenda: Agenda; url: string; title: string }
  | { ok: false; reason: "noSelection" | "noItems" };
