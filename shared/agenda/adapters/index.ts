import type { Agenda } from "../../model/meeting";
import { ciceronAdapter } from "./ciceron";
import { insynAdapter } from "./insyn";
import { lex2PublishAdapter } from "./lex2publish";
import { meetingsPlusAdapter } from "./meetings-plus";
import { netpublicatorAdapter } from "./netpublicator";
import type { SiteAdapter } from "./types";

/** Every site adapter, in one place. The first that matches and finds items (or has a notice) wins. */
export const siteAdapters: readonly SiteAdapter[] = [
  meetingsPlusAdapter,
  netpublicatorAdapter,
  ciceronAdapter,
  lex2PublishAdapter,
  insynAdapter,
];

/**
 * The agenda from the first matching adapter that found items or has something to tell the user (the
 * agenda is in a PDF, the page needs a login), or null to use the generic extractor.
 */
export function extractWithAdapter(
  doc: Document,
  url: string,
  adapters: readonly SiteAdapter[] = siteAdapters,
): (Agenda & { adapter: string }) | null {
  for (const adapter of adapters) {
    if (!adapter.matches(doc, url)) continue;
    const agenda = adapter.extract(doc, url);
    if (agenda.items.length > 0 || (agenda.notices?.length ?? 0) > 0)
      return { ...agenda, adapter: adapter.id };
  }
  return null;
}
