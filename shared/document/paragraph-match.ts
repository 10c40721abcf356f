/**
 * Finds the paragraphs that hold a text, in JavaScript over the paragraph texts loaded once, so marking any
 * number of paragraphs costs one read and one write to Word (body.search would cost a sync per text).
 */

/**
 * Folds what differs between Word's paragraph text and the analysed text: Unicode form, spacing (tabs,
 * no-break and soft line breaks) and markdown stars that text pasted from other tools keeps.
 */
export function normaliseForMatch(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\u00ad\u200b-\u200d\ufeff*]/g, "")
    .replace(/[\s\u00a0\u2000-\u200a\u3000]+/g, " ")
    .trim();
}

export interface ParagraphSpan {
  /** Indexes of the first and last paragraph holding the text. */
  first: number;
  last: number;
}

/**
 * The paragraphs of a document as one searchable string: normalised non-empty paragraph texts joined by
 * single spaces, so a text the analysis joined across a paragraph break is found too.
 */
export class ParagraphText {
  private readonly joined: string;
  /** Offset of each paragraph in `joined`. */
  private readonly starts: number[] = [];

  constructor(paragraphs: readonly string[]) {
    let joined = "";
    for (const text of paragraphs) {
      const part = normaliseForMatch(text);
      // Empty paragraphs add no space: text extracted from PDF leaves them inside a wrapped sentence.
      if (part !== "" && joined !== "") joined += " ";
      this.starts.push(joined.length);
      joined += part;
    }
    this.joined = joined;
  }

  private paragraphAt(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  /** Every place the text occurs, in document order. */
  find(text: string): ParagraphSpan[] {
    const needle = normaliseForMatch(text);
    if (needle === "") return [];
    const spans: ParagraphSpan[] = [];
    for (let at = this.joined.indexOf(needle); at >= 0; at = this.joined.indexOf(needle, at + 1)) {
      spans.push({ first: this.paragraphAt(at), last: this.paragraphAt(at + needle.length - 1) });
    }
    return spans;
  }
}

/**
 * Of the places a text occurs, the one nearest the paragraph where it was expected and not yet taken: the
 * same words ("Arbetsgivaren redogjorde för detta.") may stand under several items.
 */
export function nearestSpan(
  spans: readonly ParagraphSpan[],
  hint: number | undefined,
  taken: (span: ParagraphSpan) => boolean,
): ParagraphSpan | null {
  let best: ParagraphSpan | null = null;
  for (const span of spans) {
    if (taken(span)) continue;
    if (hint === undefined) return span;
    if (!best || Math.abs(span.first - hint) < Math.abs(best.first - hint)) best = span;
  }
  return best;
}
