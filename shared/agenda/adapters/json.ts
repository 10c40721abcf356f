import type { Agenda } from "../../model/meeting";
import { ciceronJsonAdapter } from "./ciceron";
import { itemListJsonAdapter } from "./item-list-json";
import { lex2PublishJsonAdapter } from "./lex2publish";
import { netpublicatorJsonAdapter } from "./netpublicator";
import type { JsonAdapter } from "./types";

/** The platforms whose JSON answers the CLI reads from a saved file, and any portal's list of items. */
export const jsonAdapters: readonly JsonAdapter[] = [
  netpublicatorJsonAdapter,
  ciceronJsonAdapter,
  lex2PublishJsonAdapter,
  // Last: any portal's list of item records, once no platform of our own knowledge answered.
  itemListJsonAdapter,
];

/** The agenda of a platform's JSON answer, or null when no known platform answers like this. */
export function agendaFromPortalJson(value: unknown, url: string | null): Agenda | null {
  const adapter = jsonAdapters.find((candidate) => candidate.matches(value));
  return adapter ? adapter.extract(value, url) : null;
}
