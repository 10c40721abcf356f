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
function match<K, F>(
  keys: readonly K[],
  found: readonly F[],
  same: (key: K, item: F) => boolean,
): Map<number, number> {
  const pairs = new Map<number, number>();
  const used = new Set<number>();
  keys.forEach((key, k) => {
    const index = found.findIndex((item, i) => !used.has(i) && same(key, item));
    if (index < 0) return;
    used.add(index);
    pairs.set(k, index);
  });
  return pairs;
}

interface Matching<K, F> {
  keys: readonly K[];
  found: readonly F[];
  pairs: Map<number, number>;
  placed: (key: K, item: F) => boolean;
}

function matching<K, F>(
  keys: readonly K[],
  found: readonly F[],
  same: (key: K, item: F) => boolean,
  placed: (key: K, item: F) => boolean,
): Matching<K, F> {
  return { keys, found, pairs: match(keys, found, same), placed };
}

function scoreOf<K, F>({ keys, found, pairs, placed }: Matching<K, F>): KindScore {
  let wellPlaced = 0;
  for (const [k, f] of pairs) if (placed(keys[k]!, found[f]!)) wellPlaced++;
  return { expected: keys.length, found: found.length, matched: pairs.size, placed: wellPlaced };
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((org) => b.includes(org));

function matchings(analysis: Analysis, key: AnswerKey) {
  return {
    sections: matching(
      key.sections,
      analysis.sections,
      (k, s) => normalise(k.title) === normalise(s.title),
      (k, s) => (k.group ?? null) === (s.group ?? null),
    ),
    statements: matching(
      key.statements,
      analysis.statements,
      (k, s) => k.org === s.org && opensWith(s.text, k.starts),
      (k, s) => normalise(k.section) === normalise(s.sectionTitle),
    ),
    disagreements: matching(
      key.disagreements,
      analysis.disagreements,
      (k, d) => sameSet(k.orgs, d.orgs) && opensWith(d.text, k.starts),
      (k, d) => normalise(k.section) === normalise(d.sectionTitle),
    ),
    justering: matching(
      key.justering,
      analysis.justering,
      (k, j) => normalise(k.name) === normalise(j.name) && k.org === j.org,
      (k, j) => normalise(k.note) === normalise(j.note),
    ),
  };
}

export function scoreAnalysis(analysis: Analysis, key: AnswerKey): Record<Kind, KindScore> {
  const all = matchings(analysis, key);
  return {
    sections: scoreOf(all.sections),
    statements: scoreOf(all.statements),
    disagreements: scoreOf(all.disagreements),
    justering: scoreOf(all.justering),
  };
}

/** What did not match, per kind: the key entries missed and the findings no key entry has (for diagnosis). */
export interface Unmatched {
  kind: Kind;
  missed: unknown[];
  extra: unknown[];
}

export function unmatched(analysis: Analysis, key: AnswerKey): Unmatched[] {
  const all = matchings(analysis, key);
  const kinds: Kind[] = ["sections", "statements", "disagreements", "justering"];
  return kinds.map((kind) => {
    const { keys, found, pairs } = all[kind] as Matching<unknown, unknown>;
    const usedFound = new Set(pairs.values());
    return {
      kind,
      missed: keys.filter((_, k) => !pairs.has(k)),
      extra: found.filter((_, f) => !usedFound.has(f)),
    };
  });
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
