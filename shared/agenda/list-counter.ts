import type { Numbering } from "./docx-numbering-types";

/**
 * Word's list counters: how a level's number is formatted (numFmt) and how counters advance through a
 * document, so a paragraph's number text ("§ 46 a", "7.") can be rebuilt from its list and level.
 */
const ROMAN: [number, string][] = [
  [1000, "m"],
  [900, "cm"],
  [500, "d"],
  [400, "cd"],
  [100, "c"],
  [90, "xc"],
  [50, "l"],
  [40, "xl"],
  [10, "x"],
  [9, "ix"],
  [5, "v"],
  [4, "iv"],
  [1, "i"],
];

function roman(value: number): string {
  let rest = value;
  let out = "";
  for (const [amount, letters] of ROMAN) {
    while (rest >= amount) {
      out += letters;
      rest -= amount;
    }
  }
  return out;
}

function letters(value: number): string | null {
  // Word repeats the letter after z: 27 → "aa". Past the longest number text there is nothing to spell.
  const count = Math.floor((value - 1) / 26) + 1;
  if (value < 1 || count > MAX_NUMBER_TEXT) return null;
  return String.fromCharCode(97 + ((value - 1) % 26)).repeat(count);
}

/** Word's largest list counter. */
export const MAX_COUNTER = 32767;

/** Longer number text is no item number (an item's number fits the clip envelope's 20 characters). */
export const MAX_NUMBER_TEXT = 20;

/** A counter in a level's format; null for bullets and unnumbered levels. */
export function formatCounter(value: number, format: string): string | null {
  // Counters past Word's 32767 are clamped (w:start="500000000" on a letter list would spell millions of "z").
  const clamped = Math.min(Math.max(Number.isFinite(value) ? value : 0, 0), MAX_COUNTER);
  switch (format) {
    case "decimal":
      return String(clamped);
    case "decimalZero":
      return String(clamped).padStart(2, "0");
    case "lowerLetter":
      return letters(clamped);
    case "upperLetter":
      return letters(clamped)?.toUpperCase() ?? null;
    case "lowerRoman":
      return roman(clamped);
    case "upperRoman":
      return roman(clamped).toUpperCase();
    default:
      return null;
  }
}

/** Counts list paragraphs in document order, as Word does, and renders their number text. */
export class ListCounter {
  private readonly counters = new Map<string, number[]>();
  private readonly startedNums = new Set<string>();

  constructor(private readonly numbering: Numbering) {}

  next(numId: string, levelIndex: number): string | null {
    const num = this.numbering.nums.get(numId);
    const levels = num && this.numbering.abstract.get(num.abstractId);
    const level = levels?.get(levelIndex);
    if (!num || !levels || !level) return null;
    let counters = this.counters.get(num.abstractId);
    // A list instance with a start override restarts the shared list definition the first time it is used.
    if (!counters || (!this.startedNums.has(numId) && num.startOverrides.size > 0)) {
      counters = [];
      this.counters.set(num.abstractId, counters);
    }
    this.startedNums.add(numId);
    const startOf = (index: number): number => num.startOverrides.get(index) ?? levels.get(index)?.start ?? 1;
    counters[levelIndex] = Math.min((counters[levelIndex] ?? startOf(levelIndex) - 1) + 1, MAX_COUNTER);
    counters.length = levelIndex + 1;
    if (level.text === "" || formatCounter(1, level.format) === null) return null;
    let missing = false;
    const text = level.text.replace(/%([1-9])/g, (_, digit: string) => {
      const index = Number(digit) - 1;
      const format = levels.get(index)?.format ?? "decimal";
      const value = counters[index] ?? startOf(index);
      const shown = formatCounter(value, format);
      if (shown === null) missing = true;
      return shown ?? "";
    });
    return missing || text.length > MAX_NUMBER_TEXT ? null : text;
  }
}
