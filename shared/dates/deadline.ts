import type { IsoDate, Meeting } from "../model/meeting";
import { addDays, isIsoDate } from "./calendar";
import { nextWorkingDayOnOrAfter } from "./holidays";

/**
 * When must a union ask for central negotiation after a local negotiation ended in oenighet?
 * MBL § 14: within ten days of the local negotiation being declared ended. Day one is the day after;
 * a last day on a Saturday, Sunday, holiday, midsommarafton, julafton or nyårsafton moves to the next
 * working day (lag 1930:173). Collective agreements may set other limits or count from the justering
 * of the protocol, so the rule is a setting.
 */
export interface DeadlineRule {
  days: number;
  from: "negotiationEnd" | "justering";
}

export const DEFAULT_CENTRAL_NEGOTIATION_RULE: DeadlineRule = { days: 10, from: "negotiationEnd" };

export type DeadlineResult =
  | {
      ok: true;
      /** The last day to request central negotiation. */
      lastDay: IsoDate;
      /** The date counting starts from (negotiation end or justering). */
      countedFrom: IsoDate;
      /** The last day before moving off a weekend or holiday, when it moved. */
      movedFrom: IsoDate | null;
    }
  | { ok: false; reason: "notNegotiation" | "enighet" | "missingDate" };

/** Adds the rule's days and moves a non-working last day forward. */
export function lastDayAfter(start: IsoDate, days: number): { lastDay: IsoDate; movedFrom: IsoDate | null } {
  const nominal = addDays(start, days);
  const lastDay = nextWorkingDayOnOrAfter(nominal);
  return { lastDay, movedFrom: lastDay === nominal ? null : nominal };
}

export function centralNegotiationDeadline(
  meeting: Pick<Meeting, "negotiation" | "justeringDate">,
  rule: DeadlineRule = DEFAULT_CENTRAL_NEGOTIATION_RULE,
): DeadlineResult {
  if (!meeting.negotiation) return { ok: false, reason: "notNegotiation" };
  if (meeting.negotiation.result !== "oenighet") return { ok: false, reason: "enighet" };
  const start = rule.from === "justering" ? meeting.justeringDate : meeting.negotiation.endedOn;
  if (!start || !isIsoDate(start)) return { ok: false, reason: "missingDate" };
  return { ok: true, countedFrom: start, ...lastDayAfter(start, rule.days) };
}
