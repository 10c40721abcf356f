import type { Analysis } from "../../shared/analysis/types";

/** A hand-written answer key for one minutes text (see test/fixtures/answers/README.md). */
export interface AnswerKey {
  sections: { title: string; group: string | null }[];
  statements: { org: string; section: string; starts: string }[];
  disagreements: { orgs: string[]; section: string; starts: string }[];
  justering: { name: string; org: string | null; note: string | null }[];
  /** Sentences that record agreement: none may be read as a disagreement (blind keys only). */
  agreements?: { orgs: string[]; section: string; starts: string }[];
  /** Sentences that must give no statement and no disagreement (blind keys only). */
  traps?: { starts: string; why: string }[];
}

export interface KindScore {
  expected: number;
  found: number;
  matched: number;
  /** Of the matched ones, how many also have the key's section (or group, for sections). */
  placed: number;
}

export type Kind = "sections" | "statements" | "disagreements" | "justering";

const normalise = (text: string | null | undefined) =>
  (text ?? "").normalize("NFC").toLocaleLowerCase("sv").replace(/\s+/g, " ").trim();

/** The key's first words must open the found text, allowing a short lead-in ("Därav har …"). */
const LEAD_IN = 60;
function opensWith(text: string, starts: string): boolean {
  const at = normalise(text).indexOf(normalise(starts));
  return at >= 0 && at <= LEAD_IN;
}

/** One-to-one matching in document order: each key entry and each finding is used at most once. */
function score<K, F>(
  keys: readonly K[],
  found: readonly F[],
  same: (key: K, item: F) => boolean,
  placed: (key: K, item: F) => boolean,
): KindScore {
  const used = new Set<number>();
  let matched = 0;
  let wellPlaced = 0;
  for (const key of keys) {
    const index = found.findIndex((item, i) => !used.has(i) && same(key, item));
    if (index < 0) continue;
    used.add(index);
    matched++;
    if (placed(key, found[index]!)) wellPlaced++;
  }
  return { expected: keys.length, found: found.length, matched, placed: wellPlaced };
}

export function scoreAnalysis(analysis: Analysis, key: AnswerKey): Record<Kind, KindScore> {
  const sameSet = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((org) => b.includes(org));
  return {
    sections: score(
      key.sections,
      analysis.sections,
      (k, s) => normalise(k.title) === normalise(s.title),
      (k, s) => (k.group ?? null) === (s.group ?? null),
    ),
    statements: score(
      key.statements,
      analysis.statements,
      (k, s) => k.org === s.org && opensWith(s.text, k.starts),
      (k, s) => normalise(k.section) === normalise(s.sectionTitle),
    ),
    disagreements: score(
      key.disagreements,
      analysis.disagreements,
      (k, d) => sameSet(k.orgs, d.orgs) && opensWith(d.text, k.starts),
      (k, d) => normalise(k.section) === normalise(d.sectionTitle),
    ),
    justering: score(
      key.justering,
      analysis.justering,
      (k, j) => normalise(k.name) === normalise(j.name) && k.org === j.org,
      (k, j) => normalise(k.note) === normalise(j.note),
    ),
  };
}

export function precision(s: KindScore): number {
  return s.found === 0 ? (s.expected === 0 ? 1 : 0) : s.matched / s.found;
}

export function recall(s: KindScore): number {
  return s.expected === 0 ? 1 : s.matched / s.expected;
}

export function addScores(a: KindScore, b: KindScore): KindScore {
  return {
    expected: a.expected + b.expected,
    found: a.found + b.found,
    matched: a.matched + b.matched,
    placed: a.placed + b.placed,
  };
}

export interface TrapScore {
  /** Agreements read as a disagreement. */
  agreementsAsDisagreement: number;
  /** Traps read as a statement or a disagreement. */
  trapsTaken: number;
  /** Found disagreements that match no key entry: false oenighet. */
  falseDisagreements: number;
}

/** How often the analysis falls into the key's agreements and traps, and how many oenighet it invents. */
export function scoreTraps(analysis: Analysis, key: AnswerKey): TrapScore {
  const found = [...analysis.statements, ...analysis.disagreements];
  const disagreements = scoreAnalysis(analysis, key).disagreements;
  return {
    agreementsAsDisagreement: (key.agreements ?? []).filter((agreement) =>
      analysis.disagreements.some((d) => opensWith(d.text, agreement.starts)),
    ).length,
    trapsTaken: (key.traps ?? []).filter((trap) => found.some((f) => opensWith(f.text, trap.starts))).length,
    falseDisagreements: disagreements.found - disagreements.matched,
  };
}
