/**
 * Character references in markup ("&amp;", "&#8211;", "&#xE5;"), written out once: "&amp;amp;" gives "&amp;".
 * One decoder for every reader of escaped text (clipboard HTML, Word's XML parts, portals' JSON): bounded names
 * and digits, so a hostile run of letters or digits costs linear time.
 */
const REFERENCE = /&(?:([A-Za-z]{2,8})|#(\d{1,7})|#[xX]([\da-fA-F]{1,6}));/g;

/** The names every serialiser may write: markup's own and the no-break space. */
export const MARKUP_NAMES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
};

// A number that names no character (0, a surrogate, past U+10FFFF) is a space, as browsers show U+FFFD: never NUL.
const referenced = (code: number): string =>
  code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : " ";

// Only the table's own names: "&valueOf;" must not find Object's method.
const own = (names: Readonly<Record<string, string>>, name: string): string | undefined =>
  Object.hasOwn(names, name) ? names[name] : undefined;

/** The text with its references decoded; a name outside `names` stays as written. Names match exactly, then in lower case. */
export function decodeReferences(
  text: string,
  names: Readonly<Record<string, string>> = MARKUP_NAMES,
): string {
  if (!text.includes("&")) return text;
  return text.replace(
    REFERENCE,
    (whole: string, name: string | undefined, decimal: string | undefined, hex: string | undefined) =>
      name
        ? (own(names, name) ?? own(names, name.toLowerCase()) ?? whole)
        : referenced(decimal ? Number(decimal) : Number.parseInt(hex ?? "", 16)),
  );
}
