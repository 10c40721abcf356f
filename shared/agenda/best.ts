/**
 * The candidate with the highest score, the first of equal ones; a candidate scored null, or not above
 * zero, is never chosen. Scores are asked for in the candidates' order, once each.
 */
export function bestBy<T>(
  candidates: Iterable<T>,
  score: (candidate: T) => number | null,
): { best: T; score: number } | null {
  let found: { best: T; score: number } | null = null;
  for (const candidate of candidates) {
    const value = score(candidate);
    if (value !== null && value > (found?.score ?? 0)) found = { best: candidate, score: value };
  }
  return found;
}
