import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rowsPage } from "../../test/fixtures/agenda/hostile";
import { scanDnr } from "./dnr";
import { injectListNumbers, parseNumbering } from "./docx-numbering";
import { tags } from "./docx-xml";
import { extractAgendaFromDocument, extractAgendaFromText } from "./extract";
import { isSentence } from "./line-kinds";
import { groupHeading, takeMblMarker } from "./mbl";
import { findMeta } from "./meta";
import { htmlDocument } from "./node-html";
import { parseItemNumber } from "./numbers";
import { layoutPage } from "./pdf-layout";
import { runTogetherStarts } from "./run-together";
import { cleanText, plainLine, trimSeparators } from "./text";

/**
 * Scaling properties (issue 11): on adversarial families (long runs of one character class, unclosed
 * constructs, deep nesting, many rows) no parser costs more than linear time. Each is measured as a ratio,
 * never as an absolute time: an input of 131,072 characters against one eight times larger; linear work
 * takes about 8 times as long, quadratic work 64 times. The bound, 24, is generous so a loaded machine does
 * not fail it, and tight enough that nothing quadratic passes.
 */
const GROWTH = 8;
const MAX_RATIO = 24;
/** Inputs of this size and eight times it: 131,072 characters and a million. */
const SIZE = 1 << 17;
/** Each measurement runs the large input a few times: more than a unit test's usual five seconds. */
const SLOW = 60_000;

/**
 * This process's CPU time in milliseconds: other work on a shared machine delays the wall clock, not this
 * (a run under load once gave a wall-clock ratio of 25.5 for linear work).
 */
function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** CPU milliseconds per call of `work`, repeated until a round takes 20 ms; the best of three rounds. */
function perCall(work: () => unknown): number {
  const start = cpuNow();
  work();
  const once = Math.max(cpuNow() - start, 0.001);
  const times = Math.min(Math.max(Math.ceil(20 / once), 1), 1000);
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 3; round++) {
    const began = cpuNow();
    for (let time = 0; time < times; time++) work();
    best = Math.min(best, (cpuNow() - began) / times);
  }
  return best;
}

/**
 * The ratio of cost(8n) to cost(n). With a `reference` (linear work on the same input, such as copying
 * it), the ratio is divided by the reference's, measured in turn with it: what the machine does to both
 * (other tests running, V8 moving long strings to its large-object space) cancels out, and what is left is
 * the parser's own growth (8 for linear work, 64 for quadratic).
 */
function growthOnce<T>(
  make: (n: number) => T,
  work: (input: T) => unknown,
  reference?: (input: T) => unknown,
): number {
  const small = make(SIZE);
  const large = make(SIZE * GROWTH);
  const ratio = perCall(() => work(large)) / perCall(() => work(small));
  if (!reference) return ratio;
  const referenceRatio = perCall(() => reference(large)) / perCall(() => reference(small));
  return (ratio / Math.max(referenceRatio, 1)) * GROWTH;
}

/**
 * The smallest of three measured ratios: other tests running beside this one can slow a single
 * measurement down, never all three, while quadratic work fails every one of them.
 */
function growth<T>(
  make: (n: number) => T,
  work: (input: T) => unknown,
  reference?: (input: T) => unknown,
): number {
  let best = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 3 && best >= MAX_RATIO; attempt++)
    best = Math.min(best, growthOnce(make, work, reference));
  return best;
}

/** Linear work on a text that allocates as much as the parsers do: a copy in another case. */
const copyText = (text: string) => text.toLowerCase() + text.toUpperCase();

// Runs of one character class, as the findings were made of.
const RUNS = [
  ..."1§.-/ aA(<*\t\u0001\u00ad",
  "Dnr ",
  "1 A ",
  "SN 2024/",
  "2024-",
  "§ 1 ",
  "()",
  "*a* ",
  "<br>",
  "a.pdf ",
  "KS § 1 ",
  "\u001b[0m",
  // Dot leaders (spaced, as ellipses, with page numbers) and referrals before dnr.
  ". . ",
  "…",
  ".... 1 ",
  "Remiss från KS 2024/1 ",
  // Short names before a dnr, sub-items after a dnr, a flattened header, another body's dnr line.
  "Lst: 1 ",
  "/ 25 a) A ",
  "Nr Ärende Dnr ",
  "Regions dnr ",
];

