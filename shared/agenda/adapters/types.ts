import type { Agenda } from "../../model/meeting";

/**
 * A meeting platform whose published structure we know (Formpipe Meetings Plus, Netpublicator, Ciceron,
 * Lex2Publish, Insyn Sverige). Chosen by the page's address and a fingerprint of its markup; it reads the
 * page more exactly than the generic extractor, or says what the user must do instead (the agenda is only
 * in the kallelse PDF, the page needs a login).
 */
export interface SiteAdapter {
  id: string;
  /** The platform's name as users know it, for messages ("Meetings Plus"). */
  platform: string;
  matches(doc: Document, url: string): boolean;
  extract(doc: Document, url: string): Agenda;
}

/** A platform's JSON response (the CLI reads one saved to a file). */
export interface JsonAdapter {
  id: string;
  platform: string;
  matches(value: unknown): boolean;
  extract(value: unknown, url: string | null): Agenda;
}
