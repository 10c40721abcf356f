import type { FoundDnr } from "./dnr";

/**
 * Which of an item's dnr are the committee's own case. Another body's dnr written after its own label
 * ("Trafiknämndens dnr …") is never taken. Where the agenda's dnr share one form and registry (nearly all
 * "512-2024-1.5.1", or nearly all "SN 2024/…"), an unlabelled dnr of another form beside an own one is
 * a reference to another registry ("KS 2024/01133" next to the kulturnämnd's "604-2024-1.2.1"); and a dnr
 * after a referral that bears that own form is the committee's case for its answer ("Yttrande över remiss från
 * Trafikverket …, KS/2025:502"), where the referring body's would bear another ("TRV 2025/88120").
 */
const signature = (dnr: FoundDnr): string => `${dnr.family}:${dnr.prefix ?? ""}`;

/** Share of the agenda's dnr one signature must have to count as the committee's own form. */
const DOMINANT_SHARE = 0.6;

function dominantSignature(items: readonly (readonly FoundDnr[])[]): string | null {
  const counts = new Map<string, number>();
  let total = 0;
  for (const dnr of items.flat()) {
    // A referral's dnr count: the answer's own case bears the committee's form, the referring body's another.
    if (dnr.foreign && !dnr.referred) continue;
    counts.set(signature(dnr), (counts.get(signature(dnr)) ?? 0) + 1);
    total++;
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [form, count] of counts) {
    if (count > bestCount) {
      best = form;
      bestCount = count;
    }
  }
  return total >= 3 && bestCount / total >= DOMINANT_SHARE ? best : null;
}

/** Normalised for comparison: "SN 2024/12" and "SN2024/12" are one number. */
const dnrForm = (dnr: string): string => dnr.replace(/\s+/g, "").replace(/[–—]/g, "-").toUpperCase();

/** The own dnr of each item, in order, without repeats. */
export function chooseDnr(items: readonly (readonly FoundDnr[])[]): string[][] {
  const dominant = dominantSignature(items);
  return items.map((found) => {
    const own = found.filter(
      (dnr) => !dnr.foreign || (dnr.referred && dominant !== null && signature(dnr) === dominant),
    );
    const hasDominant = dominant !== null && own.some((dnr) => signature(dnr) === dominant);
    const kept = hasDominant ? own.filter((dnr) => signature(dnr) === dominant || dnr.labelled) : own;
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
