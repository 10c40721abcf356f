/**
 * Text from a page or a file made inert for the minutes and for a terminal: terminal escape sequences go
 * whole (so no "[31m" is left behind), then every other control character — C0 (U+0000–U+001F), DEL and
 * C1 (U+0080–U+009F, where U+009B is a one-character escape) — except tab and line breaks, which become a
 * space in the envelope's one-line fields.
 */
// CSI (ESC [ or the one-character U+009B, then parameters and a final byte), OSC (ESC ] … BEL or ESC \),
// and any other ESC with the one character it escapes. Linear: each alternative consumes what it reads.
const ESCAPE_SEQUENCE =
  /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]?|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[^[\]]?/g;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const LINE_BREAK_OR_TAB = /[\t\n\r]/g;

function stripControls(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, "").replace(CONTROL, "");
}

/** For one-line fields (titles, numbers, names): also tabs and line breaks become spaces. */
export function oneLine(text: string): string {
  return stripControls(text).replace(LINE_BREAK_OR_TAB, " ");
}

/** True when the text holds a control character (C0, DEL or C1), tab and line breaks included. */
export const hasControl = (text: string): boolean => /[\u0000-\u001f\u007f-\u009f]/.test(text);
