import type { Messages } from "./types";

/** Strings of the pane part. */
export const paneMessages = {} as const satisfies Messages;
