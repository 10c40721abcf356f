import type { Agenda } from "../../model/meeting";
import { meetingsPortalAdapter } from "./meetings-portal";
import type { SiteAdapter } from "./types";

/** Every site adapter, in one place. The first that matches and finds items wins. */
export const siteAdapters: readonly SiteAdapter[] = [meetingsPortalAdapter];

/** The agenda from the first matching adapter with items, or null to use the generic extractor. */
export function extractWithAdapter(
  doc: Document,
  url: string,
  adapters: readonly SiteAdapter[] = siteAdapters,
): (Agenda & { adapter: string }) | null {
  for (const adapter of adapters) {
    if (!adapter.matches(doc, url)) continue;
    const agenda = adapter.extract(doc, url);
    if (agenda.items.length > 0) return { ...agenda, adapter: adapter.id };
  }
  return null;
}
