import type { Agenda } from "../../shared/model/meeting";

/** A hand-written answer key for one agenda document (see test/fixtures/agenda/README.md). */
export interface AgendaKey {
  source: string;
  format: "html" | "text" | "pdf" | "docx" | "json";
  url: string | null;
  platform: string | null;
  committee: string | null;
  meetingDate: string | null;
  items: {
    number: string | null;
    title: string;
    dnr: string[];
    class: "mbl11" | "mbl19" | null;
    procedural: boolean;
  }[];
  classes: string[];
  notes?: string[];
}

export interface Count {
  expected: number;
  found: number;
  matched: number;
}

export interface AgendaScore {
  items: Count;
  dnr: Count;
  /** Of the matched items: how many have the key's class, and how many its procedural flag. */
  classRight: number;
  proceduralRight: number;
  committeeRight: boolean;
  dateRight: boolean;
}

/** Titles compare with case, spacing and punctuation ignored: only letters and digits count. */
export const titleForm = (title: string) =>
  title
    .normalize("NFC")
    .toLocaleLowerCase("sv")
    .replace(/[^\p{L}\p{N}]+/gu, "");

/** "Punkt 3", "§ 12", "12 a)", "6 A" → "3", "12", "12a", "6a". */
export const numberForm = (number: string | null) =>
  number === null
    ? null
    : number
        .normalize("NFC")
        .toLocaleLowerCase("sv")
        .replace(/^(?:punkt|ärende|§)\s*/u, "")
        .replace(/[\s.)§]+/gu, "");

/** "SN 2024/123", "003 – 512 / 24" → without spaces, dashes unified, upper case. */
export const dnrForm = (dnr: string) =>
  dnr
    .normalize("NFC")
    .replace(/^(?:dnr|diarienummer)[\s.:]*/iu, "")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, "")
    .toLocaleUpperCase("sv");

/**
 * One-to-one matching in document order: a found item matches a key item with the same title and, where
 * the key numbers the item, the same number. For each key item, the index of its found item, or -1.
 */
export function matchItems(agenda: Agenda, key: AgendaKey): number[] {
  const used = new Set<number>();
  let from = 0;
  return key.items.map((expected) => {
    const index = agenda.items.findIndex(
      (item, i) =>
        i >= from &&
        !used.has(i) &&
        titleForm(item.title) === titleForm(expected.title) &&
        (expected.number === null || numberForm(item.number) === numberForm(expected.number)),
    );
    if (index >= 0) {
      used.add(index);
      from = index + 1;
    }
    return index;
  });
}

/** The document's score in `matchItems`' matching; dnr count only within matched items. */
export function scoreAgenda(agenda: Agenda, key: AgendaKey): AgendaScore {
  const score: AgendaScore = {
    items: { expected: key.items.length, found: agenda.items.length, matched: 0 },
    dnr: {
      expected: key.items.reduce((sum, item) => sum + item.dnr.length, 0),
      found: agenda.items.reduce((sum, item) => sum + item.dnr.length, 0),
      matched: 0,
    },
    classRight: 0,
    proceduralRight: 0,
    committeeRight: titleForm(agenda.committee ?? "") === titleForm(key.committee ?? ""),
    dateRight: (agenda.meetingDate ?? null) === (key.meetingDate ?? null),
  };
  matchItems(agenda, key).forEach((index, k) => {
    if (index < 0) return;
    const expected = key.items[k]!;
    const found = agenda.items[index]!;
    score.items.matched++;
    const foundDnr = new Set(found.dnr.map(dnrForm));
    score.dnr.matched += expected.dnr.filter((dnr) => foundDnr.has(dnrForm(dnr))).length;
    if ((found.mbl ?? null) === expected.class) score.classRight++;
    if (found.procedural === expected.procedural) score.proceduralRight++;
  });
  return score;
}

export const precision = (c: Count) => (c.found === 0 ? (c.expected === 0 ? 1 : 0) : c.matched / c.found);
export const recall = (c: Count) => (c.expected === 0 ? 1 : c.matched / c.expected);
export const f1 = (c: Count) => {
  const p = precision(c);
  const r = recall(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
};

export const addCounts = (a: Count, b: Count): Count => ({
  expected: a.expected + b.expected,
  found: a.found + b.found,
  matched: a.matched + b.matched,
});
