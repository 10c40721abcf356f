/**
 * Item numbers as Swedish agendas write them: "Punkt 7", "Ärende 7", "Nr 7", "§ 12", "12 §", "7.", "7)",
 * "7 a", "7a", "6 A", "1 X", "4 ½", "12 a)", "9.1", "a)" and a bare "7" before a capitalised title (common in
 * PDF agendas). Paragraph numbers keep their sign ("§ 12") because the minutes refer to them that way; all
 * other forms become the plain number with an optional suffix ("7 a", "6 A", "4 ½", "9.1").
 */
export interface NumberMatch {
  number: string;
  /** The text after the number, with the separator after the number removed. */
  rest: string;
}

/** Where a number stands in an agenda's order: 6 < 6 A < 6 B < 7; 4 < 4 ½ < 5; 9 < 9.1 < 9.2 < 10. */
export interface NumberKey {
  base: number;
  sub: number;
}

// A one-letter suffix ("7 a", "6 A", "1 X") or a half ("4 ½"), only when no other letter, digit or dash
// follows ("7 april" is not "7 a", "3 A-kassa" is no suffix). An asterisk right after it marks an item behind
// closed doors ("§ 76*") and is no part of the number.
const SUFFIX = String.raw`(?:\s?([a-zA-Z])(?![\p{L}\d-])|\s?(½|1\/2)(?![\d/]))?\*?`;
const SEP = String.raw`\s*[.:)–-]?(?:\s+|$)`;
// After a label word ("Punkt 6", "§ 6") the number is known as one even where the title was typed against it
// ("Punkt 6Bidrag …", a space lost in a mail): a capitalised word right after the digits is the title.
const LABELLED_SEP = String.raw`(?:${SEP}|(?=\p{Lu}\p{Ll}))`;
// Text that may start a title: not a lower-case word ("Punkt 5 gällande …", "Ärende 5 är undantaget").
const TITLE_START = String.raw`(?!\s*\p{Ll})`;

interface Form {
  pattern: RegExp;
  paragraph: boolean;
}

