import type { Messages } from "./types";

/** Strings of the analysis part. */
export const analysisMessages = {} as const satisfies Messages;
