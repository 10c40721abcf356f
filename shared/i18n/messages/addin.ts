import type { Messages } from "./types";

/** Strings of the Word adapter, manifest and ribbon commands ("word." keys). */
export const addinMessages = {} as const satisfies Messages;
