/**
 * Item numbers as Swedish agendas write them: "Punkt 7", "Ärende 7", "Nr 7", "§ 12", "12 §", "7.", "7)",
 * "7 a", "7a", "a)" and a bare "7" before a capitalised title (common in PDF agendas). Paragraph numbers keep
 * their sign ("§ 12") because the minutes refer to them that way; all other forms become the plain
 * number with an optional letter suffix ("7 a").
 */
export interface NumberMatch {
  number: string;
  /** The text after the number, with the separator after the number removed. */
  rest: string;
}

// A letter suffix only counts when no other letter follows ("7 april" is not "7 a").
const SUFFIX = String.raw`(?:\s?([a-h])(?![\p{L}\d]))?`;
const SEP = String.raw`\s*[.:)–-]?(?:\s+|$)`;

interface Form {
  pattern: RegExp;
  paragraph: boolean;
}

const FORMS: Form[] = [
  {
    pattern: new RegExp(String.raw`^(?:punkt|ärende|nr\.?)\s*(\d{1,3})${SUFFIX}${SEP}`, "iu"),
    paragraph: false,
  },
  { pattern: new RegExp(String.raw`^§\s*(\d{1,4})${SUFFIX}${SEP}`, "u"), paragraph: true },
  { pattern: new RegExp(String.raw`^(\d{1,4})${SUFFIX}\s*§${SEP}`, "u"), paragraph: true },
  // Lettered items as Word's "A)" and "a)" lists write them; "A." is left alone, it is usually an initial.
  { pattern: /^([A-Za-z])\)\s+/u, paragraph: false },
  // "7." and "7)" but not "7.1" or "7.5 miljoner".
  { pattern: new RegExp(String.raw`^(\d{1,3})${SUFFIX}\s*[.)](?!\d)\s*`, "u"), paragraph: false },
  // A bare number needs a capitalised title after it, or nothing at all (a number cell).
  {
    pattern: new RegExp(String.raw`^(\d{1,3})${SUFFIX}(?:\s*[:–-])?(?:\s+(?=[\p{Lu}"”«])|$)`, "u"),
    paragraph: false,
  },
];

function format(digits: string, suffix: string | undefined, paragraph: boolean): string {
  const base = /^\d+$/.test(digits) ? String(Number(digits)) : digits;
  const withSuffix = suffix ? `${base} ${suffix}` : base;
  return paragraph ? `§ ${withSuffix}` : withSuffix;
}

/** The item number at the start of `text` (already cleaned), or null when the text does not start with one. */
export function parseItemNumber(text: string): NumberMatch | null {
  for (const { pattern, paragraph } of FORMS) {
    const match = pattern.exec(text);
    if (match?.[1]) {
      return { number: format(match[1], match[2], paragraph), rest: text.slice(match[0].length).trim() };
    }
  }
  return null;
}

/** The number when `text` is nothing but an item number (a table's number cell, a portal's number badge). */
export function parseNumberOnly(text: string): string | null {
  const match = parseItemNumber(text);
  return match && match.rest === "" ? match.number : null;
}