const FORMS: Form[] = [
  {
    // Case spelt out: with the "i" flag \p{Ll} would match capitals too.
    pattern: new RegExp(
      String.raw`^(?:(?:[Pp]unkt|PUNKT|[Ää]rende|ÄRENDE)(?:\s+(?:nr|NR)\.?)?|[Nn]r\.?|NR\.?)\s*(\d{1,3})${SUFFIX}${LABELLED_SEP}${TITLE_START}`,
      "u",
    ),
    paragraph: false,
  },
  {
    pattern: new RegExp(String.raw`^§\s*(\d{1,4})${SUFFIX}${LABELLED_SEP}${TITLE_START}`, "u"),
    paragraph: true,
  },
  { pattern: new RegExp(String.raw`^(\d{1,4})${SUFFIX}\s*§${SEP}${TITLE_START}`, "u"), paragraph: true },
  // Lettered items as Word's "A)" and "a)" lists write them, and "a." as typed sub-items are; "A." is left
  // alone, it is usually an initial ("A. Berg"), and "a." takes a title after it or stands alone (a number cell).
  { pattern: new RegExp(String.raw`^([A-Za-z])\)(?:\s+|$)${TITLE_START}`, "u"), paragraph: false },
  { pattern: new RegExp(String.raw`^([a-z])\.(?:\s+${TITLE_START}(?=\S)|$)`, "u"), paragraph: false },
  // "6.a Tillsyn", "6.b": a letter after the point.
  {
    pattern: new RegExp(String.raw`^(\d{1,3})\.([a-zA-Z])(?![\p{L}\d])[.)]?\s+${TITLE_START}`, "u"),
    paragraph: false,
  },
  // Sub-items "9.1 Remiss", "4.2.1 Delegationsbeslut": a decimal number, two or three levels, before a
  // capitalised title (not "7.5 miljoner", nor a date "12.03.25" or an amount "3.500.000"), nor a clock time:
  // no sub-item is numbered 0 ("13.00", "9.00 Kaffe") and no item's number has a leading zero before two
  // digits ("08.30 Samling").
  {
    pattern:
      /^(?!\d{1,2}\.00?(?!\d)|0\d\.\d\d(?!\d))(\d{1,3}\.\d{1,2}(?:\.\d)?)\.?(?:\s+(?=[\p{Lu}"”«(])|$)/u,
    paragraph: false,
  },
  // "7." and "7)" but not "7.1" or "7.5 miljoner"; the closed doors' asterisk also after the point ("5.*").
  {
    pattern: new RegExp(String.raw`^(\d{1,3})${SUFFIX}\s*[.)]\*?(?!\d)\s*${TITLE_START}`, "u"),
    paragraph: false,
  },
  // A bare number needs a capitalised title after it, or nothing at all (a number cell).
  {
    pattern: new RegExp(String.raw`^(\d{1,3})${SUFFIX}(?:\s*[:–-])?(?:\s+(?=[\p{Lu}"”«(])|$)`, "u"),
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
      return {
        number: format(match[1], match[2] ?? match[3], paragraph),
        rest: text.slice(match[0].length).trim(),
      };
    }
  }
  return null;
}

// A list position printed before an item's own number ("3 | 4 Budget", "2 · § 43 Upprop", "3/4", "1 – 2",
// "3 4" where two elements meet): up to three digits (a year, "2024 | 5", is none), then a separator; a
// point, colon or dash needs a space after it, so "12.3", "13:00" and "4-6" stay what they are, and a space
// alone follows at most two digits, so a postcode ("597 80 Åtvidaberg") is none.
const POSITION = /^(?:\d{1,3}(?:\s*[|¦│/·•▪]\s*|\s*[.:)–—-]\s+)|\d{1,2}\s+)(?=[\d§])/u;

/** The own number after a list position and the title after it, or null where no position stands first. */
export function afterListPosition(text: string): NumberMatch | null {
  const position = POSITION.exec(text);
  if (!position) return null;
  const own = parseItemNumber(text.slice(position[0].length));
  return own?.rest ? own : null;
}

// A clock time in a schedule column before the item's number ("09.00   1. Upprop", "kl. 10.15  7 Budget",
// "13:30 § 5", "13.00   Punkt 1"): a valid hour and minute, then the number, bare or after its label word. A
// sub-item "10.15" takes a capitalised title, never a number, so a time is all it can be there.
const CLOCK_TIME = String.raw`(?:[01]?\d|2[0-3])[.:][0-5]\d`;
/** A schedule's clock time as a line opens with it ("09.00", "kl. 13:30"): for the readers of a schedule column. */
export const SCHEDULE_TIME = String.raw`(?:kl\.?\s*)?${CLOCK_TIME}`;
const LEADING_TIME = new RegExp(
  String.raw`^${SCHEDULE_TIME}(?:\s*[–-]\s*${CLOCK_TIME})?\s+(?=[\d§]|(?:punkt|ärende|nr\.?)\s*\d)`,
  "iu",
);

/** The length of a schedule's clock time before an item's number at the start of `text`, or 0. */
export function leadingTimeLength(text: string): number {
  return LEADING_TIME.exec(text)?.[0].length ?? 0;
}

/** The number when `text` is nothing but an item number (a table's number cell, a portal's number badge). */
export function parseNumberOnly(text: string): string | null {
  const match = parseItemNumber(text);
  return match && match.rest === "" ? match.number : null;
}

/** A lone letter ("a", "B"): a sub-item that takes its parent's number ("12 a"). */
export const isLetterNumber = (number: string): boolean => /^[A-Za-z]$/.test(number);

/** The order of a number, or null for a lone letter whose parent is not known. */
export function numberKey(number: string): NumberKey | null {
  const match = /^(?:§\s*)?(\d{1,4})(?:\.(\d{1,2})(?:\.(\d))?|\s?([A-Za-z])|\s?(½|1\/2))?$/.exec(number);
  if (!match) return null;
  const base = Number(match[1]);
  // "4.2.1" after "4.2" and before "4.3".
  if (match[2]) return { base, sub: Number(match[2]) + Number(match[3] ?? 0) / 10 };
  if (match[4]) return { base, sub: match[4].toLowerCase().charCodeAt(0) - 96 };
  if (match[5]) return { base, sub: 0.5 };
  return { base, sub: 0 };
}

export const keyAfter = (a: NumberKey, b: NumberKey): boolean =>
  a.base > b.base || (a.base === b.base && a.sub > b.sub);

// A bare number typed against its title, as text copied from a page that sets the number in an element of its
// own gives it ("4Verksamhetsberättelse 2024"): one to three digits, then a capitalised word.
const GLUED = /^(\d{1,3})(?=\p{Lu}\p{Ll}{2})/u;
// So many such lines, numbered one after the other, make them a list's numbers rather than a title's digits.
const GLUED_RUN = 3;

/**
 * The indexes of the texts that open with a number glued to a capitalised word and that make up the longest
 * run of consecutive numbers of such texts (3, 4, 5 …), when that run is three lines or more; none otherwise.
 * One pass: each run waits under the number that would continue it.
 */
export function gluedNumberLines(texts: readonly string[]): number[] {
  const runs = new Map<number, number[]>();
  let longest: number[] = [];
  texts.forEach((text, index) => {
    const digits = GLUED.exec(text)?.[1];
    if (!digits) return;
    const number = Number(digits);
    const run = runs.get(number) ?? [];
    runs.delete(number);
    run.push(index);
    runs.set(number + 1, run);
    if (run.length > longest.length) longest = run;
  });
  return longest.length >= GLUED_RUN ? longest : [];
}

/** The text with a space after the number `gluedNumberLines` found glued to it. */
export const gluedNumberApart = (text: string): string => text.replace(GLUED, "$1 ");
