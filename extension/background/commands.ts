/**
 * Names the worker and the manifest share. The manifest generator (build time) imports them from here, never
 * the other way round, so the worker carries no build code.
 */
export const COMMAND_CLIP_SELECTION = "clip-selection";

export const MENU_CLIP_SELECTION = "clip-selection";
export const MENU_CLIP_PAGE = "clip-page";
