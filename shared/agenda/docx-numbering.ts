/**
 * Word's automatic list numbers ("§ 45", "7.") are not text in a DOCX: each numbered paragraph only
 * points (w:numPr) at a list definition in word/numbering.xml, and mammoth drops the numbers. This module
 * recomputes the number text of every numbered paragraph and writes it into document.xml as a leading
 * run, so the agenda keeps its numbers. Word's XML is machine-written, so a tag scanner suffices.
 */
interface Tag {
  name: string;
  attributes: Record<string, string>;
  closing: boolean;
  selfClosing: boolean;
  start: number;
  end: number;
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (!name.startsWith("#")) return ENTITIES[name] ?? whole;
    const code = /^#x/i.test(name) ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function* tags(xml: string): Generator<Tag> {
  const pattern = /<(\/?)([A-Za-z_][\w.-]*:?[\w.-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
  for (const match of xml.matchAll(pattern)) {
    const attributes: Record<string, string> = {};
    for (const attribute of (match[3] ?? "").matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      attributes[attribute[1] ?? ""] = decodeEntities(attribute[2] ?? attribute[3] ?? "");
    }
    yield {
      name: match[2] ?? "",
      attributes,
      closing: match[1] === "/",
      selfClosing: match[4] === "/",
      start: match.index,
      end: match.index + match[0].length,
    };
  }
}

const val = (tag: Tag): string | undefined => tag.attributes["w:val"];

export interface Level {
  start: number;
  format: string;
  text: string;
}

export interface Numbering {
  /** abstractNumId → level index → level. */
  abstract: Map<string, Map<number, Level>>;
  /** numId → its abstractNumId and the levels whose start it overrides. */
  nums: Map<string, { abstractId: string; startOverrides: Map<number, number> }>;
}

export function parseNumbering(xml: string): Numbering {
  const abstract = new Map<string, Map<number, Level>>();
  const nums = new Map<string, { abstractId: string; startOverrides: Map<number, number> }>();
  let levels: Map<number, Level> | null = null;
  let level: Level | null = null;
  let num: { abstractId: string; startOverrides: Map<number, number> } | null = null;
  let overrideLevel: number | null = null;
  for (const tag of tags(xml)) {
    if (tag.closing) {
      if (tag.name === "w:abstractNum") levels = null;
      else if (tag.name === "w:lvl") level = null;
      else if (tag.name === "w:num") num = null;
      continue;
    }
    switch (tag.name) {
      case "w:abstractNum":
        levels = new Map();
        abstract.set(tag.attributes["w:abstractNumId"] ?? "", levels);
        break;
      case "w:lvl":
        if (levels) {
          level = { start: 1, format: "decimal", text: "" };
          levels.set(Number(tag.attributes["w:ilvl"] ?? 0), level);
        }
        break;
      case "w:start":
        if (level) level.start = Number(val(tag) ?? 1);
        break;
      case "w:numFmt":
        if (level) level.format = val(tag) ?? "decimal";
        break;
      case "w:lvlText":
        if (level) level.text = val(tag) ?? "";
        break;
      case "w:num":
        num = { abstractId: "", startOverrides: new Map() };
        nums.set(tag.attributes["w:numId"] ?? "", num);
        break;
      case "w:abstractNumId":
        if (num) num.abstractId = val(tag) ?? "";
        break;
      case "w:lvlOverride":
        overrideLevel = Number(tag.attributes["w:ilvl"] ?? 0);
        break;
      case "w:startOverride":
        if (num && overrideLevel !== null) num.startOverrides.set(overrideLevel, Number(val(tag) ?? 1));
        break;
    }
  }
  return { abstract, nums };
}

/** Paragraph style id → the list it is numbered with ("List Number" styles number without a w:numPr). */
export function parseStyleNumbering(xml: string): Map<string, { numId: string; level: number }> {
  const styles = new Map<string, { numId: string; level: number }>();
  let styleId: string | null = null;
  let level = 0;
  for (const tag of tags(xml)) {
    if (tag.name === "w:style") {
      styleId = tag.closing ? null : (tag.attributes["w:styleId"] ?? null);
      level = 0;
    } else if (styleId && tag.name === "w:ilvl" && !tag.closing) level = Number(val(tag) ?? 0);
    else if (styleId && tag.name === "w:numId" && !tag.closing)
      styles.set(styleId, { numId: val(tag) ?? "", level });
  }
  return styles;
}

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

function letters(value: number): string {
  // Word repeats the letter after z: 27 → "aa".
  const letter = String.fromCharCode(97 + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

/** A counter in a level's format; null for bullets and unnumbered levels. */
export function formatCounter(value: number, format: string): string | null {
  switch (format) {
    case "decimal":
      return String(value);
    case "decimalZero":
      return String(value).padStart(2, "0");
    case "lowerLetter":
      return letters(value);
    case "upperLetter":
      return letters(value).toUpperCase();
    case "lowerRoman":
      return roman(value);
    case "upperRoman":
      return roman(value).toUpperCase();
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
    counters[levelIndex] = (counters[levelIndex] ?? startOf(levelIndex) - 1) + 1;
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
    return missing ? null : text;
  }
}

const escapeXml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * document.xml with each numbered paragraph's number written as its first run. Paragraphs nested in
 * text boxes are counted too, as Word counts them.
 */
export function injectListNumbers(
  documentXml: string,
  numbering: Numbering,
  styles: Map<string, { numId: string; level: number }> = new Map(),
): string {
  const counter = new ListCounter(numbering);
  const insertions: { at: number; text: string }[] = [];
  interface Paragraph {
    insertAt: number;
    numId: string | null;
    level: number | null;
    style: string | null;
    inProperties: boolean;
  }
  const stack: Paragraph[] = [];
  for (const tag of tags(documentXml)) {
    const paragraph = stack.at(-1);
    if (tag.name === "w:p") {
      if (tag.closing) {
        const done = stack.pop();
        if (done) {
          const fromStyle = done.style ? styles.get(done.style) : undefined;
          const numId = done.numId ?? fromStyle?.numId;
          const level = done.level ?? fromStyle?.level ?? 0;
          const text = numId && numId !== "0" ? counter.next(numId, level) : null;
          if (text) insertions.push({ at: done.insertAt, text });
        }
      } else if (!tag.selfClosing) {
        stack.push({ insertAt: tag.end, numId: null, level: null, style: null, inProperties: false });
      }
      continue;
    }
    if (!paragraph) continue;
    if (tag.name === "w:pPr") {
      paragraph.inProperties = !tag.closing && !tag.selfClosing;
      if (tag.closing || tag.selfClosing) paragraph.insertAt = tag.end;
    } else if (paragraph.inProperties && !tag.closing) {
      if (tag.name === "w:numId") paragraph.numId = val(tag) ?? null;
      else if (tag.name === "w:ilvl") paragraph.level = Number(val(tag) ?? 0);
      else if (tag.name === "w:pStyle") paragraph.style = val(tag) ?? null;
    }
  }
  let xml = documentXml;
  for (const { at, text } of insertions.sort((a, b) => b.at - a.at)) {
    const run = `<w:r><w:t xml:space="preserve">${escapeXml(text)} </w:t></w:r>`;
    xml = xml.slice(0, at) + run + xml.slice(at);
  }
  return xml;
}
