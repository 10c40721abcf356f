import type { Level, Numbering } from "./docx-numbering-types";
import { tags, val } from "./docx-xml";
import { ListCounter, MAX_COUNTER } from "./list-counter";

/**
 * Word's automatic list numbers ("§ 45", "7.") are not text in a DOCX: each numbered paragraph only
 * points (w:numPr) at a list definition in word/numbering.xml, and mammoth drops the numbers. This module
 * recomputes the number text of every numbered paragraph and writes it into document.xml as a leading
 * run, so the agenda keeps its numbers.
 */

/** Word's counters run from 0 to 32767 (the largest start its list dialog accepts); a hostile value is clamped. */
function counterValue(text: string | undefined, fallback: number): number {
  const value = Number.parseInt(text ?? "", 10);
  return Number.isFinite(value) ? Math.min(Math.max(value, 0), MAX_COUNTER) : fallback;
}

/** List levels are 0–8. */
const levelIndex = (text: string | undefined): number =>
  Math.min(Math.max(Number.parseInt(text ?? "0", 10) || 0, 0), 8);

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
          levels.set(levelIndex(tag.attributes["w:ilvl"]), level);
        }
        break;
      case "w:start":
        if (level) level.start = counterValue(val(tag), 1);
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
        overrideLevel = levelIndex(tag.attributes["w:ilvl"]);
        break;
      case "w:startOverride":
        if (num && overrideLevel !== null) num.startOverrides.set(overrideLevel, counterValue(val(tag), 1));
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
    } else if (styleId && tag.name === "w:ilvl" && !tag.closing) level = levelIndex(val(tag));
    else if (styleId && tag.name === "w:numId" && !tag.closing)
      styles.set(styleId, { numId: val(tag) ?? "", level });
  }
  return styles;
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
      else if (tag.name === "w:ilvl") paragraph.level = levelIndex(val(tag));
      else if (tag.name === "w:pStyle") paragraph.style = val(tag) ?? null;
    }
  }
  // One pass over the text: the insertions joined in order (splicing each into the whole string would be
  // quadratic in the number of numbered paragraphs).
  const parts: string[] = [];
  let from = 0;
  for (const { at, text } of insertions.sort((a, b) => a.at - b.at)) {
    parts.push(documentXml.slice(from, at), `<w:r><w:t xml:space="preserve">${escapeXml(text)} </w:t></w:r>`);
    from = at;
  }
  parts.push(documentXml.slice(from));
  return parts.join("");
}
