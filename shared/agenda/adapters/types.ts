import type { Agenda } from "../../model/meeting";

/** A meeting portal whose markup we know: it extracts more exactly than the generic extractor. */
export interface SiteAdapter {
  id: string;
  matches(doc: Document, url: string): boolean;
  extract(doc: Document, url: string): Agenda;
}