const textParsers: [string, (text: string) => unknown][] = [
  ["parseItemNumber", parseItemNumber],
  ["scanDnr", (text) => scanDnr(text)],
  ["scanDnr in a dnr column", (text) => scanDnr(text, { column: true })],
  ["takeMblMarker", takeMblMarker],
  ["groupHeading", groupHeading],
  ["isSentence", isSentence],
  ["findMeta", (text) => findMeta([text])],
  ["cleanText", cleanText],
  ["plainLine", plainLine],
  ["trimSeparators", trimSeparators],
  ["runTogetherStarts", (text) => runTogetherStarts(text, { base: 1, sub: 0 })],
  ["extractAgendaFromText, one line", extractAgendaFromText],
];

describe("every text parser is linear on runs of one character class", () => {
  for (const [name, parse] of textParsers) {
    it(
      name,
      () => {
        fc.assert(
          fc.property(fc.constantFrom(...RUNS), fc.constantFrom("", "1 Budget ", "Dnr: "), (unit, before) => {
            expect(
              growth((n) => before + unit.repeat(Math.ceil(n / unit.length)), parse, copyText),
            ).toBeLessThan(MAX_RATIO);
          }),
          { numRuns: 8 },
        );
      },
      SLOW,
    );
  }
});

describe("documents, pages and lines at scale", () => {
  // Every run of every class is tried above only as the property's sample draws it; the body's look back
  // over spaces once made a megabyte of spaces or tabs take minutes, so those runs are tried every time.
  it(
    "findMeta over a megabyte of spaces or tabs after a meeting's words",
    () => {
      for (const unit of [" ", "\t"]) {
        expect(
          growth(
            (n) => `Kallelse till${unit.repeat(n)}`,
            (text) => findMeta([text]),
            copyText,
          ),
        ).toBeLessThan(MAX_RATIO);
      }
    },
    SLOW,
  );

  it(
    "extractAgendaFromText over many run-together and numbered lines",
    () => {
      expect(
        growth(
          (n) => Array.from({ length: n / 8 }, (_, i) => `${i + 1} Ärende ${i + 1}`).join(" "),
          extractAgendaFromText,
        ),
      ).toBeLessThan(MAX_RATIO);
      expect(
        growth(
          (n) =>
            Array.from({ length: n / 16 }, (_, i) => `${i + 1}. Ärende ${i + 1}\n   Dnr SN 2024/${i}`).join(
              "\n",
            ),
          extractAgendaFromText,
        ),
      ).toBeLessThan(MAX_RATIO);
    },
    SLOW,
  );

  it(
    "extractAgendaFromDocument over many rows and deep nesting",
    () => {
      expect(
        growth(
          (n) => htmlDocument(rowsPage(Math.ceil(n / 64))),
          (doc) => extractAgendaFromDocument(doc, "https://a.example/"),
        ),
      ).toBeLessThan(MAX_RATIO);
      expect(
        growth(
          (n) => htmlDocument(`${"<div><span>".repeat(n / 64)}1 Budget${"</span></div>".repeat(n / 64)}`),
          (doc) => extractAgendaFromDocument(doc, "https://a.example/"),
        ),
      ).toBeLessThan(MAX_RATIO);
    },
    SLOW,
  );

  it(
    "the Word tag scanner on an unclosed tag, and list numbers on many paragraphs",
    () => {
      expect(
        growth(
          (n) => `<${"a".repeat(n)}`,
          (xml) => Array.from(tags(xml)),
          copyText,
        ),
      ).toBeLessThan(MAX_RATIO);
      expect(
        growth(
          (n) => `<w:p w:val="${"x".repeat(n)}`,
          (xml) => Array.from(tags(xml)),
          copyText,
        ),
      ).toBeLessThan(MAX_RATIO);
      const numbering = parseNumbering(
        '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
      );
      const paragraphs = (n: number) =>
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>x</w:t></w:r></w:p>'.repeat(
          n / 64,
        );
      expect(growth(paragraphs, (xml) => injectListNumbers(xml, numbering), copyText)).toBeLessThan(
        MAX_RATIO,
      );
    },
    SLOW,
  );

  it(
    "extractAgendaFromText over many rows under a 'Dnr' column header",
    () => {
      const rows = (n: number) =>
        `Nr   Ärende                   Dnr\n${"7    Budget för året          2024/12\n".repeat(n / 40)}`;
      expect(growth(rows, extractAgendaFromText, copyText)).toBeLessThan(MAX_RATIO);
    },
    SLOW,
  );

  it(
    "a PDF page of many text items on few lines",
    () => {
      const items = (n: number) =>
        Array.from({ length: n / 16 }, (_, i) => ({
          str: `ord${i}`,
          x: (i % 400) * 7,
          y: 700 - Math.floor(i / 400) * 12,
          width: 20,
          height: 10,
        }));
      expect(growth(items, layoutPage)).toBeLessThan(MAX_RATIO);
    },
    SLOW,
  );
});
