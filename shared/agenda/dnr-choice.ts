import type { FoundDnr } from "./dnr";

/**
 * Which of an item's dnr are the committee's own case. Another body's dnr written after its own label
 * ("Trafiknämndens dnr …") is never taken. Where the agenda's dnr share one form and registry (nearly all
 * "512-2024-1.5.1", or nearly all "SN 2024/…"), an unlabelled dnr of another form beside an own one is
 * a reference to another registry ("KS 2024/01133" next to the kulturnämnd's "604-2024-1.2.1"); and a dnr
 * after a referral that bears that own form is the committee's case for its answer ("Yttrande över remiss från
 * Trafikverket …, KS/2025:502"), where the referring body's would bear another ("TRV 2025/88120"). A dnr in
 * the own registry's form under another board's letters is that board's: listed after the own one under one
 * label ("Dnr KFN 2025/097, KS 2025/512"), or alone where nearly all the agenda's dnr bear one registry's letters.
 */
const signature = (dnr: FoundDnr): string => `${dnr.family}:${dnr.prefix ?? ""}`;

/** Share of the agenda's dnr one signature must have to count as the committee's own form. */
const DOMINANT_SHARE = 0.6;

/** The key most of `keys` share, its count and how many there are: a dnr's signature or its registry letters. */
function mostCommon(keys: Iterable<string>): { best: string | null; count: number; total: number } {
  const counts = new Map<string, number>();
  let total = 0;
  for (const key of keys) {
    counts.set(key, (counts.get(key) ?? 0) + 1);
    total++;
  }
  let best: string | null = null;
  let count = 0;
  for (const [key, n] of counts) {
    if (n > count) {
      best = key;
      count = n;
    }
  }
  return { best, count, total };
}

function dominantSignature(items: readonly (readonly FoundDnr[])[]): string | null {
  // A referral's dnr count: the answer's own case bears the committee's form, the referring body's another.
  const { best, count, total } = mostCommon(
    items.flat().flatMap((dnr) => (dnr.foreign && !dnr.referred ? [] : [signature(dnr)])),
  );
  return total >= 3 && count / total >= DOMINANT_SHARE ? best : null;
}

/** A dnr's form after its registry letters: "KFN 2025/097" and "KS 2025/512" share " 9/9", "PLAN.2024.12" is ".9.9". */
const shape = (dnr: FoundDnr): string => dnr.dnr.slice(dnr.prefix?.length ?? 0).replace(/\d+/g, "9");

/** Share of the agenda's prefixed dnr one registry's letters must have to be the committee's registry. */
const REGISTRY_SHARE = 0.85;

/**
 * The forms ("prefixed: 9/9") of the registry nearly all the agenda's prefixed own dnr bear, across its
 * series ("MHN 2023/88" and "MHN 2023-001234"): a lone dnr in one of those forms under other letters ("KS
 * 2023/410") is another board's case. Null where no one registry holds that share of five or more.
 */
function registryForms(
  items: readonly (readonly FoundDnr[])[],
): { prefix: string; forms: Set<string> } | null {
  const { best, count, total } = mostCommon(
    items.flat().flatMap((dnr) => (dnr.foreign || dnr.prefix === null ? [] : [dnr.prefix])),
  );
  if (best === null || total < 5 || count === total || count / total < REGISTRY_SHARE) return null;
  const forms = new Set<string>();
  for (const dnr of items.flat())
    if (!dnr.foreign && dnr.prefix === best) forms.add(`${dnr.family}:${shape(dnr)}`);
  return { prefix: best, forms };
}

/** Normalised for comparison: "SN 2024/12" and "SN2024/12" are one number. */
const dnrForm = (dnr: string): string => dnr.replace(/\s+/g, "").replace(/[–—]/g, "-").toUpperCase();

/** The own dnr of each item, in order, without repeats. */
export function chooseDnr(items: readonly (readonly FoundDnr[])[]): string[][] {
  const dominant = dominantSignature(items);
  const registry = registryForms(items);
  const otherBoard = (dnr: FoundDnr): boolean =>
    registry !== null &&
    dnr.prefix !== null &&
    dnr.prefix !== registry.prefix &&
    registry.forms.has(`${dnr.family}:${shape(dnr)}`);
  return items.map((found) => {
    // "BMN 2025-000301" and under it "(KS 2023/0412)": the bracketed case is the related one at another body.
    const openPrefixes = new Set(found.flatMap((dnr) => (dnr.foreign || dnr.bracketed ? [] : [dnr.prefix])));
    const besideOther = (dnr: FoundDnr): boolean =>
      dnr.bracketed && dnr.prefix !== null && openPrefixes.size > 0 && !openPrefixes.has(dnr.prefix);
    const own = found.filter(
      (dnr) =>
        (!dnr.foreign || (dnr.referred && dominant !== null && signature(dnr) === dominant)) &&
        !otherBoard(dnr) &&
        !besideOther(dnr),
    );
    const hasDominant = dominant !== null && own.some((dnr) => signature(dnr) === dominant);
    // A labelled dnr of another form stays (a second series, "KS 2024/0511, PLAN.2024.12"), unless it is listed
    // after the own one in the own form under other registry letters: "Dnr KFN 2025/097, KS 2025/512" is the
    // case and its reference at another board, one label before both.
    const shapes = new Set(own.filter((dnr) => signature(dnr) === dominant).map(shape));
    const otherRegistry = (dnr: FoundDnr): boolean =>
      dnr.listed && dnr.prefix !== null && shapes.has(shape(dnr));
    const kept = hasDominant
      ? own.filter((dnr) => signature(dnr) === dominant || (dnr.labelled && !otherRegistry(dnr)))
      : own;
    const seen = new Set<string>();
    const out: string[] = [];
    for (const { dnr } of kept) {
      const form = dnrForm(dnr);
      if (seen.has(form)) continue;
      seen.add(form);
      out.push(dnr);
    }
    return out;
  });
}
