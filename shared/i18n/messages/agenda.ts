import type { Messages } from "./types";

/** Strings of the agenda part. */
export const agendaMessages = {} as const satisfies Messages;
