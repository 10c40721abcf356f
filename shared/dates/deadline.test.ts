import { describe, expect, it } from "vitest";
import { centralNegotiationDeadline, DEFAULT_CENTRAL_NEGOTIATION_RULE } from "./deadline";

const oenighet = (endedOn: string, justeringDate?: string) => ({
  negotiation: { endedOn, result: "oenighet" as const },
  ...(justeringDate ? { justeringDate } : {}),
});

describe("central negotiation deadline (MBL § 14)", () => {
  it("defaults to ten days counted from the day after the negotiation ended", () => {
    expect(DEFAULT_CENTRAL_NEGOTIATION_RULE).toEqual({ days: 10, from: "negotiationEnd" });
    expect(centralNegotiationDeadline(oenighet("2024-02-13"))).toEqual({
      ok: true,
      countedFrom: "2024-02-13",
      lastDay: "2024-02-23",
      movedFrom: null,
    });
  });

  it("moves a last day on a weekend to the Monday", () => {
    const result = centralNegotiationDeadline(oenighet("2024-02-14"));
    expect(result).toMatchObject({ ok: true, lastDay: "2024-02-26", movedFrom: "2024-02-24" });
  });

  it("moves past Easter, midsommar and the Christmas days", () => {
    // 2024-03-19 + 10 = långfredagen 29 March → past påskdagen and annandag påsk to Tuesday 2 April.
    expect(centralNegotiationDeadline(oenighet("2024-03-19"))).toMatchObject({ lastDay: "2024-04-02" });
    // 2025-06-10 + 10 = midsommarafton 20 June → Monday 23 June.
    expect(centralNegotiationDeadline(oenighet("2025-06-10"))).toMatchObject({ lastDay: "2025-06-23" });
    // 2024-12-14 + 10 = julafton → juldagen, annandag jul are holidays too → Friday 27 December.
    expect(centralNegotiationDeadline(oenighet("2024-12-14"))).toMatchObject({ lastDay: "2024-12-27" });
    // 2024-12-21 + 10 = nyårsafton → nyårsdagen → Thursday 2 January 2025.
    expect(centralNegotiationDeadline(oenighet("2024-12-21"))).toMatchObject({ lastDay: "2025-01-02" });
  });

  it("can count from the justering with another number of days", () => {
    const result = centralNegotiationDeadline(oenighet("2024-02-13", "2024-02-16"), {
      days: 5,
      from: "justering",
    });
    expect(result).toMatchObject({ ok: true, countedFrom: "2024-02-16", lastDay: "2024-02-21" });
    expect(centralNegotiationDeadline(oenighet("2024-02-13"), { days: 5, from: "justering" })).toEqual({
      ok: false,
      reason: "missingDate",
    });
  });

  it("has no deadline without a negotiation or after enighet", () => {
    expect(centralNegotiationDeadline({})).toEqual({ ok: false, reason: "notNegotiation" });
    expect(centralNegotiationDeadline({ negotiation: { endedOn: "2024-02-13", result: "enighet" } })).toEqual(
      {
        ok: false,
        reason: "enighet",
      },
    );
  });
});
