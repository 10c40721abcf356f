import { MAX_URL } from "./urls";

/**
 * The clip envelope's bounds, in a module of their own so the agenda extractor (which runs in a content
 * script) can cap what it hands over without loading the schema library.
 */
export const LIMITS = {
  /** Whole serialised envelope, checked before JSON.parse so a huge payload is never parsed. */
  envelopeBytes: 512 * 1024,
  items: 500,
  links: 20,
  title: 500,
  number: 20,
  dnr: 60,
  dnrPerItem: 10,
  linkText: 300,
  url: MAX_URL,
  committee: 200,
  pageTitle: 300,
  id: 64,
} as const;
