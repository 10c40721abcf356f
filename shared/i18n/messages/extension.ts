import type { Messages } from "./types";

/** Strings of the extension part. */
export const extensionMessages = {} as const satisfies Messages;
