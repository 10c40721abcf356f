import type { Messages } from "./types";

/** Strings of the addin part. */
export const addinMessages = {} as const satisfies Messages;
