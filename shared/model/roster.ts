import type { UnionDelegation } from "./meeting";

/**
 * One delegation per union, unions in the order they first appear and people in the order entered. The
 * Möte form keeps one delegation per row while the user edits (so rows never move); the minutes and the
 * saved meeting list each union once.
 */
export function mergedDelegations(unions: readonly UnionDelegation[]): UnionDelegation[] {
  const byOrg = new Map<string, UnionDelegation>();
  for (const delegation of unions) {
    const merged = byOrg.get(delegation.org) ?? { org: delegation.org, people: [] };
    merged.people.push(...delegation.people);
    byOrg.set(delegation.org, merged);
  }
  return [...byOrg.values()];
}
